using Publisher.Core.Diagnostics;

namespace Publisher.Core.Extensions.Guide;

/// <summary>How messages name the page of <see cref="GuideExtension"/>.</summary>
public static class GuideMessages
{
    public static Message GuidePage { get; } = new("the editors' guide page", "stránka s návodem pro editory");
}
