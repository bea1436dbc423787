using Publisher.Core.Diagnostics;

namespace Publisher.Core.Render.Markdown;

/// <summary>A Markdown body that the renderer refuses, such as one nested beyond any real document's depth.</summary>
public sealed class UnrenderableMarkdownException(Message text, Exception inner) : Exception(text.English, inner), IExplainedException
{
    /// <summary>Why, in both languages; the exception's message is the English text.</summary>
    public Message Text { get; } = text;
}
