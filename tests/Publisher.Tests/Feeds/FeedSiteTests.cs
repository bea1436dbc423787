using System.Xml.Linq;
using AngleSharp.Dom;
using Publisher.Tests.Support;

namespace Publisher.Tests.Feeds;

/// <summary>Feeds and calendars of a whole built site: where they are, how pages link them, what they hold.</summary>
public sealed class FeedSiteTests(FeedSiteFixture fixture) : IClassFixture<FeedSiteFixture>
{
    private BuiltSite Site => fixture.Site;

    private const string Base = "https://zapisy.example.cz";

    private IReadOnlyList<PublishedEntry> Documents => OpenDataIndex.Read(Site);

    private static IReadOnlyList<(string Title, string Href)> FeedLinks(IDocument page) =>
        page.Head!.QuerySelectorAll("link[rel=alternate][type='application/atom+xml']")
            .Select(l => (l.GetAttribute("title")!, l.GetAttribute("href")!))
            .ToList();

    private static IReadOnlyList<string> RegionIds(BuiltSite site) => site.HtmlPageUrls()
        .Where(u => u.Count(c => c == '/') == 2 && site.Page(u).Body!.ClassList.Contains("layout-region"))
        .Select(u => u.Trim('/'))
        .ToList();

    [Fact]
    public void Every_page_names_the_sites_feed_in_its_head()
    {
        var pages = Site.HtmlPageUrls().Where(u => !Site.Page(u).Head!.QuerySelectorAll("meta[http-equiv=refresh]").Any()).ToList();

        Assert.True(pages.Count > 50);
        Assert.All(pages, url => Assert.Contains(("Komunitní plánování sociálních služeb – zápisy a plány", "/feed.xml"), FeedLinks(Site.Page(url))));
        Assert.True(File.Exists(Path.Combine(Site.Output, "feed.xml")));
        Assert.True(File.Exists(Path.Combine(Site.Output, "kalendar.ics")));
    }

    [Fact]
    public void The_home_page_links_the_sites_feed_and_calendar_visibly()
    {
        var links = Site.Page("/").QuerySelectorAll("ul.subscribe a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();

        Assert.Equal([("Odebírat novinky (Atom)", "/feed.xml"), ("Přidat do kalendáře", "/kalendar.ics")], links);
    }

    [Fact]
    public void Region_and_group_pages_link_their_own_feed_and_calendar_which_exist()
    {
        var checkedPages = 0;
        foreach (var url in Site.HtmlPageUrls())
        {
            var page = Site.Page(url);
            if (!page.Body!.ClassList.Contains("layout-region") && !page.Body.ClassList.Contains("layout-group")) continue;
            var own = url.Contains("/strana/", StringComparison.Ordinal) ? url[..url.IndexOf("strana/", StringComparison.Ordinal)] : url;
            Assert.Contains(FeedLinks(page), link => link.Href == own + "feed.xml");
            var visible = page.QuerySelector("main ul.subscribe")!;
            var feed = visible.QuerySelector("a[type='application/atom+xml']")!;
            var calendar = visible.QuerySelector("a[type='text/calendar']")!;
            Assert.Equal("Odebírat novinky (Atom)", feed.TextContent);
            Assert.Equal(own + "feed.xml", feed.GetAttribute("href"));
            Assert.Equal("Přidat do kalendáře", calendar.TextContent);
            Assert.Equal(own + "kalendar.ics", calendar.GetAttribute("href"));
            Assert.True(File.Exists(Path.Combine(Site.Output, (own + "feed.xml").TrimStart('/'))), url);
            Assert.True(File.Exists(Path.Combine(Site.Output, (own + "kalendar.ics").TrimStart('/'))), url);
            // The feed the page names is the one that says it is at that address.
            var parsed = FeedFiles.Atom(File.ReadAllBytes(Path.Combine(Site.Output, (own + "feed.xml").TrimStart('/'))));
            Assert.Equal(Base + own + "feed.xml", parsed.Links.Single(l => l.RelationshipType == "self").Uri.ToString());
            Assert.Equal(parsed.Title.Text, FeedLinks(page).Single(l => l.Href == own + "feed.xml").Title);
            checkedPages++;
        }
        Assert.True(checkedPages >= 16, $"only {checkedPages} region and group pages");
    }

    [Fact]
    public void A_document_page_names_its_groups_feed()
    {
        var minutes = Documents.First(d => d.Group is not null);

        Assert.Contains(FeedLinks(Site.Page(minutes.Url)), link => link.Href == $"/{minutes.Region}/{minutes.Group}/feed.xml");
    }

    [Fact]
    public void Region_and_group_feeds_hold_exactly_their_documents_newest_first()
    {
        var documents = Documents;
        foreach (var region in RegionIds(Site))
        {
            Assert.Equal(documents.Where(d => d.Region == region).Select(d => d.Url), EntryUrls($"{region}/feed.xml"));
            foreach (var group in Directory.GetFiles(Path.Combine(Site.Output, region), "feed.xml", SearchOption.AllDirectories)
                         .Select(f => Path.GetRelativePath(Path.Combine(Site.Output, region), f).Split(Path.DirectorySeparatorChar))
                         .Where(parts => parts.Length == 2)
                         .Select(parts => parts[0]))
                Assert.Equal(documents.Where(d => d.Region == region && d.Group == group).Select(d => d.Url), EntryUrls($"{region}/{group}/feed.xml"));
        }
        Assert.Equal(documents.Select(d => d.Url), EntryUrls("feed.xml"));
    }

    [Fact]
    public void The_sites_calendar_has_every_announced_meeting_once()
    {
        var calendar = FeedFiles.Ics(File.ReadAllBytes(Path.Combine(Site.Output, "kalendar.ics")));

        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(Site.Output, "data", "documents.json")));
        var announced = json.RootElement.GetProperty("documents").EnumerateArray()
            .Where(d => d.TryGetProperty("next_meeting", out _))
            .Select(d => (Url: d.GetProperty("url").GetString(), Next: d.GetProperty("next_meeting").GetString()))
            .ToList();
        // The seed minutes of Jindřichův Hradec and Liberec, and the hostile minutes.
        Assert.Equal(3, announced.Count);
        Assert.Equal(announced.Select(a => a.Url).Order(StringComparer.Ordinal), calendar.Events.Select(e => e.Url!.AbsolutePath).Order(StringComparer.Ordinal));
        var hradec = calendar.Events.Single(e => e.Uid!.StartsWith("20180412.jindrichuv-hradec.", StringComparison.Ordinal));
        Assert.Equal(new DateTime(2018, 4, 12, 13, 0, 0, DateTimeKind.Utc), hradec.DtStart!.AsUtc);
        Assert.Equal("Jednání pracovní skupiny Osoby ohrožené sociálním vyloučením (ORP Jindřichův Hradec)", hradec.Summary);
    }

    [Fact]
    public void Hostile_names_are_exact_text_in_the_feeds_and_calendars_and_never_markup_in_a_page()
    {
        foreach (var file in FeedSiteFixture.FeedsAndCalendars(Site).Where(f => f.EndsWith(".xml", StringComparison.Ordinal)))
            XDocument.Load(Path.Combine(Site.Output, file));
        var entry = Assert.Single(FeedFiles.Atom(File.ReadAllBytes(Path.Combine(Site.Output, "zla-oblast", "zla-skupina", "feed.xml"))).Items);
        Assert.Equal(FeedSiteFixture.Hostile, entry.Title.Text);
        Assert.Equal("Zapsal " + FeedSiteFixture.Hostile, entry.Authors.Single().Name);
        Assert.Equal("Shrnutí " + FeedSiteFixture.Hostile, entry.Summary.Text);
        var feed = FeedFiles.Atom(File.ReadAllBytes(Path.Combine(Site.Output, "zla-oblast", "feed.xml")));
        Assert.Equal(FeedSiteFixture.RegionName + " – Komunitní plánování sociálních služeb – zápisy a plány", feed.Title.Text);

        var meeting = Assert.Single(FeedFiles.Ics(File.ReadAllBytes(Path.Combine(Site.Output, "zla-oblast", "zla-skupina", "kalendar.ics"))).Events);
        Assert.Equal($"Jednání pracovní skupiny {FeedSiteFixture.GroupName} ({FeedSiteFixture.RegionName})", meeting.Summary);
        Assert.Equal(FeedSiteFixture.Place, meeting.Location);
        Assert.Contains($"„{FeedSiteFixture.Hostile}“", meeting.Description);

        foreach (var url in Site.HtmlPageUrls())
        {
            Assert.DoesNotContain("<script>alert(1)", File.ReadAllText(Site.FileOf(url)));
            // Scripts are loaded from files; the only inline one is the JSON-LD data block, which browsers do not run.
            Assert.All(Site.Page(url).QuerySelectorAll("script:not([type=\"application/ld+json\"])"), script => Assert.Empty(script.TextContent));
        }
        Assert.Equal(FeedSiteFixture.RegionName + " – Komunitní plánování sociálních služeb – zápisy a plány",
            FeedLinks(Site.Page("/zla-oblast/")).Single(l => l.Href == "/zla-oblast/feed.xml").Title);
    }

    [Fact]
    public void Two_builds_write_byte_identical_feeds_and_calendars()
    {
        var files = FeedSiteFixture.FeedsAndCalendars(Site);

        Assert.Equal(files, FeedSiteFixture.FeedsAndCalendars(fixture.Again));
        Assert.True(files.Count >= 2 * (1 + 6 + 13), $"only {files.Count} feeds and calendars");
        Assert.All(files, file => Assert.Equal(File.ReadAllBytes(Path.Combine(Site.Output, file)), File.ReadAllBytes(Path.Combine(fixture.Again.Output, file))));
        var uids = FeedFiles.Ics(File.ReadAllBytes(Path.Combine(fixture.Again.Output, "kalendar.ics"))).Events.Select(e => e.Uid);
        Assert.Equal(FeedFiles.Ics(File.ReadAllBytes(Path.Combine(Site.Output, "kalendar.ics"))).Events.Select(e => e.Uid), uids);
    }

    private IReadOnlyList<string> EntryUrls(string path) =>
        FeedFiles.Atom(File.ReadAllBytes(Path.Combine(Site.Output, path))).Items.Select(e => e.Links.Single().Uri.AbsolutePath).ToList();
}
