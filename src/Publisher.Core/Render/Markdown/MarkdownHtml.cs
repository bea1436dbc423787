using Publisher.Core.Diagnostics;
using Publisher.Core.Theming;

namespace Publisher.Core.Render.Markdown;

/// <summary>
/// A problem in a document's body, located in its Markdown file (1-based): something removed to make the page
/// safe and valid (a warning), or something that would lose or break content (an error).
/// </summary>
public sealed record BodyFinding(int Line, int Column, Severity Severity, Message Message);

/// <summary>A link or image address the body's page contains, as its <c>href</c> or <c>src</c> holds it, located in the Markdown file.</summary>
public sealed record BodyLink(string Url, int Line, int Column);

/// <summary>A body rendered to HTML, with its findings in source order and the addresses it links to in source order.</summary>
/// <param name="Markup">
/// The HTML: a string of its own, or the text of the buffer the body was rendered into
/// (<see cref="MarkdownRenderer.Render(string, MarkdownContext?, System.Text.StringBuilder?)"/>), which holds it only
/// until the buffer is used again.
/// </param>
/// <param name="Headings">The plain text of the body's headings, in order.</param>
public sealed record MarkdownHtml(ReadOnlyMemory<char> Markup, IReadOnlyList<BodyFinding> Findings, IReadOnlyList<BodyLink> Links, IReadOnlyList<string> Headings)
{
    /// <summary>The HTML as a string: the one it is, or a copy of the buffer's text.</summary>
    public string Html => Markup.ToString();

    /// <summary>The ids of a page without a body.</summary>
    public static IReadOnlySet<string> NoIds { get; } = new HashSet<string>();

    /// <summary>The ids of the body's elements (headings, footnotes, kept raw HTML), which links to the page may name.</summary>
    public IReadOnlySet<string> Ids { get; } = ElementIds.In(Markup.Span).ToHashSet(StringComparer.Ordinal);
}
