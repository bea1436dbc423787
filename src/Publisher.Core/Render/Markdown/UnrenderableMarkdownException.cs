using Publisher.Core.Diagnostics;

namespace Publisher.Core.Render.Markdown;

/// <summary>A Markdown body that the renderer refuses, such as one nested beyond any real document's depth.</summary>
/// <param name="at">Where in the file the body goes wrong, when the renderer knows; otherwise the body as a whole is refused.</param>
public sealed class UnrenderableMarkdownException(Message text, Exception? inner, (int Line, int Column)? at = null)
    : Exception(text.English, inner), IExplainedException
{
    /// <summary>Why, in both languages; the exception's message is the English text.</summary>
    public Message Text { get; } = text;

    public (int Line, int Column)? At { get; } = at;
}
