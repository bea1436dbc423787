using System.IO.Compression;
using Publisher.Tests.Support;

namespace Publisher.Tests.EndToEnd;

/// <summary>What the accessibility requirements ask of the built site that needs no browser to check.</summary>
public sealed class AccessibleSiteTests(ExtendedSiteFixture fixture) : IClassFixture<ExtendedSiteFixture>
{
    private const int MaxDocumentTransferBytes = 60 * 1024;

    private BuiltSite Site => fixture.Site;

    /// <summary>Pages in the site's base layout; redirect stubs for old addresses are not.</summary>
    private IEnumerable<string> SitePages() => Site.HtmlPageUrls().Where(url => Site.Page(url).Body!.ClassName?.StartsWith("layout-", StringComparison.Ordinal) == true);

    private IEnumerable<string> DocumentPages() => Site.HtmlPageUrls().Where(url => Site.Page(url).Body!.ClassList.Contains("layout-document"));

    [Fact]
    public void Every_document_page_transfers_less_than_60_KB_compressed_with_everything_it_loads()
    {
        var documents = DocumentPages().ToList();
        Assert.NotEmpty(documents);
        foreach (var url in documents)
        {
            var page = Site.Page(url);
            var loaded = page.QuerySelectorAll("link[rel=stylesheet][href], script[src], img[src]")
                .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src"))
                .Select(path => Site.FileOf(path!))
                .ToList();
            Assert.All(loaded, file => Assert.True(File.Exists(file), $"{url} loads {file}, which was not built"));

            var bytes = GzipSize(File.ReadAllBytes(Site.FileOf(url))) + loaded.Sum(file => GzipSize(File.ReadAllBytes(file)));

            Assert.True(bytes < MaxDocumentTransferBytes, $"{url} transfers {bytes} bytes compressed");
        }
    }

    [Fact]
    public void The_search_page_weighs_less_than_60_KB_uncompressed_with_its_stylesheet_and_script()
    {
        var page = Site.Page("/hledat/");
        var loaded = page.QuerySelectorAll("link[rel=stylesheet][href], script[src]")
            .Select(e => Site.FileOf((e.GetAttribute("href") ?? e.GetAttribute("src"))!))
            .ToList();
        Assert.Equal(2, loaded.Count);

        var bytes = new FileInfo(Site.FileOf("/hledat/")).Length + loaded.Sum(file => new FileInfo(file).Length);

        Assert.True(bytes < MaxDocumentTransferBytes, $"the search page loads {bytes} bytes before its index");
    }

    [Fact]
    public void Every_page_links_the_accessibility_statement_from_its_footer()
    {
        foreach (var url in SitePages())
            Assert.Equal("/prohlaseni-o-pristupnosti/", Site.Page(url).QuerySelector("footer a[href='/prohlaseni-o-pristupnosti/']")?.GetAttribute("href"));
    }

    [Fact]
    public void The_accessibility_statement_follows_the_structure_the_law_expects()
    {
        var main = Site.Page("/prohlaseni-o-pristupnosti/").QuerySelector("main")!;

        Assert.Equal("Prohlášení o přístupnosti", Typeset.Untied(main.QuerySelector("h1")!.TextContent));
        Assert.Equal(["Stav souladu", "Nepřístupný obsah", "Vypracování tohoto prohlášení o přístupnosti", "Zpětná vazba a kontaktní údaje", "Postupy pro prosazování práva"],
            main.QuerySelectorAll("h2").Select(h => h.TextContent));
        Assert.Contains("zákonem č. 99/2019 Sb.", main.TextContent);
        Assert.Contains("https://zapisy.example.cz/", main.QuerySelector("p")!.TextContent);
        Assert.Contains("23. listopadu 2026", main.TextContent);
        Assert.Equal("mailto:pristupnost@zapisy.example.cz", main.QuerySelector("a[href^='mailto:']")!.GetAttribute("href"));
        Assert.Equal(["2026-11-23", "2026-11-23"], main.QuerySelectorAll("time").Select(t => t.GetAttribute("datetime")));
    }

    [Fact]
    public void Every_page_has_the_landmarks_a_skip_link_and_headings_in_order()
    {
        foreach (var url in SitePages())
        {
            var page = Site.Page(url);
            Assert.Single(page.QuerySelectorAll("header.site-header"));
            Assert.Single(page.QuerySelectorAll("main#main-content"));
            Assert.Single(page.QuerySelectorAll("footer"));
            Assert.NotEmpty(page.QuerySelectorAll("nav[aria-label]"));
            Assert.Equal("#main-content", page.Body!.QuerySelector("a")!.GetAttribute("href"));
            var levels = page.QuerySelectorAll("main h1, main h2, main h3, main h4, main h5, main h6").Select(h => h.TagName[1] - '0').ToList();
            Assert.Equal(1, levels[0]);
            Assert.Single(levels, level => level == 1);
            for (var i = 1; i < levels.Count; i++)
                Assert.True(levels[i] <= levels[i - 1] + 1, $"{url}: heading level jumps from h{levels[i - 1]} to h{levels[i]}");
        }
    }

    [Fact]
    public void Every_table_has_header_cells_and_a_name()
    {
        foreach (var url in Site.HtmlPageUrls())
        {
            foreach (var table in Site.Page(url).QuerySelectorAll("table"))
            {
                Assert.NotEmpty(table.QuerySelectorAll("th"));
                var named = table.QuerySelector("caption") is not null || table.HasAttribute("aria-labelledby") || table.HasAttribute("aria-label");
                Assert.True(named, $"{url}: a table without a caption or name");
            }
        }
    }

    private static long GzipSize(byte[] content)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
            gzip.Write(content);
        return buffer.Length;
    }
}
