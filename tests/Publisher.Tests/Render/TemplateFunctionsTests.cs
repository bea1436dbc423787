using System.Globalization;
using Publisher.Core.Model;
using Publisher.Core.Render.Templates;

namespace Publisher.Tests.Render;

public class TemplateFunctionsTests
{
    private static readonly MeetingTime WithTime = new(new DateOnly(2020, 4, 6), new TimeOnly(14, 0));
    private static readonly MeetingTime DateOnlyMeeting = new(new DateOnly(2020, 4, 6), null);

    [Fact]
    public void DateCs_formats_a_date_with_the_genitive_month()
    {
        Assert.Equal("4. března 2022", TemplateFunctions.DateCs(new DateOnly(2022, 3, 4)));
        Assert.Equal("1. ledna 2020", TemplateFunctions.DateCs(new DateOnly(2020, 1, 1)));
        Assert.Equal("31. prosince 2019", TemplateFunctions.DateCs(new DateOnly(2019, 12, 31)));
    }

    [Fact]
    public void DateCs_formats_the_date_of_a_meeting_time()
    {
        Assert.Equal("6. dubna 2020", TemplateFunctions.DateCs(WithTime));
        Assert.Equal("6. dubna 2020", TemplateFunctions.DateCs(DateOnlyMeeting));
    }

    [Fact]
    public void DateCs_of_anything_else_is_empty()
    {
        Assert.Equal("", TemplateFunctions.DateCs(null));
        Assert.Equal("", TemplateFunctions.DateCs("2020-04-06"));
    }

    [Fact]
    public void TimeCs_has_no_leading_zero_on_the_hour()
    {
        Assert.Equal("9:30", TemplateFunctions.TimeCs(new TimeOnly(9, 30)));
        Assert.Equal("14:00", TemplateFunctions.TimeCs(new TimeOnly(14, 0)));
        Assert.Equal("0:05", TemplateFunctions.TimeCs(new TimeOnly(0, 5)));
    }

    [Fact]
    public void TimeCs_of_a_meeting_time_is_its_time_or_empty()
    {
        Assert.Equal("14:00", TemplateFunctions.TimeCs(WithTime));
        Assert.Equal("", TemplateFunctions.TimeCs(DateOnlyMeeting));
        Assert.Equal("", TemplateFunctions.TimeCs(null));
    }

    [Fact]
    public void IsoDate_of_a_date()
    {
        Assert.Equal("2020-04-06", TemplateFunctions.IsoDate(new DateOnly(2020, 4, 6)));
        Assert.Equal("2019-12-31", TemplateFunctions.IsoDate(new DateOnly(2019, 12, 31)));
    }

    [Fact]
    public void IsoDate_of_a_meeting_time_with_and_without_time()
    {
        Assert.Equal("2020-04-06T14:00", TemplateFunctions.IsoDate(WithTime));
        Assert.Equal("2020-04-06T09:05", TemplateFunctions.IsoDate(new MeetingTime(new DateOnly(2020, 4, 6), new TimeOnly(9, 5))));
        Assert.Equal("2020-04-06", TemplateFunctions.IsoDate(DateOnlyMeeting));
        Assert.Equal("", TemplateFunctions.IsoDate(null));
    }

    private static T InCulture<T>(string culture, Func<T> action)
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
            return action();
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void IsoDate_uses_a_colon_even_where_the_culture_separates_time_differently()
    {
        Assert.Equal(".", CultureInfo.GetCultureInfo("fi-FI").DateTimeFormat.TimeSeparator);
        Assert.Equal("2020-04-06T14:00", InCulture("fi-FI", () => TemplateFunctions.IsoDate(WithTime)));
        Assert.Equal("2020-04-06", InCulture("fi-FI", () => TemplateFunctions.IsoDate(new DateOnly(2020, 4, 6))));
    }

    // A build on a machine whose culture uses a non-Gregorian calendar must still write datetime="2020-04-06".
    [Theory]
    [InlineData("th-TH")]
    [InlineData("ar-SA")]
    public void IsoDate_does_not_depend_on_the_current_culture_calendar(string culture)
    {
        Assert.Equal("2020-04-06", InCulture(culture, () => TemplateFunctions.IsoDate(new DateOnly(2020, 4, 6))));
        Assert.Equal("2020-04-06T14:00", InCulture(culture, () => TemplateFunctions.IsoDate(WithTime)));
        Assert.Equal("2020-04-06", InCulture(culture, () => TemplateFunctions.IsoDate(DateOnlyMeeting)));
    }

    [Theory]
    [InlineData(1, "1 dokument")]
    [InlineData(2, "2 dokumenty")]
    [InlineData(3, "3 dokumenty")]
    [InlineData(4, "4 dokumenty")]
    [InlineData(5, "5 dokumentů")]
    [InlineData(0, "0 dokumentů")]
    [InlineData(11, "11 dokumentů")]
    [InlineData(21, "21 dokumentů")]
    [InlineData(22, "22 dokumentů")]
    public void Plural_picks_the_czech_form(int count, string expected)
    {
        Assert.Equal(expected, TemplateFunctions.Plural(count, "dokument", "dokumenty", "dokumentů"));
    }

    [Fact]
    public void Raw_wraps_text_as_markup()
    {
        Assert.Equal("<b>x</b>", TemplateFunctions.Raw("<b>x</b>").Html);
        Assert.Equal("", TemplateFunctions.Raw(null).Html);
        Assert.Equal("42", TemplateFunctions.Raw(42).Html);
    }

    [Fact]
    public void Raw_of_markup_returns_the_same_markup()
    {
        var html = new RawHtml("<p>a</p>");
        Assert.Same(html, TemplateFunctions.Raw(html));
        Assert.Equal("<p>a</p>", html.ToString());
    }
}
