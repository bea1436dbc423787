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
    private static Document PlanVersion(string title, string date, string id, string status) =>
        WithBody(Doc(title, date, DocumentType.Plan, groupId: null), "Text plánu.\n") with
        {
            Plan = new PlanInfo(id, "2019–2021", status, "Rada města"),
            Summary = "Shrnutí plánu " + date,
        };

    private static readonly Document Version1 = PlanVersion("Komunitní plán Žatec", "2019-01-15", "kp-zatec", "expired");
    private static readonly Document Version2 = PlanVersion("Komunitní plán Žatec & okolí", "2021-02-01", "kp-zatec", "in-force");
    private static readonly Document OtherPlan = PlanVersion("Plán prevence", "2020-03-03", "prevence", "draft");
    private static readonly Document Meeting = WithBody(Doc("Zápis o plánu", "2021-03-10"), "Projednán plán.\n") with { PlanIds = ["kp-zatec"] };

    private static readonly SiteModel Site = RenderTestSite.Model(Version1, Meeting, Version2, OtherPlan);

    [Fact]
    public void Each_plan_gets_a_page_under_plany()
    {
        var pages = new PlansExtension().Pages(Site, RenderTestSite.Texts).ToList();

        Assert.Equal(["/plany/kp-zatec/", "/plany/prevence/"], pages.Select(p => p.Url));
        Assert.Equal(["plany/kp-zatec/index.html", "plany/prevence/index.html"], pages.Select(p => p.OutputPath));
        Assert.All(pages, p => Assert.Equal("plan", p.Layout));
    }

    [Fact]
    public void A_plan_page_is_titled_by_its_latest_version()
    {
        var page = new PlansExtension().Pages(Site, RenderTestSite.Texts).First();

        Assert.Equal("Komunitní plán Žatec & okolí", page.Title);
        Assert.Equal("Shrnutí plánu 2021-02-01", page.Description);
        Assert.Equal([("Úvod", "/"), ("Plány", "/plany/"), ("Komunitní plán Žatec & okolí", "/plany/kp-zatec/")],
            page.Breadcrumbs.Select(b => (b.Title, b.Url)));
        var view = Assert.IsType<PlanView>(page.Data);
        Assert.Equal("kp-zatec", view.Plan.Id);
        Assert.Equal([Version1, Version2], view.Plan.Versions);
        Assert.Equal([Meeting], view.Plan.DiscussedIn);
    }

    [Fact]
    public void A_plan_page_renders_its_versions_newest_first_and_the_meetings()
    {
        var page = new PlansExtension().Pages(Site, RenderTestSite.Texts).First();

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
        var page = new PlansExtension().Pages(Site, RenderTestSite.Texts).Single(p => p.Url == "/plany/prevence/");

        var document = RenderTestSite.Parse(RenderTestSite.Renderer(Site).Render(page).Html);

        Assert.Equal("Plán zatím nebyl projednáván v žádném zveřejněném zápisu.",
            document.QuerySelector("section[aria-labelledby=plan-discussed] p.empty")!.TextContent);
    }

    [Fact]
    public void No_plans_means_no_pages_and_the_extension_writes_no_files()
    {
        Assert.Empty(new PlansExtension().Pages(RenderTestSite.Model(Meeting with { PlanIds = [] }), RenderTestSite.Texts));
        Assert.Empty(new PlansExtension().Files(Site));
    }

    [Fact]
    public void Plan_links_from_documents_reach_the_plan_pages()
    {
        var pages = RenderTestSite.CorePages(Site).Concat(new PlansExtension().Pages(Site, RenderTestSite.Texts)).ToList();
        var renderer = RenderTestSite.Renderer(Site);
        var files = pages.Select(p => p.OutputPath)
            .Concat(RenderTestSite.Assets(RenderTestSite.Theme).Files.Select(f => f.OutputPath))
            .ToHashSet(StringComparer.Ordinal);
        var checker = new LinkChecker();
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
}
