using Publisher.Core.Build;
using Publisher.Core.Extensions;
using Publisher.Tests.Support;

namespace Publisher.Tests.Extensions;

/// <summary>The Rendered hook: a feature is shown each written page and may ask for its HTML while it is shown.</summary>
public sealed class RenderedPageHookTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    /// <summary>Keeps the HTML of every page it is shown, and the way to ask for it, to ask again after the build.</summary>
    private sealed class HtmlRecorder : SiteExtension
    {
        public Dictionary<string, string> Html { get; } = new(StringComparer.Ordinal);
        public List<Func<string>> Askers { get; } = [];

        public override string Name => "html-recorder";

        public override IEnumerable<PageFile> Rendered(RenderedPageText page)
        {
            lock (Html)
            {
                Html[page.Page.OutputPath] = page.Html();
                Askers.Add(page.Html);
            }
            return [];
        }
    }

    [Fact]
    public void A_feature_reads_each_pages_html_as_written_and_only_while_it_is_shown_the_page()
    {
        var recorder = new HtmlRecorder();
        var output = _temp.Combine("output");
        var extensions = new List<SiteExtension>(StandardExtensions.Create()) { recorder };

        var result = new SiteBuild(new BuildOptions(RepositoryPaths.Input, output, RepositoryPaths.Theme, PinnedBuildDay.Today), extensions).Run();

        Assert.True(result.Succeeded);
        Assert.Equal(result.PageCount, recorder.Html.Count);
        foreach (var (path, html) in recorder.Html)
            Assert.Equal(File.ReadAllText(Path.Combine(output, path)), html);
        // Pages are rendered into buffers the next page reuses: asked later, the HTML would be another page's.
        Assert.Throws<InvalidOperationException>(() => recorder.Askers[0]());
    }
}
