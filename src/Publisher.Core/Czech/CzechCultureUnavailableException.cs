using Publisher.Core.Diagnostics;

namespace Publisher.Core.Czech;

/// <summary>The machine has no Czech culture data, without which the site would be sorted and dated wrongly.</summary>
public sealed class CzechCultureUnavailableException() : InvalidOperationException(CzechMessages.CultureUnavailable.English), IExplainedException
{
    /// <summary>What to tell the editor, in both languages; <see cref="Exception.Message"/> is its English text.</summary>
    public Message Text => CzechMessages.CultureUnavailable;
}
