using Publisher.Core.Diagnostics;
using Publisher.Core.Render.Markdown;
using Publisher.Tests.Support;

namespace Publisher.Tests.Render;

/// <summary>
/// Raw HTML that is never closed takes the rest of the body with it, as the browser's parser reads the rendered
/// page: that is an error at the element in the Markdown file, saying which lines would go. Closed elements that
/// are removed with their content are warnings that say how much went.
/// </summary>
public class UnclosedMarkupTests
{
    // Line 3 opens the element; lines 5 and 7 hold what the reader should see after it.
    private static string BodyWith(string markup) => $"Úvod.\n\n{markup}\n\nText zápisu.\n\n## Závěr\n";

    private static BodyFinding Single(string markdown) => Assert.Single(MarkdownRenderer.Core.Render(markdown).Findings);

    [Theory]
    [InlineData("textarea")]
    [InlineData("title")]
    [InlineData("style")]
    [InlineData("script")]
    [InlineData("iframe")]
    [InlineData("select")]
    public void An_unclosed_element_that_drops_what_follows_is_an_error_naming_the_lines(string name)
    {
        var finding = Single(BodyWith($"<{name}>"));

        Assert.Equal((3, 1, Severity.Error,
            $"<{name}> is never closed, so lines 3–7 would disappear from the page; close it with </{name}> or delete it"), finding.InEnglish());
    }

    [Theory]
    [InlineData("xmp")]
    [InlineData("noembed")]
    [InlineData("noframes")]
    public void An_unclosed_element_that_shows_what_follows_as_code_is_an_error(string name)
    {
        var finding = Single(BodyWith($"<{name}>"));

        Assert.Equal((3, 1, Severity.Error,
            $"<{name}> is never closed, so lines 3–7 would show as HTML code; close it with </{name}> or delete it"), finding.InEnglish());
    }

    [Fact]
    public void Plaintext_cannot_be_closed_and_is_an_error()
    {
        var finding = Single(BodyWith("<plaintext>"));

        Assert.Equal((3, 1, Severity.Error, "<plaintext> cannot be closed, so lines 3–7 would show as HTML code; delete it"), finding.InEnglish());
    }

    [Fact]
    public void An_unclosed_comment_is_an_error_at_its_start()
    {
        var finding = Single(BodyWith("<!-- neuveřejňovat"));

        Assert.Equal((3, 1, Severity.Error,
            "the comment <!-- is never closed, so lines 3–7 would disappear from the page; close it with --> or delete it"), finding.InEnglish());
    }

    [Fact]
    public void An_unclosed_comment_inside_a_paragraph_is_shown_as_text_and_loses_nothing()
    {
        var result = MarkdownRenderer.Core.Render(BodyWith("Poznámka <!-- neuveřejňovat"));

        Assert.Empty(result.Findings);
        Assert.Contains("Poznámka &lt;!– neuveřejňovat", result.Html);
    }

    [Fact]
    public void An_unclosed_comment_block_runs_to_the_end_of_the_body_and_is_an_error()
    {
        var finding = Single("Úvod.\n\n- bod\n\n  <!-- interní\n\nDalší text.\n");

        Assert.Equal((5, 3, Severity.Error,
            "the comment <!-- is never closed, so lines 5–7 would disappear from the page; close it with --> or delete it"), finding.InEnglish());
    }

    [Fact]
    public void An_inline_textarea_in_a_paragraph_swallows_all_the_markup_after_it()
    {
        var result = MarkdownRenderer.Core.Render("Úvod.\n\nText <textarea rows=\"3\"> a dál.\n\n| A |\n|---|\n| 1 |\n\n- Bod\n");

        Assert.Equal((3, 6, Severity.Error,
            "<textarea> is never closed, so lines 3–9 would disappear from the page; close it with </textarea> or delete it"), Assert.Single(result.Findings).InEnglish());
        Assert.DoesNotContain("textarea", result.Html);
    }

    [Fact]
    public void An_element_on_the_last_line_names_that_line()
    {
        var finding = Single("Úvod.\n\nKonec <style>\n");

        Assert.Equal((3, 7, Severity.Error,
            "<style> is never closed, so line 3 would disappear from the page; close it with </style> or delete it"), finding.InEnglish());
    }

    [Theory]
    [InlineData("<!-- <textarea> a <!-- --> Text.")]
    [InlineData("<span title=\"<textarea>\">x</span> Text.")]
    [InlineData("<span title='<!--'>x</span> Text.")]
    [InlineData("`<textarea>` a `<!--` v kódu.")]
    [InlineData("<abbr title=\"a > b\">x</abbr> Text.")]
    public void Openers_inside_comments_quoted_values_or_code_are_not_unclosed(string line)
    {
        var result = MarkdownRenderer.Core.Render(BodyWith(line));

        Assert.DoesNotContain(result.Findings, f => f.Severity == Severity.Error);
        Assert.Contains("Text zápisu.", result.Html);
        Assert.Contains("Závěr", result.Html);
    }

    [Fact]
    public void Unclosed_svg_ends_at_the_next_paragraph_as_in_a_browser_and_only_its_content_goes()
    {
        var result = MarkdownRenderer.Core.Render("Obrázek <svg><circle r=\"1\"/> kruh\n\nText zápisu.\n");

        // Removed with the <svg>, the <circle> needs no warning of its own.
        Assert.Equal((1, 9, Severity.Warning,
            "<svg> was removed with its content (1 line, 4 characters): this tag is not allowed in documents"), Assert.Single(result.Findings).InEnglish());
        Assert.Contains("Text zápisu.", result.Html);
    }

    [Fact]
    public void A_closed_element_removed_with_its_content_says_how_much_went()
    {
        var result = MarkdownRenderer.Core.Render("Úvod.\n\n<textarea>\nřádek jedna\nřádek dvě\n</textarea>\n\n<script>alert(1)</script>\n\n<iframe src=\"https://example.cz/\"></iframe>\n");

        Assert.Equal(
        [
            (3, 1, Severity.Warning, "<textarea> was removed with its content (2 lines, 21 characters): this tag is not allowed in documents"),
            (8, 1, Severity.Warning, "<script> was removed with its content (1 line, 8 characters): scripts are not allowed in documents"),
            (10, 1, Severity.Warning, "<iframe> was removed with its content (no text): embedded pages and objects are not allowed; link to them instead"),
        ], result.Findings.Select(f => f.InEnglish()));
    }

    [Fact]
    public void A_textarea_closed_only_much_later_is_a_warning_counting_what_it_took()
    {
        var result = MarkdownRenderer.Core.Render("<textarea>\n\nPrvní odstavec.\n\nDruhý odstavec.\n\n</textarea>\n\nZávěr.\n");

        Assert.Equal((1, 1, Severity.Warning,
            "<textarea> was removed with its content (2 lines, 32 characters): this tag is not allowed in documents"), Assert.Single(result.Findings).InEnglish());
        Assert.Contains("Závěr.", result.Html);
    }

    [Fact]
    public void Two_unclosed_elements_inside_each_other_are_both_reported()
    {
        var result = MarkdownRenderer.Core.Render("<object>\n\nText <select> volba\n\nKonec.\n");

        Assert.Equal(
        [
            (1, 1, Severity.Error, "<object> is never closed, so lines 1–5 would disappear from the page; close it with </object> or delete it"),
            (3, 6, Severity.Error, "<select> is never closed, so lines 3–5 would disappear from the page; close it with </select> or delete it"),
        ], result.Findings.Select(f => f.InEnglish()));
    }

    [Fact]
    public void Markup_started_by_a_processing_instruction_and_never_ended_is_an_error()
    {
        var finding = Single("Úvod.\n\n<?php echo 1;\n\nText zápisu\n");

        Assert.Equal((3, 1, Severity.Error,
            "'<?' starts markup that is never closed, so lines 3–5 would disappear from the page; end it with '>' or delete it"), finding.InEnglish());
    }
}
