using System.Text;
using Ical.Net.CalendarComponents;
using Publisher.Core.Extensions.Calendar;
using Publisher.Core.Model;
using Publisher.Tests.Support;
using static Publisher.Tests.Support.TestContent;

namespace Publisher.Tests.Feeds;

public class MeetingCalendarTests
{
    private static Document Announcing(string title, string date, string next, string groupId = "seniori", Region? region = null, string? place = null)
    {
        var parts = next.Split(' ');
        var when = new MeetingTime(DateOnly.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture),
            parts.Length > 1 ? TimeOnly.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture) : null);
        return Doc(title, date, region: region, groupId: groupId) with { NextMeeting = when, Place = place };
    }

    private static readonly Document Summer = Announcing("Zápis z června", "2024-06-12", "2024-07-10 14:00", place: "Radnice Žatec");
    private static readonly Document Winter = Announcing("Zápis z prosince", "2023-12-06", "2024-01-10 14:00", groupId: "socialni-prevence");
    private static readonly Document AllDay = Announcing("Zápis o dluzích", "2024-02-01", "2024-03-05", groupId: "dluhy", region: Chomutov);
    private static readonly Document WithoutNext = Doc("Zápis bez dalšího jednání", "2024-05-05");

    private static readonly SiteModel Site = RenderTestSite.Model(Summer, Winter, AllDay, WithoutNext);

    private static Ical.Net.Calendar Calendar(SiteModel site, string path) => FeedFiles.Ics(FeedFiles.At(FeedFiles.Calendars(site), path));

    private static string Text(SiteModel site, string path) => Encoding.UTF8.GetString(FeedFiles.Bytes(FeedFiles.At(FeedFiles.Calendars(site), path)));

    private static CalendarEvent EventOf(SiteModel site, Document announcing) =>
        Calendar(site, "kalendar.ics").Events.Single(e => e.Url!.AbsolutePath == announcing.Url);

    [Fact]
    public void A_timed_meeting_starts_at_its_hour_in_prague_in_summer_and_in_winter()
    {
        var summer = EventOf(Site, Summer);
        var winter = EventOf(Site, Winter);

        Assert.Equal("Europe/Prague", summer.DtStart!.TzId);
        Assert.Equal(new DateTime(2024, 7, 10, 12, 0, 0, DateTimeKind.Utc), summer.DtStart.AsUtc);
        Assert.Equal(new DateTime(2024, 7, 10, 14, 0, 0, DateTimeKind.Utc), summer.DtEnd!.AsUtc);
        Assert.Equal(new DateTime(2024, 1, 10, 13, 0, 0, DateTimeKind.Utc), winter.DtStart!.AsUtc);
        Assert.Equal(new DateTime(2024, 1, 10, 15, 0, 0, DateTimeKind.Utc), winter.DtEnd!.AsUtc);
    }

    [Fact]
    public void A_meeting_announced_without_an_hour_is_an_all_day_event()
    {
        var meeting = EventOf(Site, AllDay);

        Assert.False(meeting.DtStart!.HasTime);
        Assert.Equal(new DateOnly(2024, 3, 5), meeting.DtStart.Date);
        Assert.Equal(new DateOnly(2024, 3, 6), meeting.DtEnd!.Date);
        Assert.Contains("DTSTART;VALUE=DATE:20240305\r\n", Text(Site, "kalendar.ics"));
    }

    [Fact]
    public void An_event_names_its_group_place_and_the_minutes_that_announced_it()
    {
        var meeting = EventOf(Site, Summer);

        Assert.Equal("Jednání pracovní skupiny Senioři (Žatec)", meeting.Summary);
        Assert.Equal("Radnice Žatec", meeting.Location);
        Assert.Equal("https://zapisy.example.cz" + Summer.Url, meeting.Url!.ToString());
        Assert.Contains("„Zápis z června“ ze dne 12. června 2024", meeting.Description);
        Assert.Contains("https://zapisy.example.cz" + Summer.Url, meeting.Description);
        Assert.Contains("Místo je převzato ze zápisu", meeting.Description);
        // Stamped with the day of the minutes, not of the build.
        Assert.Equal(new DateTime(2024, 6, 12, 0, 0, 0, DateTimeKind.Utc), meeting.DtStamp!.AsUtc);
        Assert.Null(EventOf(Site, AllDay).Location);
        Assert.DoesNotContain("Místo", EventOf(Site, AllDay).Description);
    }

    [Fact]
    public void Uids_are_made_from_the_group_and_day_of_the_meeting()
    {
        Assert.Equal("20240710.zatec.seniori@zapisy.example.cz", EventOf(Site, Summer).Uid);
        Assert.Equal("20240305.chomutov.dluhy@zapisy.example.cz", EventOf(Site, AllDay).Uid);
        var calendar = Calendar(Site, "kalendar.ics");
        Assert.Equal(calendar.Events.Count, calendar.Events.Select(e => e.Uid).Distinct().Count());
    }

    [Fact]
    public void A_meeting_announced_twice_is_one_event_as_the_newest_minutes_announce_it()
    {
        var first = Announcing("Zápis z května", "2024-05-15", "2024-07-10 13:00", place: "Stará radnice");
        var site = RenderTestSite.Model(first, Summer);

        var meeting = Assert.Single(Calendar(site, "kalendar.ics").Events);

        Assert.Equal(Summer.Url, meeting.Url!.AbsolutePath);
        Assert.Equal(new DateTime(2024, 7, 10, 12, 0, 0, DateTimeKind.Utc), meeting.DtStart!.AsUtc);
        Assert.Equal("Radnice Žatec", meeting.Location);
        Assert.Single(Calendar(site, "zatec/kalendar.ics").Events);
        Assert.Single(Calendar(site, "zatec/seniori/kalendar.ics").Events);
    }

    [Fact]
    public void Meetings_of_two_groups_on_one_day_are_two_events()
    {
        var other = Announcing("Zápis prevence", "2024-06-13", "2024-07-10 14:00", groupId: "socialni-prevence");

        var events = Calendar(RenderTestSite.Model(Summer, other), "kalendar.ics").Events;

        Assert.Equal(2, events.Count);
    }

    [Fact]
    public void Region_and_group_calendars_hold_exactly_their_meetings()
    {
        Assert.Equal([Winter.Url, Summer.Url], Urls("zatec/kalendar.ics"));
        Assert.Equal([Summer.Url], Urls("zatec/seniori/kalendar.ics"));
        Assert.Equal([Winter.Url], Urls("zatec/socialni-prevence/kalendar.ics"));
        Assert.Equal([AllDay.Url], Urls("chomutov/kalendar.ics"));
        Assert.Empty(Urls("jindrichuv-hradec/kalendar.ics"));
        // Soonest first in the file.
        Assert.Equal([Winter.Url, AllDay.Url, Summer.Url], Urls("kalendar.ics"));

        IReadOnlyList<string> Urls(string path) => Calendar(Site, path).Events.Select(e => e.Url!.AbsolutePath).ToList();
    }

    [Fact]
    public void Past_meetings_stay_in_the_calendar()
    {
        Assert.True(PinnedBuildDay.Today < new DateOnly(2024, 1, 1));
        var past = Announcing("Starý zápis", "2010-03-01", "2010-04-01 10:00");

        var meeting = Assert.Single(Calendar(RenderTestSite.Model(past), "kalendar.ics").Events);

        Assert.Equal(new DateTime(2010, 4, 1, 8, 0, 0, DateTimeKind.Utc), meeting.DtStart!.AsUtc);
    }

    [Fact]
    public void A_calendar_has_its_version_product_name_and_the_prague_time_zone()
    {
        var text = Text(Site, "zatec/seniori/kalendar.ics");
        var calendar = FeedFiles.Ics(Encoding.UTF8.GetBytes(text));

        Assert.StartsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:", text);
        Assert.EndsWith("END:VCALENDAR\r\n", text);
        Assert.Equal("2.0", calendar.Version);
        Assert.Contains("zapisy.example.cz", calendar.ProductId);
        var zone = Assert.Single(calendar.TimeZones);
        Assert.Equal("Europe/Prague", zone.TzId);
        Assert.Contains("RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\n", text);
        Assert.Contains("RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\n", text);
        Assert.Contains("X-WR-CALNAME:Senioři (Žatec) – Zápisy KPSS\r\n", text);
    }

    [Fact]
    public void An_empty_calendar_is_still_a_valid_calendar()
    {
        var text = Text(Site, "jindrichuv-hradec/seniori/kalendar.ics");
        var calendar = FeedFiles.Ics(Encoding.UTF8.GetBytes(text));

        Assert.Empty(calendar.Events);
        // RFC 5545 wants at least one component: the time zone is always there.
        Assert.Single(calendar.TimeZones);
    }

    [Fact]
    public void A_long_czech_place_is_folded_into_lines_of_at_most_75_octets_and_read_back_intact()
    {
        var place = string.Concat(Enumerable.Repeat("Městský úřad Jindřichův Hradec, zasedací místnost č. 215 (2. patro) – vchod ze dvora; ", 4)).Trim();
        var site = RenderTestSite.Model(Summer with { Place = place });

        var bytes = FeedFiles.Bytes(FeedFiles.At(FeedFiles.Calendars(site), "kalendar.ics"));

        foreach (var line in Lines(bytes))
        {
            Assert.True(line.Length <= 75, $"{line.Length} octets: {Encoding.UTF8.GetString(line)}");
            // Every line is whole UTF-8 by itself: no character is cut between lines.
            new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(line);
        }
        Assert.Contains(Lines(bytes), line => line.Length > 0 && line[0] == (byte)' ');
        Assert.Equal(place, Assert.Single(FeedFiles.Ics(bytes).Events).Location);
    }

    [Fact]
    public void Semicolons_commas_backslashes_and_line_breaks_are_escaped_and_read_back()
    {
        const string place = "Sál A; budova B, patro \\2\nvchod\r\nze dvora";
        var site = RenderTestSite.Model(Summer with { Place = place });

        var text = Text(site, "kalendar.ics");

        Assert.Contains(@"LOCATION:Sál A\; budova B\, patro \\2\nvchod\nze dvora" + "\r\n", text);
        Assert.Equal("Sál A; budova B, patro \\2\nvchod\nze dvora", Assert.Single(FeedFiles.Ics(Encoding.UTF8.GetBytes(text)).Events).Location);
    }

    [Fact]
    public void Hostile_titles_places_and_group_names_are_read_back_as_written()
    {
        const string hostile = "<script>alert(1)</script> & „test“";
        var region = Region("zly-region", "Region " + hostile, ("zla-skupina", "Skupina; " + hostile + ", \\ konec"));
        var document = Announcing("Zápis", "2024-06-12", "2024-07-10 14:00", groupId: "zla-skupina", region: region, place: "Místo " + hostile) with { Title = hostile };
        var site = SiteModelBuilder.Build(RenderTestSite.Settings, new RegionCatalog([region]), [document], PinnedBuildDay.Today);

        var meeting = Assert.Single(Calendar(site, "kalendar.ics").Events);

        Assert.Equal("Jednání pracovní skupiny Skupina; " + hostile + ", \\ konec (Region " + hostile + ")", meeting.Summary);
        Assert.Equal("Místo " + hostile, meeting.Location);
        Assert.Contains("„" + hostile + "“", meeting.Description);
        Assert.Single(Calendar(site, "zly-region/zla-skupina/kalendar.ics").Events);
    }

    [Fact]
    public void Control_characters_text_cannot_hold_are_left_out()
    {
        Assert.Equal(@"a\nb	c", ContentLines.EscapeText("a\rb\tc\u0007"));
    }

    private static IEnumerable<byte[]> Lines(byte[] bytes)
    {
        var start = 0;
        for (var i = 0; i + 1 < bytes.Length; i++)
        {
            if (bytes[i] != '\r' || bytes[i + 1] != '\n') continue;
            yield return bytes[start..i];
            start = i + 2;
        }
    }
}
