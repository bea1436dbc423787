using System.Globalization;

namespace Publisher.Core.Build;

/// <summary>
/// The day a build is made, which decides what the site announces as upcoming. It is the Czech calendar day of
/// the moment in <c>SOURCE_DATE_EPOCH</c> when that is set (the reproducible-builds convention, so two builds of
/// one commit stay byte-identical), and of the current moment otherwise.
/// </summary>
public static class BuildDay
{
    public const string SourceDateEpochVariable = "SOURCE_DATE_EPOCH";

    /// <summary>A day before the end of the representable calendar, so the shift to Czech time cannot overflow.</summary>
    private static readonly long LatestSeconds = DateTimeOffset.MaxValue.ToUnixTimeSeconds() - 86_400;

    /// <exception cref="BuildDayException"><paramref name="sourceDateEpoch"/> is set but is not a number of seconds.</exception>
    public static DateOnly Of(string? sourceDateEpoch, DateTimeOffset now)
    {
        var moment = now;
        if (!string.IsNullOrWhiteSpace(sourceDateEpoch))
        {
            if (!long.TryParse(sourceDateEpoch.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
                || seconds > LatestSeconds)
                throw new BuildDayException(BuildMessages.NotSecondsSinceEpoch(SourceDateEpochVariable, sourceDateEpoch));
            moment = DateTimeOffset.FromUnixTimeSeconds(seconds);
        }
        return InCzechTime(moment);
    }

    /// <summary>The Czech calendar day of a moment (a commit's time, say).</summary>
    public static DateOnly InCzechTime(DateTimeOffset moment) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(moment, CzechTime).DateTime);

    /// <summary>The site's readers live in Czech time; a machine without time-zone data builds with UTC, at most two hours off.</summary>
    private static TimeZoneInfo CzechTime { get; } =
        TimeZoneInfo.TryFindSystemTimeZoneById("Europe/Prague", out var zone) ? zone : TimeZoneInfo.Utc;
}
