using AngleSharp.Dom;
using Publisher.Core.Diagnostics;
using Publisher.Core.Render;
using Publisher.Core.Render.Markdown;
using Publisher.Tests.Support;

namespace Publisher.Tests.Render;

/// <summary>Raw HTML in Markdown bodies: what an allow-list keeps, what it removes, and where the warnings point.</summary>
public class RawHtmlSanitizerTests
{
    private static (IElement Body, IReadOnlyList<BodyFinding> Removals) Render(string markdown)
    {
        var result = MarkdownRenderer.Core.Render(markdown);
        return (RenderTestSite.Parse(result.Html).Body!, result.Findings);
    }

    [Fact]
    public void A_script_block_is_removed_with_its_content_and_reported_at_its_line()
    {
        var (body, removals) = Render("Úvod.\n\n<script>alert(1)</script>\n\nZávěr.\n");

        Assert.Empty(body.QuerySelectorAll("script"));
        Assert.DoesNotContain("alert", body.TextContent);
        Assert.Equal(["Úvod.", "Závěr."], body.QuerySelectorAll("p").Select(p => p.TextContent));
        var removal = Assert.Single(removals);
        Assert.Equal((3, 1), (removal.Line, removal.Column));
        Assert.StartsWith("<script> was removed with its content", removal.Message.English);
    }

    [Fact]
    public void Event_handlers_are_removed_and_the_element_kept()
    {
        var (body, removals) = Render("Klikni <b onclick=\"x()\">sem</b> a <img src=\"graf.png\" alt=\"graf\" onerror=\"alert(1)\">.\n");

        Assert.Equal("sem", body.QuerySelector("p b")!.TextContent);
        Assert.Equal("graf.png", body.QuerySelector("p img")!.GetAttribute("src"));
        Assert.Empty(body.QuerySelectorAll("[onclick], [onerror]"));
        Assert.Equal([(1, 8), (1, 35)], removals.Select(r => (r.Line, r.Column)));
        Assert.Equal("the attribute onclick=\"x()\" of <b> was removed: event handlers run script and are not allowed", removals[0].Message.English);
        Assert.Contains("onerror", removals[1].Message.English);
    }

    [Theory]
    [InlineData("<a href=\"javascript:alert(1)\">odkaz</a>", "a", "href")]
    [InlineData("<a href=\"JaVaScRiPt&colon;alert(1)\">odkaz</a>", "a", "href")]
    [InlineData("<a href=\" java\tscript:alert(1)\">odkaz</a>", "a", "href")]
    [InlineData("<a href=\"data:text/html;base64,PHNjcmlwdD4=\">odkaz</a>", "a", "href")]
    [InlineData("<img src=\"data:image/svg+xml,<svg onload=alert(1)>\" alt=\"x\">", "img", "src")]
    [InlineData("<a href=\"vbscript:msgbox(1)\">odkaz</a>", "a", "href")]
    public void Script_and_data_addresses_are_removed(string html, string tag, string attribute)
    {
        var (body, removals) = Render("Text " + html + "\n");

        Assert.Null(body.QuerySelector(tag)!.GetAttribute(attribute));
        var removal = Assert.Single(removals);
        Assert.Contains($"the attribute {attribute}=", removal.Message.English);
        Assert.Equal((1, 6), (removal.Line, removal.Column));
    }

    [Theory]
    [InlineData("<iframe src=\"https://example.com/\"></iframe>", "iframe")]
    [InlineData("<object data=\"x.swf\"></object>", "object")]
    [InlineData("<embed src=\"x.swf\">", "embed")]
    [InlineData("<style>body { display: none }</style>", "style")]
    [InlineData("<form action=\"https://example.com/\"><input name=\"a\"></form>", "form")]
    [InlineData("<svg><script>alert(1)</script></svg>", "svg")]
    [InlineData("<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>", "math")]
    public void Frames_objects_styles_forms_and_foreign_markup_are_removed(string html, string tag)
    {
        var (body, removals) = Render("Úvod.\n\n" + html + "\n");

        Assert.Empty(body.QuerySelectorAll(tag));
        Assert.Empty(body.QuerySelectorAll("script, iframe, object, embed, style, form, input, svg, math"));
        Assert.Contains(removals, r => r.Message.English.StartsWith($"<{tag}> was removed") && r.Line == 3);
    }

    [Fact]
    public void Inline_styles_are_removed_with_a_reason()
    {
        var (body, removals) = Render("<p style=\"color:red\">Důležité</p>\n");

        Assert.Null(body.QuerySelector("p")!.GetAttribute("style"));
        Assert.Equal("Důležité", body.TextContent.Trim());
        Assert.Contains("inline styles are not allowed", Assert.Single(removals).Message.English);
    }

    [Fact]
    public void Word_markup_keeps_its_text()
    {
        var (body, removals) = Render("<p class=\"MsoNormal\"><font face=\"Calibri\"><o:p>Usnesení č. 5</o:p></font></p>\n");

        Assert.Equal("Usnesení č. 5", body.TextContent.Trim());
        Assert.Empty(body.QuerySelectorAll("font"));
        Assert.Equal(2, removals.Count);
        Assert.All(removals, r => Assert.Contains("removed and its text kept", r.Message.English));
    }

    [Fact]
    public void Allowed_structure_passes_unchanged()
    {
        var markdown = """
            <details>
            <summary>Hlasování</summary>
            <table>
            <caption>Výsledek</caption>
            <tr><th scope="col">Pro</th><th scope="col">Proti</th></tr>
            <tr><td>7</td><td>0</td></tr>
            </table>
            </details>

            Zkratka <abbr title="Obec s rozšířenou působností">ORP</abbr>, <span lang="de">Sozialplanung</span>
            a <a href="https://www.mpsv.cz/" title="MPSV">odkaz</a>.

            """;
        var (body, removals) = Render(markdown);

        Assert.Empty(removals);
        Assert.Equal("Výsledek", body.QuerySelector("details table caption")!.TextContent);
        Assert.Equal(["Pro", "Proti"], body.QuerySelectorAll("th[scope=col]").Select(th => th.TextContent));
        Assert.Equal("Obec s rozšířenou působností", body.QuerySelector("abbr")!.GetAttribute("title"));
        Assert.Equal("de", body.QuerySelector("span")!.GetAttribute("lang"));
        Assert.Equal("https://www.mpsv.cz/", body.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public void Removals_in_a_multi_line_block_point_at_their_own_lines()
    {
        var markdown = "# Zápis\n\n<div>\n<p>první</p>\n<p onmouseover=\"x()\">druhý</p>\n  <iframe src=\"https://example.com/\"></iframe>\n</div>\n";
        var (_, removals) = Render(markdown);

        
        Assert.Equal([(5, 1), (6, 3)], removals.Select(r => (r.Line, r.Column)));
    }

    [Fact]
    public void Raw_html_inside_a_list_item_is_located()
    {
        var (body, removals) = Render("- první\n- druhý <img src=x onerror=alert(1)>\n");

        Assert.Empty(body.QuerySelectorAll("[onerror]"));
        Assert.Equal((2, 9), (Assert.Single(removals).Line, removals[0].Column));
    }

    [Fact]
    public void Markdown_markup_around_raw_html_survives_sanitizing()
    {
        var (body, removals) = Render("## Program\n\nText[^1] s <mark>důrazem</mark>.\n\n| A | B |\n|---|---|\n| 1 | 2 |\n\n[^1]: Poznámka.\n");

        Assert.Empty(removals);
        Assert.Equal("program", body.QuerySelector("h2")!.Id);
        Assert.Equal("důrazem", body.QuerySelector("mark")!.TextContent);
        Assert.NotNull(body.QuerySelector("a.footnote-ref"));
        Assert.Equal(2, body.QuerySelectorAll("table th").Length);
    }

    [Fact]
    public void Comments_are_dropped_without_a_warning()
    {
        var (body, removals) = Render("Text.\n\n<!-- interní poznámka: neuveřejňovat -->\n");

        Assert.DoesNotContain("interní", body.InnerHtml);
        Assert.Empty(removals);
    }

    [Fact]
    public void Raw_html_beside_a_removed_unsafe_link_is_still_sanitized()
    {
        var (body, removals) = Render("<b onclick=x>a</b> [x](javascript:a)\n");

        Assert.Empty(body.QuerySelectorAll("[onclick]"));
        Assert.Equal("a", body.QuerySelector("b")!.TextContent);
        Assert.Equal([(1, 1), (1, 20)], removals.Select(r => (r.Line, r.Column)));
    }

    [Theory]
    [InlineData("|\n<x>\n=\n")]
    [InlineData("<x>\n===\n")]
    [InlineData("a\n<x\ny=1>\n---\n")]
    public void Removals_are_reported_within_the_body(string markdown)
    {
        var lines = markdown.Split('\n').Length - 1;

        var (_, removals) = Render(markdown);

        Assert.NotEmpty(removals);
        Assert.All(removals, r => Assert.InRange(r.Line, 1, lines));
    }

    [Theory]
    [InlineData("<a href=\"\\/h:65536/\">x</a>", "href", "\\/h:65536/", "a")]
    [InlineData("<a href=\"//h:99999999999/\">x</a>", "href", "//h:99999999999/", "a")]
    [InlineData("<img src=\"http://a b.cz/graf.png\" alt=\"graf\">", "src", "http://a b.cz/graf.png", "img")]
    public void An_address_no_browser_can_read_is_removed_with_a_warning_and_the_page_passes_the_link_check(string html, string attribute, string value, string tag)
    {
        var result = MarkdownRenderer.Core.Render("Text " + html + "\n");

        Assert.Equal((1, 6, Severity.Warning,
            $"the attribute {attribute}=\"{value}\" of <{tag}> was removed: it is not a valid address (look at the server name and port); correct it or remove the link"),
            Assert.Single(result.Findings).InEnglish());
        var links = new LinkChecker(new HashSet<string>());
        PageScanner.Scan("/zatec/", "body.md", $"<!DOCTYPE html><html lang=\"cs\"><head><title>t</title></head><body>{result.Html}</body></html>").Links.AddTo(links);
        var diagnostics = new DiagnosticBag();
        links.Check(_ => true, _ => null, diagnostics);
        Assert.Empty(diagnostics.Sorted());
    }
}
