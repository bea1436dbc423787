using Publisher.Core.Diagnostics;

namespace Publisher.Core.Build;

/// <summary><c>SOURCE_DATE_EPOCH</c> is set but is not a time, so the day of the build is not known.</summary>
public sealed class BuildDayException(Message text) : FormatException(text.English), IExplainedException
{
    /// <summary>What to tell the editor, in both languages; <see cref="Exception.Message"/> is its English text.</summary>
    public Message Text { get; } = text;
}
