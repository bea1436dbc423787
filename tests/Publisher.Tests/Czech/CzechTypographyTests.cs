using Publisher.Core.Czech;

namespace Publisher.Tests.Czech;

public class CzechTypographyTests
{
    // "~" stands for the non-breaking space in the expected texts.
    private static string Tied(string text) => CzechTypography.Tie(text).Replace(CzechTypography.NonBreakingSpace, '~');

    [Theory]
    [InlineData("Jednání v Žatci a v Chomutově", "Jednání v~Žatci a~v~Chomutově")]
    [InlineData("Kapitola 12. v textu", "Kapitola 12. v~textu")]
    [InlineData("K dluhům, s dětmi, z úřadu, o bydlení, u soudu, i my", "K~dluhům, s~dětmi, z~úřadu, o~bydlení, u~soudu, i~my")]
    [InlineData("(v Žatci) „s dětmi“", "(v~Žatci) „s~dětmi“")]
    [InlineData("Rozpočet 1 000 000 Kč, podíl 20 %", "Rozpočet 1~000~000~Kč, podíl 20~%")]
    [InlineData("podle § 16 zákona", "podle §~16 zákona")]
    [InlineData("dne 4. 3. 2022 a 4. března 2022", "dne 4.~3.~2022 a~4.~března 2022")]
    public void Short_words_numbers_and_dates_are_tied_to_what_follows(string text, string expected) =>
        Assert.Equal(expected, Tied(text));

    [Theory]
    [InlineData("Vitamín v")] // nothing follows
    [InlineData("Dav a")]
    [InlineData("Rok 2020 a 2021 byl")] // "a" is tied, the year is not a group of three digits
    [InlineData("Plán B v praxi")]
    [InlineData("tři body, v. a. s.")]
    [InlineData("č. 12345 678")]
    [InlineData("{% p6 %} a3 000")]
    public void Other_spaces_stay(string text)
    {
        var tied = Tied(text);
        Assert.Equal(text.Replace("Rok 2020 a 2021", "Rok 2020 a~2021").Replace("Plán B v praxi", "Plán B v~praxi"), tied);
    }

    [Fact]
    public void Text_that_ends_where_emphasis_begins_is_tied_when_told_it_continues()
    {
        Assert.Equal("jednání v\u00A0", CzechTypography.Tie("jednání v ", ' ', continues: true));
        Assert.Null(CzechTypography.Tie("jednání v ", ' ', continues: false));
        // "v" continues the word before it ("Zde v"), given as the character before the text.
        Assert.Null(CzechTypography.Tie("v Žatci", 'e', continues: false));
    }

    [Fact]
    public void A_text_of_100000_prepositions_is_tied_throughout()
    {
        var text = string.Concat(Enumerable.Repeat("v Žatci a ", 100_000)) + "konec";

        var tied = CzechTypography.Tie(text);

        Assert.Equal(200_000, tied.Count(c => c == CzechTypography.NonBreakingSpace));
    }
}
