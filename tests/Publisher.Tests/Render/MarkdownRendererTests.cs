using AngleSharp.Dom;
using Publisher.Core.Diagnostics;
using Publisher.Core.Render.Markdown;
using Publisher.Tests.Support;

namespace Publisher.Tests.Render;

public class MarkdownRendererTests
{
    private static IElement Body(string markdown) => RenderTestSite.Parse(MarkdownRenderer.Core.Render(markdown).Html).Body!;

    [Theory]
    [InlineData("Mgr. Jana Nováková\n\n4. 3. 2022\n", "<p>Mgr. Jana Nováková</p>\n<p>4.\u00A03.\u00A02022</p>\n")]
    [InlineData("17. února 2020, 14:00 hod\n", "<p>17.\u00A0února 2020, 14:00 hod</p>\n")]
    [InlineData("17. únor 2020, 14:00 hod, – MML\n", "<p>17.\u00A0únor 2020, 14:00 hod, – MML</p>\n")]
    [InlineData("- Příští jednání:\n\n  4. 3. 2022\n", "<ul>\n<li><p>Příští jednání:</p>\n<p>4.\u00A03.\u00A02022</p>\n</li>\n</ul>\n")]
    public void A_czech_date_at_the_start_of_a_line_is_text_not_a_numbered_list(string markdown, string html) =>
        Assert.Equal(html, MarkdownRenderer.Core.Render(markdown).Html);

    [Theory]
    [InlineData("1. Úvod\n2. Závěr\n", "<ol>\n<li>Úvod</li>\n<li>Závěr</li>\n</ol>\n")]
    [InlineData("3. 5 členů komise\n", "<ol start=\"3\">\n<li>5 členů komise</li>\n</ol>\n")]
    [InlineData("1. Program\n   1. Úvod\n", "<ol>\n<li>Program\n<ol>\n<li>Úvod</li>\n</ol>\n</li>\n</ol>\n")]
    public void Numbered_lists_stay_lists(string markdown, string html) =>
        Assert.Equal(html, MarkdownRenderer.Core.Render(markdown).Html);

    [Theory]
    [InlineData("Jednání v Žatci a v *Chomutově*.\n", "<p>Jednání v\u00A0Žatci a\u00A0v\u00A0<em>Chomutově</em>.</p>\n")]
    [InlineData("## Dluhy v Žatci\n", "<h2 id=\"dluhy-v-zatci\">Dluhy v\u00A0Žatci</h2>\n")]
    [InlineData("Viz [zápis v Žatci](/zatec/), `kód v a` a 1 000 Kč.\n", "<p>Viz <a href=\"/zatec/\">zápis v\u00A0Žatci</a>, <code>kód v a</code> a\u00A01\u00A0000\u00A0Kč.</p>\n")]
    [InlineData("![mapa v Žatci](data:image/png;base64,iVBORw0KGgo=)\n", "<p><img src=\"data:image/png;base64,iVBORw0KGgo=\" alt=\"mapa v Žatci\" /></p>\n")]
    [InlineData("```\nv Žatci\n```\n", "<pre><code>v Žatci\n</code></pre>\n")]
    public void Short_words_are_tied_in_text_and_left_alone_in_code_and_attributes(string markdown, string html) =>
        Assert.Equal(html, MarkdownRenderer.Core.Render(markdown).Html);

    [Fact]
    public void Pipe_tables_become_tables_with_header_cells()
    {
        var body = Body("| Úkol | Odpovídá |\n|---|---|\n| Pozvánky | Novák |\n| Zápis | Dvořáková |\n");

        var table = Assert.Single(body.QuerySelectorAll("table"));
        Assert.Equal(["Úkol", "Odpovídá"], table.QuerySelectorAll("thead th").Select(th => th.TextContent));
        Assert.Equal(2, table.QuerySelectorAll("tbody tr").Length);
        Assert.Equal(["Pozvánky", "Novák", "Zápis", "Dvořáková"], table.QuerySelectorAll("tbody td").Select(td => td.TextContent));
    }

    [Theory]
    [InlineData("## Účastníci jednání", "h2", "ucastnici-jednani")]
    [InlineData("# Žluťoučký kůň", "h2", "zlutoucky-kun")]
    [InlineData("### Program – bod 3", "h3", "program-bod-3")]
    public void Headings_get_ascii_ids(string markdown, string tag, string id)
    {
        var heading = Assert.Single(Body(markdown + "\n").QuerySelectorAll(tag));
        Assert.Equal(id, heading.Id);
        Assert.Equal(markdown.TrimStart('#', ' '), heading.TextContent);
    }

    [Fact]
    public void Bare_urls_become_links()
    {
        var body = Body("Podklady jsou na https://www.example.cz/podklady/2020 ke stažení.\n");

        var link = Assert.Single(body.QuerySelectorAll("a"));
        Assert.Equal("https://www.example.cz/podklady/2020", link.GetAttribute("href"));
        Assert.Equal("https://www.example.cz/podklady/2020", link.TextContent);
    }

    [Fact]
    public void Footnotes_render_with_a_section_and_back_references()
    {
        var document = RenderTestSite.Parse(MarkdownRenderer.Core.Render("Dotace byla schválena.[^1]\n\n[^1]: Usnesení rady města č. 12/2020.\n").Html);

        var reference = Assert.Single(document.QuerySelectorAll("a.footnote-ref"));
        var target = reference.GetAttribute("href")!;
        Assert.StartsWith("#", target);
        var footnotes = Assert.Single(document.QuerySelectorAll(".footnotes"));
        var note = document.GetElementById(target[1..]);
        Assert.NotNull(note);
        Assert.True(footnotes.Contains(note));
        Assert.Contains("Usnesení rady města č. 12/2020.", note.TextContent);

        var back = Assert.Single(footnotes.QuerySelectorAll("a.footnote-back-ref"));
        var backTarget = back.GetAttribute("href")!;
        Assert.StartsWith("#", backTarget);
        Assert.Same(reference, document.GetElementById(backTarget[1..]));
    }

    [Fact]
    public void Double_quotes_become_czech_quotes()
    {
        var paragraph = Body("Projekt \"Bydlení pro všechny\" pokračuje.\n").QuerySelector("p")!;
        Assert.Equal("Projekt „Bydlení pro všechny“ pokračuje.", paragraph.TextContent);
    }

    [Fact]
    public void Single_quotes_become_czech_single_quotes()
    {
        var paragraph = Body("Tzv. 'měkké' projekty.\n").QuerySelector("p")!;
        Assert.Equal("Tzv. ‚měkké‘ projekty.", paragraph.TextContent);
    }

    [Fact]
    public void Dashes_and_ellipses_become_typographic_characters()
    {
        Assert.Equal("<p>2019 – 2020</p>\n", MarkdownRenderer.Core.Render("2019 -- 2020\n").Html);
        Assert.Equal("<p>a\u00A0— b…</p>\n", MarkdownRenderer.Core.Render("a --- b...\n").Html);
    }

    [Fact]
    public void Markdown_emphasis_and_lists_still_render()
    {
        var body = Body("Text **tučně** a *kurzívou*.\n\n- první\n- druhý\n");

        Assert.Equal("tučně", body.QuerySelector("p strong")!.TextContent);
        Assert.Equal("kurzívou", body.QuerySelector("p em")!.TextContent);
        Assert.Equal(["první", "druhý"], body.QuerySelectorAll("ul li").Select(li => li.TextContent));
    }

    [Theory]
    [InlineData("[klikni](javascript:alert(1))")]
    [InlineData("<javascript:alert(1)>")]
    [InlineData("[klikni][x]\n\n[x]: javascript:alert(1)")]
    [InlineData("![obrázek](javascript:alert(1))")]
    [InlineData("[klikni](JaVaScRiPt:alert(1))")]
    [InlineData("![x](data:text/html,<script>)<javascript:alert(1)> a [y](javascript:b)")]
    [InlineData("*[x](javascript:a)*<javascript:alert(1)>")]
    public void Script_urls_are_not_made_into_links(string markdown)
    {
        var body = Body(markdown + "\n");

        Assert.DoesNotContain(body.QuerySelectorAll("[href], [src]"),
            e => (e.GetAttribute("href") ?? e.GetAttribute("src"))!.Trim().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Ordinary_links_keep_their_address()
    {
        var body = Body("[skupina](/zatec/seniori/) a [web](https://www.example.cz/) a [pošta](mailto:a@example.cz)\n");

        Assert.Equal(["/zatec/seniori/", "https://www.example.cz/", "mailto:a@example.cz"], body.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void Unsafe_markdown_links_are_reported_at_their_line_and_column()
    {
        var result = MarkdownRenderer.Core.Render("Úvod.\n\nViz [odkaz](javascript:alert(1)) a ![graf](data:text/html,x).\n");

        Assert.Equal([(3, 5), (3, 36)], result.Findings.Select(r => (r.Line, r.Column)));
        Assert.Contains("'javascript:alert(1)'", result.Findings[0].Message.English);
        Assert.Contains("odkaz", result.Html);
    }

    [Fact]
    public void Embedded_pictures_are_allowed_in_images()
    {
        var result = MarkdownRenderer.Core.Render("![graf](data:image/png;base64,iVBORw0KGgo=)\n\n<img src=\"data:image/jpeg;base64,/9j/4AAQ\" alt=\"foto\">\n");

        Assert.Empty(result.Findings);
        Assert.Equal(["data:image/png;base64,iVBORw0KGgo=", "data:image/jpeg;base64,/9j/4AAQ"],
            RenderTestSite.Parse(result.Html).QuerySelectorAll("img").Select(i => i.GetAttribute("src")));
    }

    [Fact]
    public void A_body_without_raw_html_is_markdigs_output_unchanged()
    {
        var result = MarkdownRenderer.Core.Render("# Nadpis\n\nText s [odkazem](/zatec/).\n");

        Assert.Empty(result.Findings);
        Assert.Equal("<h2 id=\"nadpis\">Nadpis</h2>\n<p>Text s\u00A0<a href=\"/zatec/\">odkazem</a>.</p>\n", result.Html);
    }

    [Fact]
    public void Table_column_alignment_uses_classes_not_style_attributes()
    {
        var result = MarkdownRenderer.Core.Render("| Opatření | Částka | Stav |\n|:---|---:|:---:|\n| Terénní služba | 120 000 | ano |\n");
        var table = RenderTestSite.Parse(result.Html).QuerySelector("table")!;

        Assert.Empty(table.QuerySelectorAll("[style]"));
        Assert.Equal(["align-left", "align-right", "align-center"], table.QuerySelectorAll("tbody td").Select(td => td.ClassName));
        Assert.Equal(["align-left", "align-right", "align-center"], table.QuerySelectorAll("thead th").Select(th => th.ClassName));
    }

    [Fact]
    public void Tables_are_focusable_and_named_by_their_section_heading()
    {
        var body = Body("## Úkoly\n\nText.\n\n| Úkol | Kdo |\n|---|---|\n| Zápis | Novák |\n\n| Bez nadpisu |\n|---|\n| x |\n");
        var body2 = Body("| A |\n|---|\n| 1 |\n");

        var table = body.QuerySelector("table")!;
        Assert.Equal("0", table.GetAttribute("tabindex"));
        Assert.Equal("ukoly", table.GetAttribute("aria-labelledby"));
        Assert.Equal("Úkoly", body.QuerySelector("#" + table.GetAttribute("aria-labelledby"))!.TextContent);
        Assert.Null(body2.QuerySelector("table")!.GetAttribute("aria-labelledby"));
    }

    [Fact]
    public void A_body_with_level_one_headings_moves_every_heading_one_level_down()
    {
        var body = Body("# Program\n\n## Bod 1\n\n###### Poznámka\n");

        Assert.Equal(["H2", "H3", "H6"], body.QuerySelectorAll("h1, h2, h3, h4, h5, h6").Select(h => h.TagName));
        Assert.Equal("program", body.QuerySelector("h2")!.Id);
    }

    [Fact]
    public void A_body_without_level_one_headings_keeps_its_levels()
    {
        Assert.Equal(["H2", "H3"], Body("## Program\n\n### Bod 1\n").QuerySelectorAll("h2, h3").Select(h => h.TagName));
    }

    [Fact]
    public void An_unpaired_surrogate_in_a_link_address_is_replaced_not_thrown_on()
    {
        var html = MarkdownRenderer.Core.Render("[x](http://a/\uD800\u8607)\n").Html;

        Assert.Contains("%EF%BF%BD", html);
    }

    [Fact]
    public void A_body_nested_beyond_markdigs_limit_is_refused_with_a_message()
    {
        var error = Assert.Throws<UnrenderableMarkdownException>(() => MarkdownRenderer.Core.Render(new string('>', 5000) + " x\n"));

        Assert.StartsWith("the body cannot be rendered: Markdown elements in the input are too deeply nested", error.Message);
    }

    [Theory]
    // Emphasis nested past the limit inside a heading: its text is written out to make the heading's id.
    [InlineData(2000)]
    public void A_heading_nested_beyond_markdigs_limit_is_refused_with_a_message(int depth)
    {
        var heading = "## " + string.Concat(Enumerable.Repeat("*a _", depth)) + "x" + string.Concat(Enumerable.Repeat("_ a*", depth)) + "\n";

        var error = Assert.Throws<UnrenderableMarkdownException>(() => MarkdownRenderer.Core.Render(heading));

        Assert.StartsWith("the body cannot be rendered: Markdown elements in the input are too deeply nested", error.Message);
    }

    [Fact]
    public void Noncharacters_that_only_strings_can_hold_are_replaced_and_keep_the_rest_of_the_body()
    {
        // U+FFFF reads as the end of the text to the HTML parser; U+FFFE stops Unicode normalisation of heading ids.
        var body = "## Nad\uFFFEpis\n\nText <a href=\"\\\\%41:80#fn\uFFFF\">odkaz</a> a dál.\n";

        var result = MarkdownRenderer.Core.Render(body);

        Assert.Contains("<h2 id=\"nadpis\">Nad\uFFFDpis</h2>", result.Html);
        // The sanitiser, which bodies with HTML go through, writes the non-breaking space as an entity.
        Assert.Contains("odkaz</a> a&nbsp;dál.", result.Html);
    }

    [Fact]
    public void A_markdown_link_to_an_impossible_server_is_removed_with_a_warning()
    {
        var result = MarkdownRenderer.Core.Render("Viz [web](<//h:65536/>) a [jiný](<http://h:65536/>).\n");

        Assert.Equal(
        [
            (1, 5, Severity.Warning, "the link address '//h:65536/' was removed and its text kept: it is not a valid address (look at the server name and port); correct it or remove the link"),
            (1, 27, Severity.Warning, "the link address 'http://h:65536/' was removed and its text kept: it is not a valid address (look at the server name and port); correct it or remove the link"),
        ], result.Findings.Select(f => f.InEnglish()));
        Assert.Equal("<p>Viz web a\u00A0jiný.</p>\n", result.Html);
    }

    [Fact]
    public void Unsafe_link_removals_name_the_allowed_schemes()
    {
        Assert.Equal("the link address 'javascript:alert(1)' was removed and its text kept: only relative, http, https, mailto, tel addresses are allowed",
            Assert.Single(MarkdownRenderer.Core.Render("[x](javascript:alert(1))\n").Findings).Message.English);
    }
}
