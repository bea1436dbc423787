using System.Globalization;
using Publisher.Core.Czech;
using Publisher.Core.Model;
using Publisher.Core.Theming;

namespace Publisher.Core.Extensions.Calendar;

/// <summary>
/// Writes a <see cref="MeetingCalendar"/> as an iCalendar file (RFC 5545), one VEVENT per meeting, line by line to
/// the stream. Nothing in it depends on the day of the build: the stamps come from the documents.
/// </summary>
public static class CalendarWriter
{
    /// <summary>How long a meeting is shown in a calendar when only its start is announced.</summary>
    public static readonly TimeSpan TimedMeetingLength = TimeSpan.FromHours(2);

    private const string Summary = "calendar.summary";
    private const string RegionSummary = "calendar.region_summary";
    private const string Announced = "calendar.announced";
    private const string PlaceNote = "calendar.place_note";

    public static IReadOnlyList<string> TextKeys { get; } = [Summary, RegionSummary, Announced, PlaceNote];

    public static void Write(Stream stream, MeetingCalendar calendar, SiteSettings site, UiTexts texts)
    {
        var lines = new ContentLines(stream);
        var host = HostOf(site);
        lines.Write("BEGIN", "VCALENDAR");
        lines.Write("VERSION", "2.0");
        lines.Write("PRODID", $"-//{host}//Publisher//CS");
        lines.Write("CALSCALE", "GREGORIAN");
        lines.Write("METHOD", "PUBLISH");
        lines.WriteText("NAME", calendar.Name);
        lines.WriteText("X-WR-CALNAME", calendar.Name);
        lines.Write("X-WR-TIMEZONE", PragueTimeZone.Id);
        // Minutes are published a few times a month: twice a day is often enough for a subscriber to see them soon.
        lines.Write("REFRESH-INTERVAL;VALUE=DURATION", "PT12H");
        lines.Write("X-PUBLISHED-TTL", "PT12H");
        // Always written: a calendar must hold at least one component, and one without meetings is subscribed to as well.
        PragueTimeZone.Write(lines);
        foreach (var meeting in calendar.Meetings)
            WriteEvent(lines, meeting, host, site, texts);
        lines.Write("END", "VCALENDAR");
    }

    private static void WriteEvent(ContentLines lines, AnnouncedMeeting meeting, string host, SiteSettings site, UiTexts texts)
    {
        var document = meeting.AnnouncedIn;
        var url = site.Absolute(document.Url);
        lines.Write("BEGIN", "VEVENT");
        lines.Write("UID", $"{meeting.Key}@{host}");
        // When the event was last announced: the day of the document that announced it, at midnight UTC.
        lines.Write("DTSTAMP", Day(document.Date) + "T000000Z");
        if (meeting.When.Time is { } time)
        {
            var start = meeting.When.Date.ToDateTime(time);
            lines.Write($"DTSTART;TZID={PragueTimeZone.Id}", LocalTime(start));
            lines.Write($"DTEND;TZID={PragueTimeZone.Id}", LocalTime(start + TimedMeetingLength));
        }
        else
        {
            lines.Write("DTSTART;VALUE=DATE", Day(meeting.When.Date));
            lines.Write("DTEND;VALUE=DATE", Day(meeting.When.Date.AddDays(1)));
        }
        lines.WriteText("SUMMARY", meeting.Group is { } group
            ? texts.Format(Summary, ("group", group.Name), ("region", meeting.Region.Name))
            : texts.Format(RegionSummary, ("region", meeting.Region.Name)));
        var description = texts.Format(Announced, ("title", document.Title), ("date", CzechCulture.FormatDate(document.Date))) + "\n" + url;
        // The front matter gives the place of the meeting the minutes record, not of the next one. Working groups
        // mostly meet where they met before, and a calendar entry with a place is the more useful one, so the place
        // is given, and the description says where it comes from and links the minutes that may say otherwise.
        if (document.Place is { } place)
        {
            lines.WriteText("LOCATION", place);
            description += "\n" + texts.Get(PlaceNote);
        }
        lines.Write("URL", url);
        lines.WriteText("DESCRIPTION", description);
        lines.Write("END", "VEVENT");
    }

    private static string Day(DateOnly date) => date.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    private static string LocalTime(DateTime time) => time.ToString("yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture);

    /// <summary>The site's host, which makes the events' ids unique beyond this site (RFC 5545, 3.8.4.7).</summary>
    private static string HostOf(SiteSettings site) =>
        Uri.TryCreate(site.BaseUrl, UriKind.Absolute, out var uri) && uri.IdnHost.Length > 0 ? uri.IdnHost : "publisher";
}
