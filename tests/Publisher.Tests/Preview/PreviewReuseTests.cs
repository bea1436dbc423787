using Publisher.Core.Build;
using Publisher.Core.Preview;
using Publisher.Tests.Support;

namespace Publisher.Tests.Preview;

/// <summary>
/// The preview builds again after each change keeping what did not change (pages, and the checks of unchanged files),
/// and serves exactly the site a fresh build of the same input makes.
/// </summary>
public sealed class PreviewReuseTests : IDisposable
{
    private readonly RunningPreview _preview = new(input =>
        // A warning in a file the edits below never touch: it must be reported by every build, checked again or not.
        File.AppendAllText(Path.Combine(input, "documents", "liberec", "2020", "2020-02-17-setkani-skupiny-pro-cizince.md"), "\n<font color=\"red\">Pozor</font>\n"));

    public void Dispose() => _preview.Dispose();

    [Fact]
    public async Task After_an_edit_the_served_site_is_what_a_fresh_build_makes_though_most_pages_were_kept()
    {
        var first = _preview.Current;
        File.WriteAllText(_preview.Minutes, File.ReadAllText(_preview.Minutes).Replace("title: \"Zápis z jednání", "title: \"Opravený zápis z jednání"));

        await _preview.GetWhen("/", a => a.Body.Contains("Opravený zápis", StringComparison.Ordinal));
        var edited = _preview.Current;
        var fresh = FreshBuild(out var freshFiles);

        // The edited document's page was served first, in a build of its own, before the whole site was.
        Assert.Equal(first.Number + 2, edited.Number);
        Assert.InRange(edited.Result!.PagesKept, 1, edited.Result.PageCount - 1);
        Assert.Equal(fresh.Diagnostics, edited.Result.Diagnostics);
        Assert.Contains(fresh.Diagnostics, d => d.File.EndsWith("2020-02-17-setkani-skupiny-pro-cizince.md", StringComparison.Ordinal));
        Assert.Equal(freshFiles.Keys.Order(StringComparer.Ordinal), edited.Files.Keys.Order(StringComparer.Ordinal));
        Assert.All(freshFiles, file => Assert.True(file.Value.AsSpan().SequenceEqual(edited.Files[file.Key]), $"{file.Key} differs from a fresh build's"));
    }

    private BuildResult FreshBuild(out IReadOnlyDictionary<string, byte[]> files)
    {
        var sink = new MemorySink();
        var result = new SiteBuild(new BuildOptions(_preview.Input, "", RepositoryPaths.Theme, PinnedBuildDay.Today)).RenderInto(sink);
        files = sink.Files();
        return result;
    }
}
