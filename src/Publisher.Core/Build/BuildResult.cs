using Publisher.Core.Diagnostics;

namespace Publisher.Core.Build;

public sealed record BuildResult(IReadOnlyList<Diagnostic> Diagnostics, int DocumentCount, int PageCount, int FileCount)
{
    /// <summary>What the features say of a successful build that an editor should know (<see cref="Extensions.SiteExtension.Summary"/>).</summary>
    public IReadOnlyList<Message> Summary { get; init; } = [];

    public bool Succeeded => Diagnostics.All(d => d.Severity != Severity.Error);
    public int ErrorCount => Diagnostics.Count(d => d.Severity == Severity.Error);
    public int WarningCount => Diagnostics.Count(d => d.Severity == Severity.Warning);
}
