using System.Diagnostics;
using Publisher.Core.Render.Markdown;

namespace Publisher.Tests.Render;

/// <summary>
/// Bodies of 100,000 repeated constructs render in time linear in their size. Each took minutes when some step
/// took time quadratic in the repetitions (heading ids, bare addresses, section headings of tables, removing raw
/// tags, writing the parsed body); they take seconds now. The bound only catches a hang: the times measured are
/// far below it. They run alone, so that their load does not push the fuzz tests' inputs over those tests' bounds.
/// </summary>
[Collection(Name)]
public class LargeBodyTests
{
    public const string Name = "large bodies";

    private const int Repetitions = 100_000;
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(20);

    public static TheoryData<string, string, string> Bodies() => new()
    {
        // name, the repeated text, what the rendered HTML must contain once per repetition
        { "identical headings", "## a\n\n", "<h2 id=\"a-" },
        { "bare addresses in one paragraph", "https://example.cz/a\n", "<a href=\"https://example.cz/a\">" },
        { "inline links in one paragraph", "[a](/b)\n", "<a href=\"/b\">" },
        { "emphasis, a paragraph each", "*a*\n\n", "<em>a</em>" },
        { "list items", "- a\n", "<li>a</li>" },
        { "table rows", "| a | b |\n", "<td>a</td>" },
        { "tables under one heading", "| a |\n|---|\n| b |\n\n", "aria-labelledby=\"uvod\"" },
        { "raw tags in one paragraph", "<b>a</b>\n", "<b>a</b>" },
        { "removed raw tags in one paragraph", "<font>a</font>\n", "a\n" },
        { "footnote references", "[^1]\n", "class=\"footnote-ref\"" },
        { "unclosed link addresses, a line each", "[x](\n", "[x](" },
        { "link addresses nested to the limit, a line each", string.Concat(Enumerable.Repeat("[x](", LinkAddressDepth.MaxDepth)) + "\n", "[x](" },
    };

    [Theory]
    [MemberData(nameof(Bodies))]
    public void A_body_of_100_000_repetitions_renders_in_linear_time(string name, string repeated, string perRepetition)
    {
        var markdown = name switch
        {
            "table rows" => "| A | B |\n|---|---|\n" + Repeat(repeated),
            "tables under one heading" => "## Úvod\n\n" + Repeat(repeated),
            "footnote references" => Repeat(repeated) + "\n[^1]: Poznámka.\n",
            _ => Repeat(repeated),
        };

        var clock = Stopwatch.StartNew();
        var result = MarkdownRenderer.Core.Render(markdown);
        clock.Stop();

        Assert.True(clock.Elapsed < HangGuard, $"{name}: {clock.Elapsed.TotalSeconds:0.0} s");
        Assert.True(Occurrences(result.Html, perRepetition) >= Repetitions - 1, $"{name}: the HTML lacks repetitions");
    }

    [Fact]
    public void A_paragraph_of_100_000_emphasised_words_is_refused_in_time_as_too_deeply_nested()
    {
        // Markdig nests every emphasis mark of a paragraph inside the one before until it is closed, and refuses
        // a paragraph deeper than its limit rather than take time quadratic in its marks.
        var clock = Stopwatch.StartNew();
        var error = Assert.Throws<UnrenderableMarkdownException>(() => MarkdownRenderer.Core.Render(Repeat("*a*\n")));

        Assert.True(clock.Elapsed < HangGuard, $"{clock.Elapsed.TotalSeconds:0.0} s");
        Assert.StartsWith("the body cannot be rendered: Markdown elements in the input are too deeply nested", error.Message);
    }

    // Markdig reads every unclosed address to the end of its line: a line of them took time quadratic in its length.
    [Fact]
    public void A_line_of_100_000_unclosed_link_addresses_is_refused_in_time_at_the_address_past_the_limit()
    {
        var clock = Stopwatch.StartNew();
        var error = Assert.Throws<UnrenderableMarkdownException>(() =>
            MarkdownRenderer.Core.Render("Úvod.\n\nText " + Repeat("[x](") + "\n", MarkdownContext.Empty with { FirstLine = 9 }));

        Assert.True(clock.Elapsed < HangGuard, $"{clock.Elapsed.TotalSeconds:0.0} s");
        Assert.Equal((11, 5 + 4 * (LinkAddressDepth.MaxDepth + 1)), error.At);
        Assert.StartsWith("link addresses open inside one another more than 32 deep here", error.Message);
    }

    [Fact]
    public void Link_addresses_that_close_are_never_too_deep()
    {
        var markdown = Repeat("[a](/b(c)) ") + "\n\n" + string.Concat(Enumerable.Repeat("(", 100)) + " \\](" + new string('(', 40) + "\n";

        Assert.Equal(-1, LinkAddressDepth.FirstTooDeep(markdown));
        Assert.Equal(-1, LinkAddressDepth.FirstTooDeep("[a](" + new string('(', LinkAddressDepth.MaxDepth - 1) + "\n[b](" + new string('(', LinkAddressDepth.MaxDepth - 1)));
        Assert.Equal(3 + LinkAddressDepth.MaxDepth, LinkAddressDepth.FirstTooDeep("[a](" + new string('(', LinkAddressDepth.MaxDepth)));
    }

    private static string Repeat(string text) => string.Concat(Enumerable.Repeat(text, Repetitions));

    private static int Occurrences(string html, string text)
    {
        var count = 0;
        for (var i = html.IndexOf(text, StringComparison.Ordinal); i >= 0; i = html.IndexOf(text, i + text.Length, StringComparison.Ordinal)) count++;
        return count;
    }
}

[CollectionDefinition(LargeBodyTests.Name, DisableParallelization = true)]
public class LargeBodyCollection;
