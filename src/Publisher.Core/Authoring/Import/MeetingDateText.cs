using System.Globalization;
using System.Text.RegularExpressions;
using Publisher.Core.Czech;

namespace Publisher.Core.Authoring.Import;

/// <summary>A date found in a text, and where in the text it ends.</summary>
public sealed record FoundDate(DateOnly Date, int End);

/// <summary>A time found in a text, and where in the text it ends.</summary>
public sealed record FoundTime(TimeOnly Time, int End);

/// <summary>
/// Dates and times as Czech minutes write them: "4. 3. 2022", "10.06.2020", "29. března 2018", "17. únor 2020";
/// "14:00", "12.30 hod.", "v 14 hodin".
/// </summary>
public static partial class MeetingDateText
{
    /// <summary>The first real date in <paramref name="text"/> from <paramref name="start"/> on, or null.</summary>
    public static FoundDate? FindDate(string text, int start = 0)
    {
        for (var match = DatePattern().Match(text, start); match.Success; match = match.NextMatch())
        {
            var day = int.Parse(match.Groups["day"].ValueSpan, CultureInfo.InvariantCulture);
            var year = int.Parse(match.Groups["year"].ValueSpan, CultureInfo.InvariantCulture);
            var month = match.Groups["month"].Success
                ? int.Parse(match.Groups["month"].ValueSpan, CultureInfo.InvariantCulture)
                : CzechDateText.MonthNumber(match.Groups["name"].Value);
            if (month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month))
                return new FoundDate(new DateOnly(year, month, day), match.Index + match.Length);
        }
        return null;
    }

    /// <summary>The first time of day in <paramref name="text"/> from <paramref name="start"/> on, or null.</summary>
    public static FoundTime? FindTime(string text, int start = 0)
    {
        var match = TimePattern().Match(text, start);
        if (!match.Success) return null;
        var hour = int.Parse(match.Groups["hour"].ValueSpan, CultureInfo.InvariantCulture);
        var minute = match.Groups["minute"].Success ? int.Parse(match.Groups["minute"].ValueSpan, CultureInfo.InvariantCulture) : 0;
        return new FoundTime(new TimeOnly(hour, minute), match.Index + match.Length);
    }

    [GeneratedRegex(@"(?<![\d.])(?<day>\d{1,2})\.\s*(?:(?<month>\d{1,2})\.|(?<name>\p{L}+))\s*(?<year>\d{4})(?!\d)")]
    private static partial Regex DatePattern();

    /// <summary>"14:00", or with a dot or a whole hour only when "hod." follows, so that "1.5" or "3 body" are no times.</summary>
    [GeneratedRegex(@"(?<![\d.:])(?<hour>[01]?\d|2[0-3])(?::(?<minute>[0-5]\d)|\.(?<minute>[0-5]\d)(?=\s*hod)|(?=\s*hod))(?:\s*hod(?:in|\.)?)?", RegexOptions.IgnoreCase)]
    private static partial Regex TimePattern();
}
