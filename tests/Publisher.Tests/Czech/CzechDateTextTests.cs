using Publisher.Core.Czech;

namespace Publisher.Tests.Czech;

public class CzechDateTextTests
{
    [Theory]
    [InlineData("4. 3. 2022")]
    [InlineData("04.03.2022")]
    [InlineData("  1. 1. 2023 vstoupil v platnost")]
    [InlineData("31. 12. 2019, 10:00")]
    [InlineData("17. února 2020, 14:00")]
    [InlineData("17. únor 2020, 14:00 hod, – MML")]
    [InlineData("29. března")]
    [InlineData("5. cervna 2021")]
    [InlineData("1. ZÁŘÍ 2021")]
    public void A_date_at_the_start_of_a_line_is_recognised(string line) => Assert.True(CzechDateText.StartsWithDate(line));

    [Theory]
    [InlineData("1. Úvod")]
    [InlineData("3. 5 členů komise")]
    [InlineData("2. 3. místo v soutěži")]
    [InlineData("12. kapitola")]
    [InlineData("32. 1. 2020")]
    [InlineData("0. 1. 2020")]
    [InlineData("1. 13. 2020")]
    [InlineData("1. 1. 20")]
    [InlineData("1. 1. 20221")]
    [InlineData("1. 1. 2022a")]
    [InlineData("123. 1. 2022")]
    [InlineData("1) 1. 2022")]
    [InlineData("Dne 4. 3. 2022")]
    [InlineData("")]
    [InlineData("4.")]
    public void Other_lines_are_not(string line) => Assert.False(CzechDateText.StartsWithDate(line));
}
