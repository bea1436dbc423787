using Publisher.Core.Diagnostics;
using Publisher.Core.Extensions;
using Publisher.Core.Model;
using Publisher.Core.Pages;
using Publisher.Tests.Support;
using static Publisher.Tests.Support.TestContent;

namespace Publisher.Tests.Extensions;

/// <summary>The Files hook sees every planned page, other features' included, and its files are claimed like others.</summary>
public class PlannedSiteFilesTests
{
    /// <summary>Remembers the pages it is shown and writes one file at a path given by the test.</summary>
    private sealed class PageRecorder(string path) : SiteExtension
    {
        public IReadOnlyList<Page>? Seen { get; private set; }

        public override string Name => "recorder";

        public override IEnumerable<OutputFile> Files(PlannedSite planned)
        {
            Seen = planned.Pages;
            yield return OutputFile.OfText(path, new Message("the recorded pages", "zaznamenané stránky"), string.Join("\n", planned.Pages.Select(p => p.Url)));
        }
    }

    private static (SitePlan Plan, PageRecorder Recorder, IReadOnlyList<Diagnostic> Diagnostics) Plan(string path, params Document[] documents)
    {
        var recorder = new PageRecorder(path);
        var features = new List<SiteExtension>(StandardExtensions.Create()) { recorder };
        var site = SiteExtension.IndexAll(SiteModelBuilder.Build(RenderTestSite.Settings, Catalog(), documents, PinnedBuildDay.Today), features);
        var diagnostics = new DiagnosticBag();
        var plan = SitePlan.Make(site, RenderTestSite.Texts, RenderTestSite.Assets(RenderTestSite.Theme), features, diagnostics);
        return (plan, recorder, diagnostics.Sorted());
    }

    [Fact]
    public void The_hook_sees_exactly_the_planned_pages_of_the_core_and_of_every_feature()
    {
        var plan = AsPlanVersion(Doc("Komunitní plán", "2021-02-01", DocumentType.Plan, groupId: null), new Core.Extensions.Plans.PlanInfo("kp", null, null, null));

        var (sitePlan, recorder, diagnostics) = Plan("pages.txt", Doc("Zápis", "2020-06-10"), plan);

        Assert.Empty(diagnostics);
        Assert.Equal(sitePlan.Pages.Select(p => p.Url), recorder.Seen!.Select(p => p.Url));
        Assert.Contains(recorder.Seen!, p => p.Url == "/hledat/");
        Assert.Contains(recorder.Seen!, p => p.Url == "/plany/kp/");
        Assert.Contains(recorder.Seen!, p => p.Url == "/otevrena-data/");
        Assert.Contains(sitePlan.Files, f => f.Path == "pages.txt");
    }

    [Fact]
    public void A_page_that_lost_its_address_is_not_shown()
    {
        var first = Doc("Zápis", "2020-06-10");
        var second = WithAliases(Doc("Jiný zápis", "2020-06-11"), first.Url);

        var (_, recorder, _) = Plan("pages.txt", first, second);

        Assert.Single(recorder.Seen!, p => p.Url == first.Url);
        Assert.Same(first, recorder.Seen!.Single(p => p.Url == first.Url).Document);
    }

    [Fact]
    public void Its_files_are_claimed_so_an_old_address_on_their_path_is_an_error_at_its_line()
    {
        var (plan, _, diagnostics) = Plan("pages.txt", WithAliases(Doc("Zápis", "2020-06-10"), "/sitemap.xml", "/pages.txt"));

        Assert.Equal([("'aliases': /sitemap.xml is already the address of the sitemap", 20), ("'aliases': /pages.txt is already the address of the recorded pages", 21)],
            diagnostics.Select(d => (d.Message.English, d.Line)));
        Assert.Single(plan.Files, f => f.Path == "sitemap.xml");
    }

    [Fact]
    public void The_not_found_page_and_redirect_pages_are_not_indexable_and_other_pages_are()
    {
        var (plan, _, _) = Plan("pages.txt", WithAliases(Doc("Zápis", "2020-06-10"), "/stare/zapis/"));

        Assert.Equal(["/404.html", "/stare/zapis/"], plan.Pages.Where(p => !p.Indexable).Select(p => p.Url).Order(StringComparer.Ordinal));
    }
}
