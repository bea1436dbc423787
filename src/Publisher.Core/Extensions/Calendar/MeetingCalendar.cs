using Publisher.Core.Model;

namespace Publisher.Core.Extensions.Calendar;

/// <summary>One iCalendar file: the announced meetings of the site, a region or a working group.</summary>
/// <param name="Url">The file's address ("/zatec/kalendar.ics").</param>
/// <param name="Name">The calendar's name in a calendar application.</param>
public sealed record MeetingCalendar(string Url, string Name, IReadOnlyList<AnnouncedMeeting> Meetings)
{
    public const string FileName = "kalendar.ics";

    public const string SiteUrl = "/" + FileName;

    /// <param name="pageUrl">The page that lists the documents the meetings are announced in; the file is next to it.</param>
    /// <param name="newestFirst">Those documents, newest first, as the model's lists keep them.</param>
    public static MeetingCalendar Of(string pageUrl, string name, IEnumerable<Document> newestFirst) =>
        new(UrlBeside(pageUrl), name, AnnouncedMeetings.Of(newestFirst));

    /// <summary>The address of the calendar next to the page at <paramref name="pageUrl"/>.</summary>
    public static string UrlBeside(string pageUrl) => pageUrl + FileName;

    public static string RegionUrl(Region region) => UrlBeside(region.Url);

    public static string GroupUrl(WorkingGroup group) => UrlBeside(group.Url);
}
