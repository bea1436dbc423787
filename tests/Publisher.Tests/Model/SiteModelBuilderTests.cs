using Publisher.Core.Model;
using static Publisher.Tests.Support.TestContent;

namespace Publisher.Tests.Model;

public class SiteModelBuilderTests
{
    private static readonly SiteSettings Settings = Support.RenderTestSite.Settings;

    private static readonly DateOnly Today = Support.PinnedBuildDay.Today;

    private static SiteModel Build(params Document[] documents) => SiteModelBuilder.Build(Settings, Catalog(), documents, Today);

    private static Document WithTags(Document document, params string[] names) =>
        document with { Tags = names.Select(n => new Tag(n, Slug.From(n), UrlScheme.Tag(Slug.From(n)))).ToList() };

    [Fact]
    public void Documents_are_newest_first()
    {
        var old = Doc("Starý", "2020-01-01");
        var newest = Doc("Nejnovější", "2021-05-05");
        var middle = Doc("Prostřední", "2020-06-01");

        var site = Build(old, newest, middle);

        Assert.Equal([newest, middle, old], site.Documents);
        Assert.Same(Settings, site.Settings);
    }

    [Fact]
    public void Same_day_is_ordered_by_time_latest_first_and_untimed_last()
    {
        var morning = Doc("Ráno", "2020-06-10", time: "09:00");
        var afternoon = Doc("Odpoledne", "2020-06-10", time: "14:00");
        var untimed = Doc("Bez času", "2020-06-10");

        var site = Build(untimed, morning, afternoon);

        Assert.Equal([afternoon, morning, untimed], site.Documents);
    }

    [Fact]
    public void Same_day_and_time_is_ordered_by_title_in_czech_order()
    {
        var chomutov = Doc("Chomutov", "2020-06-10");
        var hradec = Doc("Hradec", "2020-06-10");
        var cesky = Doc("Český Krumlov", "2020-06-10");
        var cheb = Doc("Cheb", "2020-06-10");

        var site = Build(chomutov, cheb, hradec, cesky);

        Assert.Equal(["Český Krumlov", "Hradec", "Cheb", "Chomutov"], site.Documents.Select(d => d.Title));
    }

    [Fact]
    public void Order_does_not_depend_on_input_order()
    {
        var documents = new[]
        {
            Doc("A", "2020-01-01"), Doc("B", "2020-01-01"), Doc("C", "2019-01-01", groupId: null), Doc("D", "2021-01-01", time: "10:00"),
        };

        var forward = Build(documents).Documents.Select(d => d.Url);
        var backward = Build(documents.Reverse().ToArray()).Documents.Select(d => d.Url);

        Assert.Equal(forward, backward);
    }

    [Fact]
    public void Indexes_by_region_group_year_and_type_keep_newest_first()
    {
        var z1 = Doc("Z1", "2019-03-01");
        var z2 = Doc("Z2", "2020-03-01", groupId: "socialni-prevence");
        var z3 = Doc("Z3", "2020-05-01", DocumentType.News, groupId: null);
        var c1 = Doc("C1", "2020-04-01", region: Chomutov, groupId: "dluhy");

        var site = Build(z1, z2, z3, c1);
        var index = site.Index;

        Assert.Equal([z3, z2, z1], index.OfRegion(Zatec));
        Assert.Equal([c1], index.OfRegion(Chomutov));
        Assert.Empty(index.OfRegion(JindrichuvHradec));
        Assert.Equal([z1], index.OfGroup(Zatec.FindGroup("seniori")!));
        Assert.Equal([z2], index.OfGroup(Zatec.FindGroup("socialni-prevence")!));
        Assert.Empty(index.OfGroup(JindrichuvHradec.FindGroup("seniori")!));
        Assert.Equal([2020, 2019], index.Years);
        Assert.Equal([z3, c1, z2], index.ByYear[2020]);
        Assert.Equal([z1], index.ByYear[2019]);
        Assert.Equal([z3], index.OfType(DocumentType.News));
        Assert.Equal([c1, z2, z1], index.OfType(DocumentType.Minutes));
        Assert.Empty(index.OfType(DocumentType.Plan));
    }

    [Fact]
    public void Regions_of_the_model_are_in_czech_order()
    {
        var regions = new RegionCatalog([Zatec, Region("hradec", "Hradec Králové"), Chomutov, Region("ivancice", "Ivančice")]);

        var site = SiteModelBuilder.Build(Settings, regions, [], Today);

        Assert.Equal(["Hradec Králové", "Chomutov", "Ivančice", "Žatec"], site.Regions.Regions.Select(r => r.Name));
        Assert.Empty(site.Documents);
        Assert.Empty(site.Index.Years);
        Assert.Empty(site.Index.Tags);
    }

    [Fact]
    public void Tags_that_differ_in_case_share_one_page()
    {
        var first = WithTags(Doc("První", "2020-01-01"), "Bydlení", "dluhy");
        var second = WithTags(Doc("Druhý", "2020-02-01"), "bydlení");

        var site = Build(first, second);

        Assert.Equal(["bydleni", "dluhy"], site.Index.Tags.Select(t => t.Tag.Slug));
        var housing = site.Index.Tags[0];
        Assert.Equal("/stitky/bydleni/", housing.Tag.Url);
        // One display name for the page: the spelling that comes first in Czech order (lower case first).
        Assert.Equal("bydlení", housing.Tag.Name);
        Assert.Equal([second, first], housing.Documents);
        Assert.Equal([first], site.Index.Tags[1].Documents);
    }

    [Fact]
    public void Tag_pages_are_in_czech_order()
    {
        var document = WithTags(Doc("Zápis", "2020-01-01"), "zaměstnanost", "chudoba", "hry", "cizinci", "čeština");

        var site = Build(document);

        Assert.Equal(["cizinci", "čeština", "hry", "chudoba", "zaměstnanost"], site.Index.Tags.Select(t => t.Tag.Name));
    }

    [Fact]
    public void Meeting_neighbours_are_the_previous_and_next_minutes_of_the_same_group()
    {
        var january = Doc("Leden", "2020-01-15");
        var march = Doc("Březen", "2020-03-15");
        var may = Doc("Květen", "2020-05-15");
        var news = Doc("Aktualita", "2020-04-01", DocumentType.News);
        var otherGroup = Doc("Jiná skupina", "2020-02-15", groupId: "socialni-prevence");
        var otherRegion = Doc("Jiný region", "2020-02-20", region: JindrichuvHradec, groupId: "seniori");

        var site = Build(may, news, january, otherGroup, march, otherRegion);
        var index = site.Index;

        Assert.Equal(new MeetingNeighbours(january, may), index.NeighboursOf(march));
        Assert.Equal(new MeetingNeighbours(null, march), index.NeighboursOf(january));
        Assert.Equal(new MeetingNeighbours(march, null), index.NeighboursOf(may));
        Assert.Equal(MeetingNeighbours.None, index.NeighboursOf(news));
        Assert.Equal(MeetingNeighbours.None, index.NeighboursOf(otherGroup));
        // "seniori" of another region is another working group.
        Assert.Equal(MeetingNeighbours.None, index.NeighboursOf(otherRegion));
    }

    [Fact]
    public void Documents_without_group_have_no_neighbours()
    {
        var news = Doc("Aktualita", "2020-04-01", DocumentType.News, groupId: null);

        var site = Build(news, Doc("Zápis", "2020-05-01"));

        Assert.Same(MeetingNeighbours.None, site.Index.NeighboursOf(news));
    }

    [Fact]
    public void Announcements_are_the_documents_with_a_next_meeting_soonest_meeting_first()
    {
        var a = Doc("A", "2020-01-10") with { NextMeeting = new MeetingTime(new DateOnly(2020, 3, 1), new TimeOnly(10, 0)) };
        var b = Doc("B", "2020-02-10") with { NextMeeting = new MeetingTime(new DateOnly(2020, 3, 1), new TimeOnly(14, 0)) };
        var c = Doc("C", "2020-02-20") with { NextMeeting = new MeetingTime(new DateOnly(2020, 4, 1), null) };
        var d = Doc("D", "2020-02-25") with { NextMeeting = new MeetingTime(new DateOnly(2020, 3, 1), null) };
        var none = Doc("E", "2020-05-01");

        var site = Build(a, none, b, c, d);

        Assert.Equal([d, a, b, c], site.Index.Announcements);
    }

    [Fact]
    public void Only_meetings_on_or_after_the_build_day_are_announced()
    {
        var past = Doc("A", "2020-01-10") with { NextMeeting = new MeetingTime(new DateOnly(2020, 2, 29), new TimeOnly(23, 59)) };
        var sameDay = Doc("B", "2020-02-10") with { NextMeeting = new MeetingTime(new DateOnly(2020, 3, 1), new TimeOnly(8, 0)) };
        var later = Doc("C", "2020-02-20") with { NextMeeting = new MeetingTime(new DateOnly(2021, 1, 5), null) };

        var site = SiteModelBuilder.Build(Settings, Catalog(), [past, sameDay, later], new DateOnly(2020, 3, 1));

        Assert.Equal([sameDay, later], site.Index.Announcements);
    }
}
