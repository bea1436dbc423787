using System.Globalization;
using Publisher.Core.Model;

namespace Publisher.Core.Extensions.Calendar;

/// <summary>A next meeting as a document announced it (<c>next_meeting</c>), with the document that announced it.</summary>
public sealed record AnnouncedMeeting(Document AnnouncedIn, MeetingTime When)
{
    public Region Region => AnnouncedIn.Region;

    public WorkingGroup? Group => AnnouncedIn.Group;

    /// <summary>
    /// The meeting's identity: its region, group and day. Ids are slugs, which never hold a dot, so no two meetings
    /// share one. A meeting announced again, even at another hour, keeps its id, so a calendar that shows it updates it.
    /// </summary>
    /// <remarks>Made once: meetings are told apart and sorted by it, on every calendar of the site.</remarks>
    public string Key { get; } = $"{When.Date.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}.{AnnouncedIn.Region.Id}"
        + (AnnouncedIn.Group is { } group ? $".{group.Id}" : "");
}

/// <summary>The meetings a calendar publishes.</summary>
public static class AnnouncedMeetings
{
    /// <summary>
    /// A calendar holds the newest meetings, enough for years of a group's meetings, so that the site's calendar
    /// stays small on an archive of any size.
    /// </summary>
    public const int MaxMeetings = 500;

    /// <summary>
    /// The meetings announced by <paramref name="newestFirst"/>, each once, the <see cref="MaxMeetings"/> latest,
    /// soonest first. A meeting announced by several documents is published as the newest of them announced it.
    /// </summary>
    /// <remarks>
    /// Past meetings stay: a subscribed calendar mirrors the published file, so a meeting left out of it would vanish
    /// from every subscriber's calendar once it took place, and it is still a correct record of when the group met.
    /// This also keeps the file the same from one day to the next: it changes only when the content does.
    /// </remarks>
    /// <param name="newestFirst">Documents in the model's order, newest first.</param>
    public static IReadOnlyList<AnnouncedMeeting> Of(IEnumerable<Document> newestFirst)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var meetings = new List<AnnouncedMeeting>();
        foreach (var document in newestFirst)
        {
            if (document.NextMeeting is not { } when) continue;
            var meeting = new AnnouncedMeeting(document, when);
            if (seen.Add(meeting.Key)) meetings.Add(meeting);
        }
        return meetings
            .OrderByDescending(m => m.When.Date)
            .ThenBy(m => m.Key, StringComparer.Ordinal)
            .Take(MaxMeetings)
            .OrderBy(m => m.When.Date)
            .ThenBy(m => m.When.Time ?? TimeOnly.MinValue)
            .ThenBy(m => m.Key, StringComparer.Ordinal)
            .ToList();
    }
}
