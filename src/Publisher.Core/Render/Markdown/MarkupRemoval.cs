namespace Publisher.Core.Render.Markdown;

/// <summary>Something taken out of a document's body before publishing, located in the Markdown text (1-based).</summary>
public sealed record MarkupRemoval(int Line, int Column, string Message);

/// <summary>A body rendered to HTML, with what had to be removed from it to make it safe.</summary>
public sealed record MarkdownHtml(string Html, IReadOnlyList<MarkupRemoval> Removals);
