using Publisher.Core.Extensions.Redirects;
using Publisher.Core.Model;
using Publisher.Tests.Render;
using static Publisher.Tests.Support.TestContent;

using Publisher.Tests.Support;

namespace Publisher.Tests.Extensions;

public class RedirectsExtensionTests
{
    private static readonly Document First = WithAliases(Doc("Zápis <b>A</b> & B", "2020-06-10"),
        "/stare-zapisy/zatec-2020-06/", "/archiv/zapis-2020-06.html", "/b/legacy.php");

    private static readonly Document Second = WithAliases(Doc("Druhý zápis", "2020-05-01"), "/archiv/druhy.html");


    private static readonly Document WithoutAliases = Doc("Bez aliasů", "2020-04-01");

    private static readonly SiteModel Site = RenderTestSite.Model(First, Second, WithoutAliases);

    [Fact]
    public void The_rules_file_has_one_sorted_301_line_per_alias()
    {
        var file = Assert.Single(new RedirectsExtension().Files(RenderTestSite.Planned(Site)));

        Assert.Equal("_redirects", file.Path);
        Assert.Equal(
            $"/archiv/druhy.html {Second.Url} 301\n" +
            $"/archiv/zapis-2020-06.html {First.Url} 301\n" +
            $"/b/legacy.php {First.Url} 301\n" +
            $"/stare-zapisy/zatec-2020-06/ {First.Url} 301\n",
            file.Text());
    }

    [Fact]
    public void Without_aliases_the_rules_file_is_empty()
    {
        var file = Assert.Single(new RedirectsExtension().Files(RenderTestSite.Planned(RenderTestSite.Model(WithoutAliases))));

        Assert.Equal("_redirects", file.Path);
        Assert.Equal("", file.Text());
        Assert.Empty(new RedirectsExtension().Pages(RenderTestSite.Model(WithoutAliases), RenderTestSite.Texts));
    }

    [Fact]
    public void Redirect_pages_are_made_only_for_aliases_ending_in_a_slash_or_html()
    {
        var pages = new RedirectsExtension().Pages(Site, RenderTestSite.Texts).ToList();

        Assert.Equal(["/archiv/druhy.html", "/archiv/zapis-2020-06.html", "/stare-zapisy/zatec-2020-06/"], pages.Select(p => p.Url));
        Assert.Equal(["archiv/druhy.html", "archiv/zapis-2020-06.html", "stare-zapisy/zatec-2020-06/index.html"], pages.Select(p => p.OutputPath));
        Assert.All(pages, p =>
        {
            Assert.Equal("redirect", p.Layout);
            Assert.False(p.InBaseLayout);
            Assert.Empty(p.Breadcrumbs);
            Assert.Null(p.Document);
        });
        var view = Assert.IsType<RedirectView>(pages[2].Data);
        Assert.Equal(new RedirectView(First.Url, "Zápis <b>A</b> & B"), view);
        Assert.Equal("Zápis <b>A</b> & B", pages[2].Title);
    }

    [Fact]
    public void A_redirect_page_sends_the_browser_to_the_document()
    {
        var page = new RedirectsExtension().Pages(Site, RenderTestSite.Texts).Single(p => p.Url == "/stare-zapisy/zatec-2020-06/");

        var html = RenderTestSite.Renderer(Site).Render(page).Html;
        var document = RenderTestSite.Parse(html);

        Assert.StartsWith("<!DOCTYPE html>", html);
        Assert.Equal("0; url=" + First.Url, document.QuerySelector("meta[http-equiv=refresh]")!.GetAttribute("content"));
        Assert.Equal("noindex", document.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
        Assert.Equal("https://zapisy.example.cz" + First.Url, document.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal("Zápis <b>A</b> & B", document.Title);
        Assert.Equal("Zápis <b>A</b> & B", document.QuerySelector("h1")!.TextContent);
        Assert.Empty(document.QuerySelectorAll("h1 b"));
        var link = document.QuerySelector("main a")!;
        Assert.Equal(First.Url, link.GetAttribute("href"));
        Assert.Equal("https://zapisy.example.cz" + First.Url, link.TextContent);
        Assert.Null(document.QuerySelector("header.site-header"));
    }

    [Fact]
    public void Redirect_urls_do_not_clash_with_core_pages()
    {
        var core = RenderTestSite.CorePages(Site).Select(p => p.OutputPath).ToHashSet(StringComparer.Ordinal);

        Assert.All(new RedirectsExtension().Pages(Site, RenderTestSite.Texts), p => Assert.DoesNotContain(p.OutputPath, core));
    }
}
