using Publisher.Core.Model;
using Publisher.Core.Pages;
using static Publisher.Tests.Support.TestContent;
using Document = Publisher.Core.Model.Document;
using Publisher.Tests.Support;

namespace Publisher.Tests.Pages;

public class SitePagesTests
{
    private static Document Numbered(int i) =>
        Doc($"Zápis {i:000}", new DateOnly(2020, 1, 1).AddDays(i).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));

    private static readonly IReadOnlyList<Document> Many = Enumerable.Range(0, 120).Select(Numbered).ToList();
    private static readonly SiteModel ManySite = RenderTestSite.Model([.. Many]);
    private static readonly IReadOnlyList<Page> ManyPages = RenderTestSite.CorePages(ManySite);

    private static Page At(IReadOnlyList<Page> pages, string url) =>
        pages.SingleOrDefault(p => p.Url == url) ?? throw new Xunit.Sdk.XunitException($"no page at {url}; pages: {string.Join(", ", pages.Select(p => p.Url))}");

    [Fact]
    public void Page_size_is_fifty()
    {
        Assert.Equal(50, Paginator.PageSize);
    }

    [Fact]
    public void A_long_year_is_split_into_pages()
    {
        var yearPages = ManyPages.Where(p => p.Url.StartsWith("/rok/2020/", StringComparison.Ordinal)).Select(p => p.Url);

        Assert.Equal(["/rok/2020/", "/rok/2020/strana/2/", "/rok/2020/strana/3/"], yearPages);
    }

    [Fact]
    public void Each_year_page_lists_its_slice_newest_first()
    {
        var views = new[] { "/rok/2020/", "/rok/2020/strana/2/", "/rok/2020/strana/3/" }
            .Select(url => Assert.IsType<ListingView>(At(ManyPages, url).Data))
            .ToList();

        Assert.Equal([50, 50, 20], views.Select(v => v.Documents.Count));
        Assert.All(views, v => Assert.Equal(120, v.Total));
        var newestFirst = Many.Reverse().ToList();
        Assert.Equal(newestFirst, views.SelectMany(v => v.Documents));
        Assert.Equal("Zápis 119", views[0].Documents[0].Title);
        Assert.Equal("Zápis 069", views[1].Documents[0].Title);
        Assert.Equal("Zápis 000", views[2].Documents[^1].Title);
        Assert.All(views.Zip(new[] { "/rok/2020/", "/rok/2020/strana/2/", "/rok/2020/strana/3/" }), x => Assert.Equal("listing", At(ManyPages, x.Second).Layout));
    }

    [Fact]
    public void Pagination_links_point_at_the_neighbouring_pages()
    {
        var first = Assert.IsType<ListingView>(At(ManyPages, "/rok/2020/").Data).Pagination;
        var second = Assert.IsType<ListingView>(At(ManyPages, "/rok/2020/strana/2/").Data).Pagination;
        var third = Assert.IsType<ListingView>(At(ManyPages, "/rok/2020/strana/3/").Data).Pagination;

        Assert.Equal((1, 3, null, "/rok/2020/strana/2/"), (first.Number, first.Count, first.Previous?.Url, first.Next?.Url));
        Assert.Equal((2, 3, "/rok/2020/", "/rok/2020/strana/3/"), (second.Number, second.Count, second.Previous?.Url, second.Next?.Url));
        Assert.Equal((3, 3, "/rok/2020/strana/2/", null), (third.Number, third.Count, third.Previous?.Url, third.Next?.Url));
        Assert.All([first, second, third], p => Assert.True(p.IsNeeded));
        Assert.Equal(
            [new PageLink(1, "/rok/2020/", false), new PageLink(2, "/rok/2020/strana/2/", true), new PageLink(3, "/rok/2020/strana/3/", false)],
            second.Window);
    }

    [Fact]
    public void A_working_group_with_many_documents_is_split_into_pages_under_year_headings()
    {
        var pages = ManyPages.Where(p => p.Layout == "group" && p.Url.StartsWith("/zatec/seniori/", StringComparison.Ordinal)).ToList();

        Assert.Equal(["/zatec/seniori/", "/zatec/seniori/strana/2/", "/zatec/seniori/strana/3/"], pages.Select(p => p.Url));
        var views = pages.Select(p => Assert.IsType<GroupView>(p.Data)).ToList();
        Assert.Equal([50, 50, 20], views.Select(v => v.Years.Sum(y => y.Documents.Count)));
        Assert.All(views, v => Assert.Equal(120, v.DocumentCount));
        Assert.Equal(Many.Reverse(), views.SelectMany(v => v.Years.SelectMany(y => y.Documents)));
        Assert.Equal("Senioři – strana 2", pages[1].Title);
        Assert.Equal((2, "/zatec/seniori/", "/zatec/seniori/strana/3/"), (views[1].Pagination.Number, views[1].Pagination.Previous!.Url, views[1].Pagination.Next!.Url));
    }

    [Fact]
    public void Later_pages_have_numbered_titles_and_breadcrumbs()
    {
        var first = At(ManyPages, "/rok/2020/");
        var second = At(ManyPages, "/rok/2020/strana/2/");

        Assert.Equal("Rok 2020", first.Title);
        Assert.Equal("Rok 2020 – strana 2", second.Title);
        Assert.Equal([("Úvod", "/"), ("Dokumenty podle roku", "/rok/"), ("Rok 2020", "/rok/2020/")],
            first.Breadcrumbs.Select(b => (b.Title, b.Url)));
        Assert.Equal([("Úvod", "/"), ("Dokumenty podle roku", "/rok/"), ("Rok 2020", "/rok/2020/"), ("Rok 2020 – strana 2", "/rok/2020/strana/2/")],
            second.Breadcrumbs.Select(b => (b.Title, b.Url)));
    }

    [Fact]
    public void The_minutes_type_listing_is_paginated_too()
    {
        Assert.Equal(["/zapisy/", "/zapisy/strana/2/", "/zapisy/strana/3/"],
            ManyPages.Where(p => p.Url.StartsWith("/zapisy/", StringComparison.Ordinal)).Select(p => p.Url));
        Assert.Equal("Zápisy z jednání", At(ManyPages, "/zapisy/").Title);
    }

    [Fact]
    public void Exactly_fifty_documents_make_one_page()
    {
        var pages = RenderTestSite.CorePages(RenderTestSite.Model([.. Many.Take(50)]));

        var view = Assert.IsType<ListingView>(At(pages, "/rok/2020/").Data);
        Assert.Equal(50, view.Documents.Count);
        Assert.False(view.Pagination.IsNeeded);
        Assert.DoesNotContain(pages, p => p.Url.Contains("/strana/", StringComparison.Ordinal));
    }

    [Fact]
    public void Fifty_one_documents_make_two_pages()
    {
        var pages = RenderTestSite.CorePages(RenderTestSite.Model([.. Many.Take(51)]));

        Assert.Single(Assert.IsType<ListingView>(At(pages, "/rok/2020/strana/2/").Data).Documents);
        Assert.DoesNotContain(pages, p => p.Url == "/rok/2020/strana/3/");
    }

    [Fact]
    public void Type_pages_exist_for_every_type_even_when_empty()
    {
        var pages = RenderTestSite.CorePages(RenderTestSite.Model(Doc("Jediný zápis", "2020-06-10")));

        foreach (var (url, title) in new[] { ("/zapisy/", "Zápisy z jednání"), ("/plany/", "Plány"), ("/aktuality/", "Aktuality") })
        {
            var page = At(pages, url);
            Assert.Equal(title, page.Title);
            Assert.Equal("listing", page.Layout);
            var view = Assert.IsType<ListingView>(page.Data);
            Assert.Equal(url == "/zapisy/" ? 1 : 0, view.Total);
            Assert.Equal(1, view.Pagination.Count);
            Assert.False(view.Pagination.IsNeeded);
            Assert.Null(view.Pagination.Previous);
            Assert.Null(view.Pagination.Next);
        }
    }

    [Fact]
    public void A_site_without_documents_still_has_its_index_pages()
    {
        var pages = RenderTestSite.CorePages(RenderTestSite.Model());

        Assert.Equal(
            ["/", "/regiony/", "/chomutov/", "/chomutov/dluhy/", "/jindrichuv-hradec/", "/jindrichuv-hradec/deti-mladez-a-rodina/",
             "/jindrichuv-hradec/seniori/", "/zatec/", "/zatec/seniori/", "/zatec/socialni-prevence/", "/rok/", "/stitky/",
             "/zapisy/", "/plany/", "/aktuality/", "/404.html", "/prohlaseni-o-pristupnosti/"],
            pages.Select(p => p.Url));
    }

    [Fact]
    public void A_site_without_an_accessibility_statement_has_neither_the_page_nor_the_footer_link()
    {
        var site = Core.Extensions.SiteExtension.IndexAll(
            SiteModelBuilder.Build(RenderTestSite.Settings with { Accessibility = null }, RenderTestSite.Model().Regions, [], Support.PinnedBuildDay.Today), RenderTestSite.Features);
        var pages = RenderTestSite.CorePages(site);

        Assert.DoesNotContain(pages, p => p.Url == UrlScheme.AccessibilityStatement);
        var home = RenderTestSite.Parse(RenderTestSite.Renderer(site).Render(pages[0]).Html);
        Assert.Empty(home.QuerySelectorAll("footer a[href='/prohlaseni-o-pristupnosti/']"));
        var withStatement = RenderTestSite.Parse(RenderTestSite.Renderer(RenderTestSite.Model()).Render(pages[0]).Html);
        Assert.Single(withStatement.QuerySelectorAll("footer a[href='/prohlaseni-o-pristupnosti/']"));
    }

    private static readonly Document Zatec2019 = Doc("Zápis A", "2019-03-01");
    private static readonly Document Zatec2020 = Doc("Zápis B", "2020-03-01", groupId: "socialni-prevence");
    private static readonly Document Zatec2019NoGroup = Doc("Aktualita", "2019-05-01", DocumentType.News, groupId: null);
    private static readonly Document Hradec2021 = Doc("Zápis C", "2021-02-01", region: JindrichuvHradec, groupId: "seniori");
    private static readonly IReadOnlyList<Page> MixedPages = RenderTestSite.CorePages(RenderTestSite.Model(Zatec2019, Zatec2020, Zatec2019NoGroup, Hradec2021));

    [Fact]
    public void A_region_year_page_exists_for_each_year_of_a_region()
    {
        var regionYears = MixedPages.Where(p => p.Layout == "region-year").Select(p => p.Url);

        Assert.Equal(["/jindrichuv-hradec/2021/", "/zatec/2020/", "/zatec/2019/"], regionYears);
        var zatec2019 = Assert.IsType<RegionYearView>(At(MixedPages, "/zatec/2019/").Data);
        Assert.Equal([Zatec2019NoGroup, Zatec2019], zatec2019.Documents);
        Assert.Equal("Žatec: rok 2019", At(MixedPages, "/zatec/2019/").Title);
        Assert.Equal([("Úvod", "/"), ("Regiony", "/regiony/"), ("Žatec", "/zatec/"), ("2019", "/zatec/2019/")],
            At(MixedPages, "/zatec/2019/").Breadcrumbs.Select(b => (b.Title, b.Url)));
    }

    [Fact]
    public void Group_year_pages_exist_for_each_year_of_a_group()
    {
        var groupYears = MixedPages.Where(p => p.Layout == "group-year").Select(p => p.Url);

        Assert.Equal(["/jindrichuv-hradec/seniori/2021/", "/zatec/seniori/2019/", "/zatec/socialni-prevence/2020/"], groupYears);
        var page = At(MixedPages, "/zatec/socialni-prevence/2020/");
        Assert.Equal("Sociální prevence: rok 2020", page.Title);
        Assert.Equal([Zatec2020], Assert.IsType<GroupYearView>(page.Data).Documents);
        Assert.Equal(["/", "/regiony/", "/zatec/", "/zatec/socialni-prevence/", "/zatec/socialni-prevence/2020/"], page.Breadcrumbs.Select(b => b.Url));
    }

    [Fact]
    public void Groups_without_documents_still_have_a_page_but_no_year_pages()
    {
        var page = At(MixedPages, "/chomutov/dluhy/");

        var view = Assert.IsType<GroupView>(page.Data);
        Assert.Empty(view.Years);
        Assert.Equal(0, view.DocumentCount);
        Assert.DoesNotContain(MixedPages, p => p.Url.StartsWith("/chomutov/dluhy/2", StringComparison.Ordinal));
    }

    [Fact]
    public void A_document_with_a_group_has_breadcrumbs_through_its_group_year()
    {
        var page = At(MixedPages, Zatec2019.Url);

        Assert.Equal([("Úvod", "/"), ("Regiony", "/regiony/"), ("Žatec", "/zatec/"), ("Senioři", "/zatec/seniori/"), ("2019", "/zatec/seniori/2019/"), ("Zápis A", Zatec2019.Url)],
            page.Breadcrumbs.Select(b => (b.Title, b.Url)));
        Assert.Equal("document", page.Layout);
        Assert.Same(Zatec2019, page.Document);
    }

    [Fact]
    public void A_document_without_a_group_has_breadcrumbs_through_its_region_year()
    {
        var page = At(MixedPages, Zatec2019NoGroup.Url);

        Assert.Equal("/zatec/2019/2019-05-01-aktualita/", page.Url);
        Assert.Equal([("Úvod", "/"), ("Regiony", "/regiony/"), ("Žatec", "/zatec/"), ("2019", "/zatec/2019/"), ("Aktualita", "/zatec/2019/2019-05-01-aktualita/")],
            page.Breadcrumbs.Select(b => (b.Title, b.Url)));
    }

    [Fact]
    public void The_region_page_summarises_groups_and_years()
    {
        var view = Assert.IsType<RegionView>(At(MixedPages, "/zatec/").Data);

        Assert.Equal(3, view.DocumentCount);
        Assert.Equal([(2020, "/zatec/2020/", 1), (2019, "/zatec/2019/", 2)], view.Years.Select(y => (y.Year, y.Url, y.Count)));
        Assert.Equal([("seniori", 1), ("socialni-prevence", 1)], view.Groups.Select(g => (g.Group.Id, g.DocumentCount)));
        Assert.Same(Zatec2020, view.Groups[1].Latest);
    }

    [Fact]
    public void Page_urls_are_unique()
    {
        Assert.Equal(ManyPages.Count, ManyPages.Select(p => p.Url).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(MixedPages.Count, MixedPages.Select(p => p.Url).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Home_lists_the_ten_latest_documents_and_all_years()
    {
        var view = Assert.IsType<HomeView>(At(ManyPages, "/").Data);

        Assert.Equal(Many.Reverse().Take(10), view.Latest);
        Assert.Equal(120, view.DocumentCount);
        Assert.Equal([(2020, "/rok/2020/", 120)], view.Years.Select(y => (y.Year, y.Url, y.Count)));
        Assert.Equal("Zápisy KPSS", At(ManyPages, "/").Title);
    }

    [Fact]
    public void Tag_pages_are_listed_and_paginated()
    {
        var bydleni = new Tag("Bydlení", "bydleni", UrlScheme.Tag("bydleni"));
        var tagged = Many.Take(60).Select(d => d with { Tags = [bydleni] }).ToList();
        var pages = RenderTestSite.CorePages(RenderTestSite.Model([.. tagged]));

        Assert.Equal(["/stitky/bydleni/", "/stitky/bydleni/strana/2/"],
            pages.Where(p => p.Url.StartsWith("/stitky/bydleni/", StringComparison.Ordinal)).Select(p => p.Url));
        Assert.Equal("Téma: Bydlení", At(pages, "/stitky/bydleni/").Title);
        var index = Assert.IsType<TagIndexView>(At(pages, "/stitky/").Data);
        Assert.Equal([("Bydlení", 60)], index.Tags.Select(t => (t.Tag.Name, t.Count)));
    }
}
