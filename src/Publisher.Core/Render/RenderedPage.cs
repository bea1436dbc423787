using Publisher.Core.Render.Markdown;

namespace Publisher.Core.Render;

/// <summary>A page's finished HTML and what was removed from its document body to make it safe to publish.</summary>
public sealed record RenderedPage(string Html, IReadOnlyList<MarkupRemoval> BodyRemovals);
