namespace Publisher.Core.Extensions.Calendar;

/// <summary>
/// The time zone every meeting's time is given in, as the VTIMEZONE component a calendar that names it must carry
/// (RFC 5545, 3.6.5): central European time, with summer time from the last Sunday of March to the last Sunday of
/// October, the changes at 02:00 and 03:00 local time.
/// </summary>
public static class PragueTimeZone
{
    public const string Id = "Europe/Prague";

    /// <summary>The rules' first changes: the start rule has held since 1981, the end rule since 1996.</summary>
    public static void Write(ContentLines lines)
    {
        lines.Write("BEGIN", "VTIMEZONE");
        lines.Write("TZID", Id);
        lines.Write("BEGIN", "DAYLIGHT");
        lines.Write("TZOFFSETFROM", "+0100");
        lines.Write("TZOFFSETTO", "+0200");
        lines.Write("TZNAME", "CEST");
        lines.Write("DTSTART", "19810329T020000");
        lines.Write("RRULE", "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU");
        lines.Write("END", "DAYLIGHT");
        lines.Write("BEGIN", "STANDARD");
        lines.Write("TZOFFSETFROM", "+0200");
        lines.Write("TZOFFSETTO", "+0100");
        lines.Write("TZNAME", "CET");
        lines.Write("DTSTART", "19961027T030000");
        lines.Write("RRULE", "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU");
        lines.Write("END", "STANDARD");
        lines.Write("END", "VTIMEZONE");
    }
}
