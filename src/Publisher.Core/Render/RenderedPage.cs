using Publisher.Core.Render.Markdown;

namespace Publisher.Core.Render;

/// <summary>
/// A page's finished HTML, what was found in its document body (removals to make it safe, content it would lose),
/// and the link addresses of the body with their positions in the Markdown text.
/// </summary>
/// <param name="BodyIds">The ids of the body's elements; empty for a page without a document body.</param>
/// <param name="BodyHtml">The body as HTML, null for a page without a document body.</param>
/// <param name="BodyHeadings">The plain text of the body's headings, in order.</param>
public sealed record RenderedPage(string Html, IReadOnlyList<BodyFinding> BodyFindings, IReadOnlyList<BodyLink> BodyLinks, IReadOnlySet<string> BodyIds,
    string? BodyHtml = null, IReadOnlyList<string>? BodyHeadings = null);
