using Publisher.Core.Diagnostics;

namespace Publisher.Core.Authoring.Import;

/// <summary>Why a file, or the whole import, was not imported: one line that says what to do.</summary>
public sealed class ImportRefusedException(Message text) : Exception(text.English), IExplainedException
{
    public Message Text { get; } = text;
}
