using Publisher.Core.Diagnostics;

namespace Publisher.Core.Build;

public sealed record BuildResult(IReadOnlyList<Diagnostic> Diagnostics, int DocumentCount, int PageCount, int FileCount)
{
    /// <summary>What the features say of a successful build that an editor should know (<see cref="Extensions.SiteExtension.Summary"/>).</summary>
    public IReadOnlyList<Message> Summary { get; init; } = [];

    /// <summary>How many of the pages were kept from the previous build rather than rendered.</summary>
    public int PagesKept { get; init; }

    /// <summary>The record of the pages this build rendered or kept, for the next build into memory (the preview); null when it has none.</summary>
    public Render.Reuse.RenderCache? RenderCache { get; init; }

    public bool Succeeded => Diagnostics.All(d => d.Severity != Severity.Error);
    public int ErrorCount => Diagnostics.Count(d => d.Severity == Severity.Error);
    public int WarningCount => Diagnostics.Count(d => d.Severity == Severity.Warning);
}
