using Publisher.Core.Render.Templates;
using Publisher.Core.Theming;
using Publisher.Tests.Support;

namespace Publisher.Tests.Theming;

public class UiTextsTests
{
    private static UiTexts Texts => RenderTestSite.Texts;

    [Theory]
    [InlineData("nav.home", "Úvod")]
    [InlineData("pages.regions.title", "Regiony")]
    [InlineData("types.minutes.plural", "Zápisy z jednání")]
    [InlineData("plan_status.in-force", "platný")]
    public void Get_reads_a_dotted_key(string key, string expected)
    {
        Assert.Equal(expected, Texts.Get(key));
    }

    [Fact]
    public void Format_fills_in_placeholders()
    {
        Assert.Equal("Rok 2020", Texts.Format("pages.year.title", ("year", 2020)));
        Assert.Equal("Žatec: rok 2019", Texts.Format("pages.region_year.title", ("region", "Žatec"), ("year", 2019)));
        Assert.Equal("Rok 2020 – strana 2", Texts.Format("pages.paged", ("title", "Rok 2020"), ("number", 2)));
    }

    [Fact]
    public void Format_writes_large_numbers_without_separators()
    {
        Assert.Equal("Rok 12345", Texts.Format("pages.year.title", ("year", 12345)));
    }

    [Fact]
    public void Format_without_values_leaves_the_placeholder()
    {
        Assert.Equal("Rok {year}", Texts.Format("pages.year.title"));
    }

    [Theory]
    [InlineData("nav.domu")]
    [InlineData("neexistuje")]
    [InlineData("nav.home.x")]
    [InlineData("nav")]
    public void An_unknown_or_non_text_key_throws_naming_the_key(string key)
    {
        var error = Assert.Throws<InvalidOperationException>(() => Texts.Get(key));
        Assert.Contains($"'{key}'", error.Message);
        Assert.Contains("texts.yml", error.Message);
    }

    // A value that itself contains "{name}" (a tag or group name from the content) stays as it is.
    [Fact]
    public void Inserted_values_are_not_searched_for_placeholders()
    {
        Assert.Equal("Téma: {number} – strana 2", Texts.Format("pages.paged", ("title", "Téma: {number}"), ("number", 2)));
        Assert.Equal("{year}: rok 2020", Texts.Format("pages.region_year.title", ("region", "{year}"), ("year", 2020)));
    }

    [Theory]
    [InlineData("{a}{b}", "1-2")]
    [InlineData("{a}{a}", "1-1-")]
    [InlineData("x{a", "x{a")]
    [InlineData("{}{", "{}{")]
    [InlineData("{{a}}", "{1-}")]
    [InlineData("{A} {a_b} {neznamy} {a b}", "{A} 3 {neznamy} {a b}")]
    [InlineData("{a}{{b}", "1-{2")]
    [InlineData("bez složených závorek", "bez složených závorek")]
    public void Fill_replaces_only_known_names_of_lower_case_letters_and_underscores(string text, string expected)
    {
        Assert.Equal(expected, UiTexts.Fill(text, ("a", "1-"), ("b", 2), ("a_b", 3), ("a", "ne")));
    }

    [Fact]
    public void Fill_gives_an_empty_text_for_a_value_of_null()
    {
        Assert.Equal("[]", UiTexts.Fill("[{a}]", ("a", null)));
    }

    /// <summary>Fill is the replacement of every match of <c>\{([a-z_]+)\}</c> whose name has a value, left to right.</summary>
    [Fact]
    public void Fill_agrees_with_the_pattern_it_implements_on_generated_texts()
    {
        var pattern = new System.Text.RegularExpressions.Regex(@"\{([a-z_]+)\}");
        (string Name, object? Value)[] values = [("a", "{b}"), ("b", 7), ("c_d", "ž")];
        var random = new Random(20261202);
        const string alphabet = "{}ab_cdA ž";
        for (var i = 0; i < 5_000; i++)
        {
            var text = new string([.. Enumerable.Range(0, random.Next(0, 16)).Select(_ => alphabet[random.Next(alphabet.Length)])]);
            var expected = pattern.Replace(text, m => values.FirstOrDefault(v => v.Name == m.Groups[1].Value) is { Name: not null } found
                ? Convert.ToString(found.Value, Publisher.Core.Czech.CzechCulture.Culture) ?? "" : m.Value);
            Assert.Equal(expected, UiTexts.Fill(text, values));
        }
    }
}
