using Publisher.Core.Model;

namespace Publisher.Tests.Model;

public class SummaryExtractorTests
{
    [Fact]
    public void A_date_line_is_passed_over_for_the_paragraph_that_says_what_happened()
    {
        Assert.Equal("Skupina projednala financování.", SummaryExtractor.FromMarkdown("17. února 2020, 14:00\n\nSkupina projednala financování.\n"));
    }

    [Fact]
    public void Takes_the_first_paragraph()
    {
        Assert.Equal("První odstavec.", SummaryExtractor.FromMarkdown("První odstavec.\n\nDruhý odstavec.\n"));
    }

    [Fact]
    public void Joins_the_lines_of_the_paragraph()
    {
        Assert.Equal("Jeden dva tři.", SummaryExtractor.FromMarkdown("Jeden\ndva\n   tři.\n\nDalší."));
    }

    [Fact]
    public void Skips_headings_lists_quotes_and_tables()
    {
        var body = string.Join('\n',
            "# Zápis",
            "",
            "## Program",
            "",
            "- bod jedna",
            "- bod dva",
            "* hvězdička",
            "+ plus",
            "",
            "1. první",
            "2. druhý",
            "",
            "> citace",
            "",
            "| a | b |",
            "|---|---|",
            "",
            "<div>html</div>",
            "",
            "Tady je text.",
            "",
            "Další text.");

        Assert.Equal("Tady je text.", SummaryExtractor.FromMarkdown(body));
    }

    [Fact]
    public void Skips_fenced_code()
    {
        var body = "```\nkód\n\nvíce kódu\n```\n\n~~~\njiný kód\n~~~\n\nText.\n";

        Assert.Equal("Text.", SummaryExtractor.FromMarkdown(body));
    }

    [Fact]
    public void Strips_emphasis_links_and_code()
    {
        var body = "Skupina _projednala_ **dotazník** a [plán](https://example.cz/plan/) i `kód`.";

        Assert.Equal("Skupina projednala dotazník a plán i kód.", SummaryExtractor.FromMarkdown(body));
    }

    [Fact]
    public void Paragraph_ends_at_the_next_block()
    {
        Assert.Equal("Úvod.", SummaryExtractor.FromMarkdown("Úvod.\n- bod\nkonec\n"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n")]
    [InlineData("# Jen nadpis\n")]
    [InlineData("- jen\n- seznam\n")]
    public void Body_without_a_paragraph_has_an_empty_summary(string body)
    {
        Assert.Equal("", SummaryExtractor.FromMarkdown(body));
    }

    [Fact]
    public void Paragraph_starting_with_bold_text_is_a_paragraph()
    {
        var body = "**Místo konání:** Žatec, radnice. Jednání zahájila starostka.\n\nDruhý odstavec.\n";

        Assert.Equal("Místo konání: Žatec, radnice. Jednání zahájila starostka.", SummaryExtractor.FromMarkdown(body));
    }

    [Fact]
    public void Long_paragraph_is_shortened_at_a_word_with_an_ellipsis()
    {
        var body = string.Join(' ', Enumerable.Repeat("slovo", 100));

        var summary = SummaryExtractor.FromMarkdown(body);

        Assert.Equal(string.Join(' ', Enumerable.Repeat("slovo", 46)) + "…", summary);
        Assert.True(summary.Length <= SummaryExtractor.MaxLength);
    }

    [Fact]
    public void Shorten_keeps_short_text()
    {
        var text = new string('a', SummaryExtractor.MaxLength);

        Assert.Equal(text, SummaryExtractor.Shorten(text));
        Assert.Equal("Krátké shrnutí.", SummaryExtractor.Shorten("Krátké shrnutí."));
    }

    [Fact]
    public void Shorten_cuts_a_text_without_spaces_at_the_limit()
    {
        var summary = SummaryExtractor.Shorten(new string('a', 300));

        Assert.Equal(new string('a', 279) + "…", summary);
        Assert.Equal(SummaryExtractor.MaxLength, summary.Length);
    }

    [Fact]
    public void Shorten_drops_punctuation_before_the_ellipsis()
    {
        var text = new string('x', 270) + " konec, pokračování textu";

        Assert.Equal(new string('x', 270) + " konec…", SummaryExtractor.Shorten(text));
    }

    [Fact]
    public void Shorten_drops_a_dash_before_the_ellipsis()
    {
        var text = new string('x', 270) + " – pokračování textu";

        Assert.Equal(new string('x', 270) + "…", SummaryExtractor.Shorten(text));
    }

    [Fact]
    public void A_paragraph_nested_past_the_markdown_depth_limit_gives_its_raw_text()
    {
        var paragraph = string.Concat(Enumerable.Repeat("[*", 400)) + "x";

        var summary = SummaryExtractor.FromMarkdown(paragraph + "\n");

        Assert.StartsWith("[*[*[*", summary);
        Assert.EndsWith("…", summary);
    }

    // Markdig takes time quadratic in unclosed link addresses: 100,000 of them took minutes when the line was parsed whole.
    [Fact]
    public void A_first_line_of_100_000_unclosed_links_is_summarised_in_time()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var summary = SummaryExtractor.FromMarkdown("Text " + string.Concat(Enumerable.Repeat("[x](", 100_000)) + "\n");

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"{clock.Elapsed.TotalSeconds:0.0} s");
        Assert.StartsWith("Text [x]([x](", summary);
        Assert.EndsWith("…", summary);
    }

    [Fact]
    public void A_long_first_paragraph_with_links_gives_the_summary_it_gave_when_parsed_whole()
    {
        var line = string.Concat(Enumerable.Repeat("Slovo [odkaz na stránku](https://www.example.cz/velmi/dlouha/adresa/stranky/) a text. ", 200));

        var summary = SummaryExtractor.FromMarkdown(line + "\n");

        Assert.Equal(SummaryExtractor.Shorten(string.Join(' ', Markdig.Markdown.ToPlainText(line).Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries))), summary);
    }
}
