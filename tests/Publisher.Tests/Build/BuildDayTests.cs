using Publisher.Core.Build;

namespace Publisher.Tests.Build;

public sealed class BuildDayTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 29, 22, 30, 0, TimeSpan.Zero);

    [Fact]
    public void Without_SOURCE_DATE_EPOCH_the_day_is_todays_date_in_Czech_time()
    {
        // 22:30 UTC on 29 November is 23:30 in Prague (CET, UTC+1): still the 29th.
        Assert.Equal(new DateOnly(2026, 11, 29), BuildDay.Of(null, Now));
        // 23:30 UTC is already the 30th in Prague.
        Assert.Equal(new DateOnly(2026, 11, 30), BuildDay.Of("", Now.AddHours(1)));
    }

    [Fact]
    public void SOURCE_DATE_EPOCH_decides_the_day_whatever_the_clock_says()
    {
        // 1767225600 is 2026-01-01T00:00:00Z, 01:00 in Prague.
        Assert.Equal(new DateOnly(2026, 1, 1), BuildDay.Of("1767225600", Now));
        // 2025-12-31T22:59:59Z is 23:59:59 in Prague, still the last day of 2025.
        Assert.Equal(new DateOnly(2025, 12, 31), BuildDay.Of("1767221999", Now));
    }

    [Theory]
    [InlineData("yesterday")]
    [InlineData("-5")]
    [InlineData("1.5")]
    [InlineData("99999999999999999999")]
    [InlineData("999999999999")]
    public void A_SOURCE_DATE_EPOCH_that_is_not_a_time_is_refused_with_the_fix(string value)
    {
        var e = Assert.Throws<BuildDayException>(() => BuildDay.Of(value, Now));
        Assert.Equal($"SOURCE_DATE_EPOCH is '{value}', not a number of seconds since 1970-01-01 UTC; unset it or set it to a time such as 1767225600", e.Message);
        Assert.Equal(e.Message, e.Text.English);
        Assert.Contains($"'{value}'", e.Text.Czech, StringComparison.Ordinal);
    }
}
