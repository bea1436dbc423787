namespace Publisher.Core.Extensions.Feeds;

/// <summary>
/// The start of a day in Czech time, with its offset from UTC: a feed dates an entry from its document's day, and a
/// reader shows it on that day wherever it is. Computed from the rule itself, not from the machine's time-zone data,
/// so every machine writes the same feed.
/// </summary>
public static class CzechMidnight
{
    private static readonly TimeSpan Winter = TimeSpan.FromHours(1);
    private static readonly TimeSpan Summer = TimeSpan.FromHours(2);

    public static DateTimeOffset Of(DateOnly day) =>
        new(day.ToDateTime(TimeOnly.MinValue), IsSummer(day) ? Summer : Winter);

    /// <summary>
    /// Summer time runs from the last Sunday of March to the last Sunday of October (the EU rule, in force since 1996;
    /// before that it ended in September, a month that feeds of older documents may date an hour off). The clocks
    /// change in the small hours, so midnight of either Sunday still has the offset of the day before.
    /// </summary>
    private static bool IsSummer(DateOnly day) => day > LastSunday(day.Year, 3) && day <= LastSunday(day.Year, 10);

    private static DateOnly LastSunday(int year, int month)
    {
        var last = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        return last.AddDays(-(int)last.DayOfWeek);
    }
}
