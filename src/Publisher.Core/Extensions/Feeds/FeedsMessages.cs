using Publisher.Core.Diagnostics;

namespace Publisher.Core.Extensions.Feeds;

/// <summary>How messages name the files of <see cref="FeedsExtension"/>.</summary>
public static class FeedsMessages
{
    /// <summary>A feed, without an article: messages add whose it is (<see cref="Pages.DocumentScope.File"/>).</summary>
    public static Message Feed { get; } = new("feed", "kanál novinek");
}
