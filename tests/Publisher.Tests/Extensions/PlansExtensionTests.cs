using Publisher.Core.Diagnostics;
using Publisher.Core.Extensions.Plans;
using Publisher.Core.Model;
using Publisher.Core.Render;
using Publisher.Core.Pages;
using Publisher.Tests.Render;
using static Publisher.Tests.Support.TestContent;
using Publisher.Tests.Support;

namespace Publisher.Tests.Extensions;

public class PlansExtensionTests
{
    private static readonly PlansExtension Plans = RenderTestSite.Features.OfType<PlansExtension>().Single();

    private static Document PlanVersion(string title, string date, string id, string status) =>
        AsPlanVersion(WithBody(Doc(title, date, DocumentType.Plan, groupId: null), "Text plánu.\n"), new PlanInfo(id, "2019–2021", status, "Rada města")) with
        {
            Summary = "Shrnutí plánu " + date,
        };

    private static readonly Document Version1 = PlanVersion("Komunitní plán Žatec", "2019-01-15", "kp-zatec", "expired");
    private static readonly Document Version2 = PlanVersion("Komunitní plán Žatec & okolí", "2021-02-01", "kp-zatec", "in-force");
    private static readonly Document OtherPlan = PlanVersion("Plán prevence", "2020-03-03", "prevence", "draft");
    private static readonly Document Meeting = Discussing(WithBody(Doc("Zápis o plánu", "2021-03-10"), "Projednán plán.\n"), "kp-zatec");

    private static readonly SiteModel Site = RenderTestSite.Model(Version1, Meeting, Version2, OtherPlan);

    [Fact]
    public void Each_plan_gets_a_page_under_plany()
    {
        var pages = Plans.Pages(Site, RenderTestSite.Texts).ToList();

        var planPages = pages.Where(p => p.Layout == "plan").ToList();
        Assert.Equal(["/plany/kp-zatec/", "/plany/prevence/"], planPages.Select(p => p.Url));
        Assert.Equal(["plany/kp-zatec/index.html", "plany/prevence/index.html"], planPages.Select(p => p.OutputPath));
        Assert.Equal(["/plany/", "/plany/kp-zatec/", "/plany/kp-zatec/srovnani/2019-01-15-2021-02-01/", "/plany/prevence/"], pages.Select(p => p.Url));
        Assert.Equal(["plans", "plan", "plan-comparison", "plan"], pages.Select(p => p.Layout));
    }

    [Fact]
    public void A_plan_page_is_titled_by_its_latest_version()
    {
        var page = Plans.Pages(Site, RenderTestSite.Texts).First(p => p.Layout == "plan");

        Assert.Equal("Komunitní plán Žatec & okolí", page.Title);
        Assert.Equal("Shrnutí plánu 2021-02-01", page.Description);
        Assert.Equal([("Úvod", "/"), ("Plány", "/plany/"), ("Komunitní plán Žatec & okolí", "/plany/kp-zatec/")],
            page.Breadcrumbs.Select(b => (b.Title, b.Url)));
        var view = Assert.IsType<PlanView>(page.Data);
        Assert.Equal("kp-zatec", view.Plan.Id);
        Assert.Equal([Version1, Version2], view.Plan.Versions.Select(v => v.Document));
        Assert.Equal([Meeting], view.Plan.DiscussedIn);
    }

    [Fact]
    public void A_plan_page_renders_its_versions_newest_first_and_the_meetings()
    {
        var page = Plans.Pages(Site, RenderTestSite.Texts).First(p => p.Layout == "plan");

        var document = RenderTestSite.Parse(RenderTestSite.Renderer(Site).Render(page).Html);

        Assert.Equal("Komunitní plán Žatec & okolí", document.QuerySelector("h1")!.TextContent);
        var rows = document.QuerySelectorAll("section[aria-labelledby=plan-versions] tbody tr");
        Assert.Equal(2, rows.Length);
        Assert.Equal(["2021-02-01", "2019-01-15"], rows.Select(r => r.QuerySelector("time")!.GetAttribute("datetime")));
        Assert.Equal(["platný", "neplatný"], rows.Select(r => r.Children[2].TextContent));
        Assert.Equal([Version2.Url, Version1.Url], rows.Select(r => r.QuerySelector("a")!.GetAttribute("href")));
        Assert.Equal([Meeting.Url], document.QuerySelectorAll("section[aria-labelledby=plan-discussed] a.teaser-title").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void A_plan_nobody_discussed_says_so()
    {
        var page = Plans.Pages(Site, RenderTestSite.Texts).Single(p => p.Url == "/plany/prevence/");

        var document = RenderTestSite.Parse(RenderTestSite.Renderer(Site).Render(page).Html);

        Assert.Equal("Plán zatím nebyl projednáván v žádném zveřejněném zápisu.",
            document.QuerySelector("section[aria-labelledby=plan-discussed] p.empty")!.TextContent);
    }

    [Fact]
    public void No_plans_means_only_the_empty_list_of_plans_and_the_extension_writes_no_files()
    {
        var page = Assert.Single(Plans.Pages(RenderTestSite.Model(WithBody(Doc("Zápis o plánu", "2021-03-10"), "Projednán plán.\n")), RenderTestSite.Texts));
        Assert.Equal("/plany/", page.Url);
        Assert.Empty(Assert.IsType<PlanListView>(page.Data).Regions);
        Assert.Empty(Plans.Files(RenderTestSite.Planned(Site)));
    }

    [Fact]
    public void Plan_links_from_documents_reach_the_plan_pages()
    {
        // The comparison pages make their data from the versions' bodies only when the build renders them: they are published, not rendered here.
        var planPages = Plans.Pages(Site, RenderTestSite.Texts).ToList();
        var comparisons = planPages.Where(p => p.DataFromBodies is not null).ToList();
        var pages = RenderTestSite.CorePages(Site).Where(p => p.Url != "/plany/").Concat(planPages.Except(comparisons)).ToList();
        var renderer = RenderTestSite.Renderer(Site);
        // Every page links to some of the other features' pages (the open data page in the footer).
        var files = pages.Concat(comparisons).Select(p => p.OutputPath)
            .Concat(RenderTestSite.Features.SelectMany(f => f.Pages(Site, RenderTestSite.Texts)).Select(p => p.OutputPath))
            .Concat(RenderTestSite.Assets(RenderTestSite.Theme).Files.Select(f => f.OutputPath))
            .Concat(RenderTestSite.Features.SelectMany(f => f.Files(RenderTestSite.Planned(Site))).Select(f => f.Path))
            .ToHashSet(StringComparer.Ordinal);
        var checker = new LinkChecker(new HashSet<string>());
        var meetingHtml = "";
        foreach (var page in pages)
        {
            var html = renderer.Render(page).Html;
            if (page.Url == Meeting.Url) meetingHtml = html;
            var scanned = PageScanner.Scan(page.Url, page.Url, html);
            Assert.Empty(scanned.Problems);
            scanned.Links.AddTo(checker);
        }
        var diagnostics = new DiagnosticBag();

        checker.Check(files.Contains, _ => null, diagnostics);

        Assert.Empty(diagnostics.Sorted());
        Assert.Equal(pages.Count, pages.Select(p => p.Url).Distinct(StringComparer.Ordinal).Count());
        var meeting = RenderTestSite.Parse(meetingHtml);
        Assert.Contains(meeting.QuerySelectorAll("dl.facts a"), a => a.GetAttribute("href") == "/plany/kp-zatec/" && a.TextContent == "Komunitní plán Žatec & okolí");
        Assert.Contains(RenderTestSite.CorePages(Site), p => p.Url == "/plany/" && ((ListingView)p.Data).Total == 3 && p.Claim is ListingClaim);
    }
    private static Document AsPlan(Document document, string id) => AsPlanVersion(document, new PlanInfo(id, null, "approved", null));

    [Fact]
    public void Plan_history_lists_versions_oldest_first_and_the_documents_that_discuss_it()
    {
        var v2019 = AsPlan(Doc("Komunitní plán 2019–2021", "2019-01-10", groupId: null), "kp-zatec");
        var v2022 = AsPlan(Doc("Komunitní plán 2022–2024", "2022-01-10", groupId: null), "kp-zatec");
        var v2020 = AsPlan(Doc("Komunitní plán – aktualizace", "2020-06-01", groupId: null), "kp-zatec");
        var discussedEarly = Discussing(Doc("Připomínky", "2019-05-01"), "kp-zatec");
        var discussedLate = Discussing(Doc("Vyhodnocení", "2021-05-01"), "kp-zatec", "jiny-plan");
        var unrelated = Doc("Jiné", "2021-06-01");

        var site = RenderTestSite.Model(v2022, discussedEarly, v2019, unrelated, discussedLate, v2020);

        var index = (PlanIndex)site.Features[PlansExtension.FeatureName];
        var history = Assert.Single(index.Plans);
        Assert.Equal("kp-zatec", history.Id);
        Assert.Same(Zatec, history.Region);
        Assert.Equal([v2019, v2020, v2022], history.Versions.Select(v => v.Document));
        Assert.Same(v2022, history.Latest.Document);
        Assert.Equal([discussedLate, discussedEarly], history.DiscussedIn);
        Assert.Equal("/plany/kp-zatec/", history.Url);
        Assert.Same(history, index.Find("kp-zatec"));
        Assert.Null(index.Find("jiny-plan"));
        Assert.Equal([v2022, v2020, v2019], site.Index.OfType(DocumentType.Plan));
    }

    [Fact]
    public void Plans_are_ordered_by_the_latest_versions_title_in_czech_order()
    {
        var chudoba = AsPlan(Doc("Chudoba", "2020-01-01", groupId: null), "a-plan");
        var hry = AsPlan(Doc("Hry", "2020-01-01", groupId: null), "b-plan");
        var cizinci = AsPlan(Doc("Cizinci", "2020-01-01", groupId: null), "c-plan");

        var site = RenderTestSite.Model(chudoba, hry, cizinci);

        Assert.Equal(["c-plan", "b-plan", "a-plan"], ((PlanIndex)site.Features[PlansExtension.FeatureName]).Plans.Select(p => p.Id));
    }

    [Fact]
    public void A_plan_page_shows_the_body_of_its_latest_version_which_is_not_that_versions_own_page()
    {
        var page = Plans.Pages(Site, RenderTestSite.Texts).First(p => p.Layout == "plan");

        Assert.Same(Version2, page.Document);
        Assert.False(page.IsDocumentsOwnPage);
        Assert.True(RenderTestSite.CorePages(Site).Single(p => p.Url == Version2.Url).IsDocumentsOwnPage);
        var html = RenderTestSite.Parse(RenderTestSite.Renderer(Site).Render(page).Html);
        Assert.Equal("Text plánu.", html.QuerySelector("section[aria-labelledby=plan-text] > p:not(.muted)")!.TextContent);
    }

    [Fact]
    public void Search_finds_a_plan_version_at_its_own_page_and_not_again_at_the_plan_page()
    {
        var search = RenderTestSite.Features.OfType<Publisher.Core.Extensions.Search.SearchExtension>().Single();
        var planPage = Plans.Pages(Site, RenderTestSite.Texts).First(p => p.Layout == "plan");
        var ownPage = RenderTestSite.CorePages(Site).Single(p => p.Url == Version2.Url);

        Assert.Empty(search.Rendered(new Publisher.Core.Extensions.RenderedPageText(Site, planPage, () => "", () => "Text plánu.".AsMemory(), [])));
        Assert.NotEmpty(search.Rendered(new Publisher.Core.Extensions.RenderedPageText(Site, ownPage, () => "", () => "Text plánu.".AsMemory(), [])));
    }

    [Fact]
    public void The_list_of_plans_takes_the_place_of_every_page_of_the_core_list_of_plan_documents()
    {
        var plans = Enumerable.Range(0, Paginator.PageSize + 1)
            .Select(i => AsPlan(Doc($"Plán {i}", "2020-01-01", groupId: null), $"plan-{i}"))
            .Append(Doc("Zápis", "2020-02-02"))
            .ToArray();
        var site = RenderTestSite.Model(plans);
        Assert.Contains(RenderTestSite.CorePages(site), p => p.Url == "/plany/strana/2/");
        var diagnostics = new DiagnosticBag();

        var plan = SitePlan.Make(site, RenderTestSite.Texts, RenderTestSite.Assets(RenderTestSite.Theme), RenderTestSite.Features, diagnostics);

        Assert.Empty(diagnostics.Sorted());
        Assert.Equal("plans", Assert.Single(plan.Pages, p => p.Url == "/plany/").Layout);
        Assert.DoesNotContain(plan.Pages, p => p.Url.StartsWith("/plany/strana/", StringComparison.Ordinal));
        Assert.Equal("listing", Assert.Single(plan.Pages, p => p.Url == "/zapisy/").Layout);
        Assert.Equal(Paginator.PageSize + 1, Assert.IsType<PlanListView>(Assert.Single(plan.Pages, p => p.Url == "/plany/").Data).Total);
    }
}
