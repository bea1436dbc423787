using System.Xml.Linq;
using Publisher.Core.Extensions.Sitemap;
using Publisher.Tests.EndToEnd;
using Publisher.Tests.Support;

namespace Publisher.Tests.Sitemap;

/// <summary>The built site's sitemap lists every published page and nothing else; robots.txt names it.</summary>
public sealed class SitemapTests(ExtendedSiteFixture fixture) : IClassFixture<ExtendedSiteFixture>
{
    private const string Base = "https://zapisy.example.cz";
    private static readonly XNamespace Ns = SitemapFiles.Namespace;

    private BuiltSite Site => fixture.Site;

    private XDocument Sitemap => XDocument.Load(Path.Combine(Site.Output, "sitemap.xml"));

    private List<string> SitemapPaths() => Sitemap.Descendants(Ns + "loc").Select(l =>
    {
        Assert.StartsWith(Base + "/", l.Value);
        return l.Value[Base.Length..];
    }).ToList();

    private bool IsRedirect(string url) => Site.Page(url).QuerySelector("meta[http-equiv=refresh]") is not null;

    [Fact]
    public void Every_address_in_the_sitemap_is_a_page_of_the_output_listed_once()
    {
        var paths = SitemapPaths();

        Assert.Equal(Ns + "urlset", Sitemap.Root!.Name);
        Assert.Equal(paths.Count, paths.Distinct().Count());
        Assert.All(paths, path => Assert.True(Site.Exists(path) && Site.FileOf(path).EndsWith(".html", StringComparison.Ordinal), $"{path} is not a page of the output"));
    }

    [Fact]
    public void Every_published_page_but_the_redirects_and_the_not_found_page_is_in_the_sitemap()
    {
        var pages = Site.HtmlPageUrls();
        var redirects = pages.Where(IsRedirect).ToList();

        Assert.NotEmpty(redirects);
        Assert.Equal(pages.Except(redirects).Where(u => u != "/404.html").Order(StringComparer.Ordinal), SitemapPaths().Order(StringComparer.Ordinal));
        Assert.Contains("/otevrena-data/", SitemapPaths());
        Assert.Contains("/hledat/", SitemapPaths());
    }

    [Fact]
    public void A_documents_page_has_the_documents_date_as_its_last_change_and_other_pages_have_none()
    {
        var dates = OpenDataIndex.Read(Site).ToDictionary(e => e.Url, e => e.Date);

        foreach (var url in Sitemap.Descendants(Ns + "url"))
        {
            var path = url.Element(Ns + "loc")!.Value[Base.Length..];
            Assert.Equal(dates.GetValueOrDefault(path), url.Element(Ns + "lastmod")?.Value);
        }
    }

    [Fact]
    public void Robots_txt_allows_everything_and_points_at_the_sitemap()
    {
        var lines = File.ReadAllLines(Path.Combine(Site.Output, "robots.txt"));

        Assert.Equal(["User-agent: *", "Allow: /", "", "Sitemap: https://zapisy.example.cz/sitemap.xml"], lines);
        Assert.True(File.Exists(Path.Combine(Site.Output, "sitemap.xml")));
    }

    [Fact]
    public void Pages_that_search_engines_should_not_list_say_so()
    {
        Assert.Equal("noindex", Site.Page("/404.html").QuerySelector("meta[name=robots]")!.GetAttribute("content"));
        Assert.All(Site.HtmlPageUrls().Where(IsRedirect), url => Assert.Equal("noindex", Site.Page(url).QuerySelector("meta[name=robots]")!.GetAttribute("content")));
        Assert.Null(Site.Page("/").QuerySelector("meta[name=robots]"));
    }
}
