using Publisher.Core.Czech;

namespace Publisher.Tests.Model;

public class CzechCultureTests
{
    [Theory]
    [InlineData(2022, 3, 4, "4. března 2022")]
    [InlineData(2020, 1, 17, "17. ledna 2020")]
    [InlineData(2018, 10, 27, "27. října 2018")]
    [InlineData(2020, 6, 10, "10. června 2020")]
    [InlineData(2019, 12, 31, "31. prosince 2019")]
    public void FormatDate_uses_the_genitive_month_name(int year, int month, int day, string expected)
    {
        Assert.Equal(expected, CzechCulture.FormatDate(new DateOnly(year, month, day)));
    }

    [Theory]
    [InlineData(9, 5, "9:05")]
    [InlineData(14, 0, "14:00")]
    [InlineData(0, 30, "0:30")]
    public void FormatTime_has_no_leading_zero_hour(int hour, int minute, string expected)
    {
        Assert.Equal(expected, CzechCulture.FormatTime(new TimeOnly(hour, minute)));
    }

    [Theory]
    [InlineData("Hradec", "Chomutov")]
    [InlineData("Chomutov", "Ivančice")]
    [InlineData("Cvikov", "Česká Lípa")]
    [InlineData("Česká Lípa", "Děčín")]
    [InlineData("Rumburk", "Řevnice")]
    [InlineData("Sokolov", "Šumperk")]
    [InlineData("Zlín", "Žatec")]
    [InlineData("Cheb", "Chomutov")]
    public void Collator_orders_czech_letters(string first, string second)
    {
        Assert.True(CzechCulture.Collator.Compare(first, second) < 0, $"{first} < {second}");
        Assert.True(CzechCulture.Collator.Compare(second, first) > 0, $"{second} > {first}");
    }

    [Fact]
    public void Collator_treats_case_and_accents_as_secondary_differences()
    {
        Assert.True(CzechCulture.Collator.Compare("bydlení", "Bydlení") < 0);
        Assert.True(CzechCulture.Collator.Compare("Bydlení", "bydlení-x") < 0);
        Assert.NotEqual(0, CzechCulture.Collator.Compare("bydlení", "Bydlení"));
    }

    [Fact]
    public void Sorting_a_list_of_towns()
    {
        string[] towns = ["Žatec", "Chomutov", "Cheb", "Hradec Králové", "Česká Lípa", "Cvikov", "Ivančice", "Děčín"];

        Assert.Equal(
            ["Cvikov", "Česká Lípa", "Děčín", "Hradec Králové", "Cheb", "Chomutov", "Ivančice", "Žatec"],
            towns.Order(CzechCulture.Collator));
    }

    [Fact]
    public void EnsureAvailable_passes_when_icu_is_present()
    {
        CzechCulture.EnsureAvailable();
        Assert.Equal("cs-CZ", CzechCulture.Culture.Name);
    }
}
