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

        Assert.Equal(["/plany/kp-zatec/", "/plany/prevence/"], pages.Select(p => p.Url));
        Assert.Equal(["plany/kp-zatec/index.html", "plany/prevence/index.html"], pages.Select(p => p.OutputPath));
        Assert.All(pages, p => Assert.Equal("plan", p.Layout));
    }

    [Fact]
    public void A_plan_page_is_titled_by_its_latest_version()
    {
        var page = Plans.Pages(Site, RenderTestSite.Texts).First();

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
        var page = Plans.Pages(Site, RenderTestSite.Texts).First();

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
    public void No_plans_means_no_pages_and_the_extension_writes_no_files()
    {
        Assert.Empty(Plans.Pages(RenderTestSite.Model(WithBody(Doc("Zápis o plánu", "2021-03-10"), "Projednán plán.\n")), RenderTestSite.Texts));
        Assert.Empty(Plans.Files(Site));
    }

    [Fact]
    public void Plan_links_from_documents_reach_the_plan_pages()
    {
        var pages = RenderTestSite.CorePages(Site).Concat(Plans.Pages(Site, RenderTestSite.Texts)).ToList();
        var renderer = RenderTestSite.Renderer(Site);
        // Every page links to some of the other features' pages (the open data page in the footer).
        var files = pages.Select(p => p.OutputPath)
            .Concat(RenderTestSite.Features.SelectMany(f => f.Pages(Site, RenderTestSite.Texts)).Select(p => p.OutputPath))
            .Concat(RenderTestSite.Assets(RenderTestSite.Theme).Files.Select(f => f.OutputPath))
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
        Assert.Contains(RenderTestSite.CorePages(Site), p => p.Url == "/plany/" && ((ListingView)p.Data).Total == 3);
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
}
