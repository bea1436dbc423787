using Publisher.Core.Build;
using Publisher.Core.Diagnostics;
using Publisher.Tests.Support;

namespace Publisher.Tests.Plans;

/// <summary>The latest version's body, shown on the plan's page as well as its own, is checked and reported once.</summary>
public class PlanPageBodyTests
{
    [Fact]
    public void A_broken_link_and_a_warning_in_the_latest_version_are_reported_once_at_the_version()
    {
        using var temp = new TempDirectory();
        var input = temp.Combine("input");
        Directory.CreateDirectory(Path.Combine(input, "documents"));
        File.Copy(Path.Combine(RepositoryPaths.Input, "site.yml"), Path.Combine(input, "site.yml"));
        File.WriteAllText(Path.Combine(input, "regions.yml"), "- id: cheb\n  name: Cheb\n  kind: ORP\n");
        File.WriteAllText(Path.Combine(input, "documents", "plan.md"), TestContent.Lines(
            "---", "title: Plán", "type: plan", "date: 2021-02-01", "region: cheb", "id: plan", "---",
            "## Cíle", "", "Viz [chybějící stránku](../nikde/) a [oddíl](#cile).", "", "<script>x</script>"));

        var result = new SiteBuild(new BuildOptions(input, temp.Combine("output"), RepositoryPaths.Theme, PinnedBuildDay.Today)).Check();

        // Outside a repository the build also warns once, on the input folder, that it sees no history.
        var problems = result.Diagnostics.Where(d => d.File.EndsWith("plan.md", StringComparison.Ordinal)).Select(d => (d.File, d.Line, d.Severity)).ToList();
        Assert.Equal([("input/documents/plan.md", 10, Severity.Error), ("input/documents/plan.md", 12, Severity.Warning)],
            problems.Select(p => (p.File[(p.File.IndexOf("input/", StringComparison.Ordinal))..], p.Line, p.Severity)));
    }
}
