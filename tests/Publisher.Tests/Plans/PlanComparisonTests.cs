using Publisher.Core.Extensions.Plans;

namespace Publisher.Tests.Plans;

public class PlanComparisonTests
{
    [Fact]
    public void Sections_are_read_by_heading_as_plain_text()
    {
        var sections = PlanSections.Of("""
            Úvodní **slovo**.

            ## Cíle *plánu*

            - první [cíl](https://example.cz/)
            - druhý `cíl`

            | Služba | Kapacita |
            |---|---|
            | Noclehárna | 20 |

            <div>raw</div>

            ### Podrobnosti
            Text
            na dvou řádcích.
            """);

        Assert.Equal(
        [
            new PlanSection("", "Úvodní slovo."),
            new PlanSection("Cíle plánu", "první cíl druhý cíl Služba Kapacita Noclehárna 20"),
            new PlanSection("Podrobnosti", "Text na dvou řádcích."),
        ], sections);
    }

    [Fact]
    public void Letters_written_with_combining_marks_equal_the_composed_letters()
    {
        var decomposed = PlanSections.Of("## Pec\u030Covatelska\u0301 sluz\u030Cba\n\nc\u030Cas\n").Single();
        var composed = PlanSections.Of("## Pečovatelská služba\n\nčas\n").Single();

        Assert.Equal(composed, decomposed);
        Assert.DoesNotContain(PlanComparison.Compare([decomposed], [composed]), s => s.Change != SectionChange.Unchanged);
    }

    [Fact]
    public void Sections_are_matched_by_heading_and_removed_ones_stay_where_they_stood()
    {
        PlanSection[] older = [new("", "Úvod."), new("A", "jedna"), new("Zrušený", "pryč"), new("B", "dva"), new("C", "tři")];
        PlanSection[] newer = [new("", "Úvod."), new("B", "dva a půl"), new("A", "jedna"), new("Nový", "nově"), new("C", "tři")];

        var sections = PlanComparison.Compare(older, newer);

        Assert.Equal(
        [
            ("", SectionChange.Unchanged),
            ("Zrušený", SectionChange.Removed),
            ("B", SectionChange.Changed),
            ("A", SectionChange.Unchanged),
            ("Nový", SectionChange.Added),
            ("C", SectionChange.Unchanged),
        ], sections.Select(s => (s.Heading, s.Change)));
        Assert.Equal((2, 0), (sections[2].Diff.WordsAdded, sections[2].Diff.WordsRemoved));
        Assert.Equal((0, 1), (sections[1].Diff.WordsAdded, sections[1].Diff.WordsRemoved));
        Assert.Equal((1, 0), (sections[4].Diff.WordsAdded, sections[4].Diff.WordsRemoved));
    }

    [Fact]
    public void Repeated_headings_are_matched_in_order_of_occurrence()
    {
        PlanSection[] older = [new("Opatření", "první"), new("Opatření", "druhé")];
        PlanSection[] newer = [new("Opatření", "první"), new("Opatření", "druhé upravené"), new("Opatření", "třetí")];

        var sections = PlanComparison.Compare(older, newer);

        Assert.Equal([SectionChange.Unchanged, SectionChange.Changed, SectionChange.Added], sections.Select(s => s.Change));
    }

    [Fact]
    public void A_long_added_or_removed_section_is_not_said_to_be_too_long_to_compare()
    {
        var text = string.Join(' ', Enumerable.Range(0, 100_000).Select(i => $"slovo{i}"));

        var sections = PlanComparison.Compare([new("Starý", text)], [new("Nový", text)]);

        Assert.Equal([SectionChange.Added, SectionChange.Removed], sections.Select(s => s.Change));
        Assert.All(sections, s => Assert.False(s.Diff.ReplacedWhole));
        Assert.Equal(100_000, sections[0].Diff.WordsAdded);
        Assert.Equal(100_000, sections[1].Diff.WordsRemoved);
    }

    [Fact]
    public void Versions_of_100000_sections_compare_section_by_section()
    {
        var older = PlanSections.Of(string.Concat(Enumerable.Range(0, 100_000).Select(i => $"## Oddíl {i}\n\nText oddílu {i}.\n\n")));
        var newer = PlanSections.Of(string.Concat(Enumerable.Range(0, 100_000).Select(i => $"## Oddíl {i}\n\nText oddílu {(i % 1000 == 0 ? "změněný" : i.ToString())}.\n\n")));

        var sections = PlanComparison.Compare(older, newer);

        Assert.Equal(100_000, sections.Count);
        Assert.Equal(100, sections.Count(s => s.Change == SectionChange.Changed));
        Assert.Equal(100, sections.Sum(s => s.Diff.WordsAdded));
        Assert.DoesNotContain(sections, s => s.Diff.ReplacedWhole);
    }

    [Fact]
    public void Two_versions_of_100000_words_that_share_nothing_fall_back_to_replacing_the_section()
    {
        var older = PlanSections.Of("## Plán\n\n" + string.Join(' ', Enumerable.Range(0, 100_000).Select(i => $"starý{i}")) + "\n");
        var newer = PlanSections.Of("## Plán\n\n" + string.Join(' ', Enumerable.Range(0, 100_000).Select(i => $"nový{i}")) + "\n");

        var section = PlanComparison.Compare(older, newer).Single();

        Assert.Equal(SectionChange.Changed, section.Change);
        Assert.True(section.Diff.ReplacedWhole);
        Assert.Equal((100_000, 100_000), (section.Diff.WordsAdded, section.Diff.WordsRemoved));
    }

    [Theory]
    [InlineData("2020-2022", "2020–2022")]
    [InlineData("2020 - 2022", "2020–2022")]
    [InlineData("2020–2022", "2020–2022")]
    [InlineData("2020", "2020")]
    [InlineData("od roku 2020", "od roku 2020")]
    public void A_period_joins_its_years_with_an_en_dash(string period, string shown) =>
        Assert.Equal(shown, PlanPeriod.Shown(period));
}
