namespace Publisher.Core.Render.Markdown;

/// <summary>A Markdown body that the renderer refuses, such as one nested beyond any real document's depth.</summary>
public sealed class UnrenderableMarkdownException(string message, Exception inner) : Exception(message, inner);
