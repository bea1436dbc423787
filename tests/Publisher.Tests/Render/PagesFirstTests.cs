using Publisher.Core.Build;
using Publisher.Core.Preview;
using Publisher.Core.Render;
using Publisher.Tests.Support;

namespace Publisher.Tests.Render;

/// <summary>Pages asked for first are in the sink before any other page or file, and told of only when nothing had an error.</summary>
public sealed class PagesFirstTests : IDisposable
{
    private const string Liberec = "documents/liberec/2020/2020-02-17-setkani-skupiny-pro-cizince.md";
    private readonly TempDirectory _temp = new();
    private readonly string _input;

    public PagesFirstTests()
    {
        _input = _temp.Combine("input");
        TempDirectory.CopyTree(RepositoryPaths.Input, _input);
    }

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void The_pages_asked_for_are_in_the_sink_before_any_other_page_or_file()
    {
        var sink = new MemorySink();
        IReadOnlyCollection<string>? seen = null;
        var first = new PagesFirst(page => page.IsDocumentsOwnPage && page.Document!.Source == Liberec, () => seen = sink.Files().Keys);

        var result = Build(sink, first);

        Assert.True(result.Succeeded);
        Assert.NotNull(seen);
        var page = Assert.Single(seen, path => path.EndsWith("/index.html", StringComparison.Ordinal) || path == "index.html");
        Assert.StartsWith("liberec/", page);
        Assert.DoesNotContain("data/documents.json", seen);
        Assert.Contains("index.html", sink.Files().Keys);
    }

    [Fact]
    public void Nothing_is_told_when_no_page_is_asked_for_or_the_content_has_errors()
    {
        var told = 0;
        Build(new MemorySink(), new PagesFirst(_ => false, () => told++));
        File.WriteAllText(Path.Combine(_input, "documents", "liberec", "2020", "rozbity.md"), "---\ntitle: \"Bez data\"\n---\nText.\n");
        var broken = Build(new MemorySink(), new PagesFirst(page => page.IsDocumentsOwnPage, () => told++));

        Assert.False(broken.Succeeded);
        Assert.Equal(0, told);
    }

    private BuildResult Build(MemorySink sink, PagesFirst first) =>
        new SiteBuild(new BuildOptions(_input, "", RepositoryPaths.Theme, PinnedBuildDay.Today)).RenderInto(sink, first: first);
}
