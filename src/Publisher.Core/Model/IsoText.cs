using System.Globalization;

namespace Publisher.Core.Model;

/// <summary>
/// Machine-readable dates and times (URLs, <c>datetime</c> attributes, open data), always in the
/// Gregorian calendar with ':' as separator, whatever the culture of the machine that builds.
/// </summary>
public static class IsoText
{
    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Time(TimeOnly time) => time.ToString("HH':'mm", CultureInfo.InvariantCulture);

    /// <param name="separator">"T" for HTML and ISO 8601, " " for the front-matter form "YYYY-MM-DD HH:MM".</param>
    public static string Meeting(MeetingTime meeting, string separator) =>
        meeting.Time is { } time ? Date(meeting.Date) + separator + Time(time) : Date(meeting.Date);
}
