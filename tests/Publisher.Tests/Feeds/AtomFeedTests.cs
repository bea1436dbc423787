using System.ServiceModel.Syndication;
using System.Text;
using System.Xml.Linq;
using Publisher.Core.Extensions.Feeds;
using Publisher.Core.Model;
using Publisher.Tests.Support;
using static Publisher.Tests.Support.TestContent;

namespace Publisher.Tests.Feeds;

public class AtomFeedTests
{
    private static readonly Document Seniors = Doc("Zápis ze seniorů", "2024-07-10") with
    {
        Author = "Jana Nováková",
        Summary = "Skupina probrala „dluhy“ & bydlení.",
    };

    private static readonly Document Prevention = Doc("Zápis z prevence", "2024-01-15", groupId: "socialni-prevence") with { Summary = "Prevence." };

    private static readonly Document ZatecNews = Doc("Aktualita ze Žatce", "2023-05-02", DocumentType.News, groupId: null) with { Summary = "Novinka." };

    private static readonly Document Debts = Doc("Zápis o dluzích", "2022-11-30", region: Chomutov, groupId: "dluhy");

    private static readonly SiteModel Site = RenderTestSite.Model(Debts, ZatecNews, Seniors, Prevention);

    private static SyndicationFeed Feed(string path) => FeedFiles.Atom(FeedFiles.At(FeedFiles.Feeds(Site), path));

    private static string Absolute(string url) => "https://zapisy.example.cz" + url;

    [Fact]
    public void The_site_feed_has_every_document_newest_first_with_its_id_title_link_date_author_and_summary()
    {
        var feed = Feed("feed.xml");

        Assert.Equal(RenderTestSite.Settings.Title, feed.Title.Text);
        Assert.Equal(Absolute("/"), feed.Id);
        var entries = feed.Items.ToList();
        Assert.Equal([Seniors.Title, Prevention.Title, ZatecNews.Title, Debts.Title], entries.Select(e => e.Title.Text));
        var first = entries[0];
        Assert.Equal(Absolute(Seniors.Url), first.Id);
        Assert.Equal(Absolute(Seniors.Url), Assert.Single(first.Links).Uri.ToString());
        Assert.Equal(new DateTimeOffset(2024, 7, 10, 0, 0, 0, TimeSpan.FromHours(2)), first.LastUpdatedTime);
        Assert.Equal("Jana Nováková", Assert.Single(first.Authors).Name);
        Assert.Equal("Skupina probrala „dluhy“ & bydlení.", first.Summary.Text);
        Assert.Equal("minutes", Assert.Single(first.Categories).Name);
        Assert.Equal("Zápis z jednání", first.Categories[0].Label);
        // Minutes that name no author leave the entry to the feed's author, the site.
        Assert.Empty(entries[1].Authors);
        Assert.Equal(RenderTestSite.Settings.Title, Assert.Single(feed.Authors).Name);
        Assert.Equal(new DateTimeOffset(2024, 1, 15, 0, 0, 0, TimeSpan.FromHours(1)), entries[1].LastUpdatedTime);
    }

    [Fact]
    public void A_feed_links_itself_and_its_page_and_is_updated_when_its_newest_entry_is()
    {
        var feed = Feed("zatec/seniori/feed.xml");

        Assert.Equal(Absolute("/zatec/seniori/"), feed.Id);
        Assert.Equal(Absolute("/zatec/seniori/feed.xml"), feed.Links.Single(l => l.RelationshipType == "self").Uri.ToString());
        Assert.Equal(Absolute("/zatec/seniori/"), feed.Links.Single(l => l.RelationshipType == "alternate").Uri.ToString());
        Assert.Equal(feed.Items.First().LastUpdatedTime, feed.LastUpdatedTime);
        Assert.Equal("cs", feed.Language);
    }

    [Fact]
    public void Region_and_group_feeds_hold_exactly_their_documents()
    {
        Assert.Equal([Seniors.Url, Prevention.Url, ZatecNews.Url], EntryUrls("zatec/feed.xml"));
        Assert.Equal([Seniors.Url], EntryUrls("zatec/seniori/feed.xml"));
        Assert.Equal([Prevention.Url], EntryUrls("zatec/socialni-prevence/feed.xml"));
        Assert.Equal([Debts.Url], EntryUrls("chomutov/feed.xml"));
        Assert.Equal([Debts.Url], EntryUrls("chomutov/dluhy/feed.xml"));
        Assert.Empty(EntryUrls("jindrichuv-hradec/feed.xml"));
    }

    [Fact]
    public void Every_region_and_group_has_a_feed_named_after_it()
    {
        var feeds = FeedFiles.Feeds(Site);

        var expected = new[] { "feed.xml" }
            .Concat(Catalog().Regions.SelectMany(r => r.Groups.Select(g => $"{r.Id}/{g.Id}/feed.xml").Prepend($"{r.Id}/feed.xml")));
        Assert.Equal(expected.Order(StringComparer.Ordinal), feeds.Select(f => f.Path).Order(StringComparer.Ordinal));
        Assert.Equal("Senioři (ORP Jindřichův Hradec) – Zápisy KPSS", FeedFiles.Atom(FeedFiles.At(feeds, "jindrichuv-hradec/seniori/feed.xml")).Title.Text);
        Assert.Equal("Chomutov – Zápisy KPSS", FeedFiles.Atom(FeedFiles.At(feeds, "chomutov/feed.xml")).Title.Text);
    }

    [Fact]
    public void An_empty_feed_is_valid_and_does_not_depend_on_the_day_of_the_build()
    {
        var feed = Feed("jindrichuv-hradec/seniori/feed.xml");

        Assert.Empty(feed.Items);
        Assert.Equal(DateTimeOffset.UnixEpoch, feed.LastUpdatedTime);
    }

    [Fact]
    public void A_hostile_title_and_summary_are_text_in_well_formed_xml()
    {
        const string title = "<script>alert(1)</script> & „test“";
        var hostile = Doc(title, "2024-03-01") with { Summary = "]]></summary><entry>&amp;", Author = "<b>Autor</b>" };
        var files = FeedFiles.Feeds(RenderTestSite.Model(hostile));

        foreach (var file in files)
        {
            var bytes = FeedFiles.Bytes(file);
            XDocument.Load(new MemoryStream(bytes));
            Assert.DoesNotContain("<script>", Encoding.UTF8.GetString(bytes));
        }
        var entry = Assert.Single(FeedFiles.Atom(FeedFiles.At(files, "zatec/seniori/feed.xml")).Items);
        Assert.Equal(title, entry.Title.Text);
        Assert.Equal("]]></summary><entry>&amp;", entry.Summary.Text);
        Assert.Equal("<b>Autor</b>", entry.Authors[0].Name);
    }

    [Fact]
    public void Characters_xml_cannot_hold_are_left_out_instead_of_breaking_the_feed()
    {
        var document = Doc("Zápis", "2024-03-01") with { Title = "Zápis\u0001 s\uFFFE řídicím znakem 😀" };

        var entry = Assert.Single(FeedFiles.Atom(FeedFiles.At(FeedFiles.Feeds(RenderTestSite.Model(document)), "feed.xml")).Items);

        Assert.Equal("Zápis s řídicím znakem 😀", entry.Title.Text);
    }

    [Fact]
    public void The_file_is_utf8_without_a_byte_order_mark_and_ends_with_a_newline()
    {
        var bytes = FeedFiles.Bytes(FeedFiles.At(FeedFiles.Feeds(Site), "feed.xml"));

        Assert.Equal((byte)'<', bytes[0]);
        Assert.Equal((byte)'\n', bytes[^1]);
        var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>", text);
        Assert.Contains("Zápis ze seniorů", text);
    }

    [Fact]
    public void Writing_a_feed_twice_gives_the_same_bytes()
    {
        var feed = FeedFiles.At(FeedFiles.Feeds(Site), "zatec/feed.xml");

        Assert.Equal(FeedFiles.Bytes(feed), FeedFiles.Bytes(FeedFiles.At(FeedFiles.Feeds(RenderTestSite.Model(Prevention, Seniors, Debts, ZatecNews)), "zatec/feed.xml")));
    }

    [Theory]
    [InlineData("2024-03-30", 1)]
    // The last Sunday of March: the clocks change at 02:00, after midnight.
    [InlineData("2024-03-31", 1)]
    [InlineData("2024-04-01", 2)]
    [InlineData("2024-10-26", 2)]
    // The last Sunday of October: midnight is still summer time.
    [InlineData("2024-10-27", 2)]
    [InlineData("2024-10-28", 1)]
    [InlineData("2021-01-01", 1)]
    [InlineData("2021-07-01", 2)]
    public void A_day_starts_at_czech_midnight(string day, int offsetHours)
    {
        var date = DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture);

        var midnight = CzechMidnight.Of(date);

        Assert.Equal(date.ToDateTime(TimeOnly.MinValue), midnight.DateTime);
        Assert.Equal(TimeSpan.FromHours(offsetHours), midnight.Offset);
        // The same as the time-zone data of this machine says, where it has them.
        if (TimeZoneInfo.TryFindSystemTimeZoneById("Europe/Prague", out var prague))
            Assert.Equal(prague.GetUtcOffset(midnight), midnight.Offset);
    }

    private static IReadOnlyList<string> EntryUrls(string path) =>
        Feed(path).Items.Select(e => e.Links.Single().Uri.AbsolutePath).ToList();
}
