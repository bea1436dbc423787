using Publisher.Tests.Support;
using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Publisher.Core.Render.Markdown;

namespace Publisher.Tests.Render;

/// <summary>
/// Heading ids and links of bare addresses are made by the project's own code instead of Markdig's AutoIdentifiers
/// and AutoLinks extensions, whose time grows with the square of the body. Published pages are linked to by their
/// heading ids, so both must give exactly what Markdig gave: compared here with Markdig itself, on bodies without
/// tables, raw HTML, quotes or '#' headings (which the renderer changes on purpose).
/// </summary>
public class MarkdigCompatibilityTests
{
    private static readonly MarkdownPipeline Markdig = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseAutoIdentifiers(AutoIdentifierOptions.Default)
        .UseAutoLinks()
        .UseFootnotes()
        .UseSmartyPants()
        .UsePreciseSourceLocation()
        .Build();

    /// <summary>Our HTML with the ties of Czech typesetting read as spaces: Markdig does not tie words, and ties are not what is compared here.</summary>
    private static string Ours(string markdown) => Typeset.Untied(MarkdownRenderer.Core.Render(markdown).Html);

    [Theory]
    [InlineData("## a\n\n## a\n\n## a-1\n\n## a\n\n## a-1\n")]
    [InlineData("## a-1\n\n## a\n\n## a\n\n## a-2-1\n\n## a-2\n")]
    [InlineData("## Účastníci jednání\n\n## Program – bod 3\n\n## 2020 plán\n\n## 3. 4. 2020\n")]
    [InlineData("##\n\n## section\n\n## !!!\n\n## section-1\n")]
    [InlineData("## *Tučně* a [odkaz](/zatec/) a `kód`\n\n## https://example.cz/a\n\n## a [^1]\n\n[^1]: pozn.\n")]
    [InlineData("Úvod\n----\n\nÚvod\n---\n\n- ## Úvod\n\n> ## Úvod\n")]
    [InlineData("## Úvod\n\nViz [Úvod] a [Program].\n\n## Program\n")]
    [InlineData("Viz [Program] a [Úvod].\n\n## Program\n\n## Úvod\n\n[Úvod]: /jinam/\n")]
    [InlineData("## x_y.z ž\n\n## X Y\n\n## x-y\n")]
    public void Heading_ids_and_heading_references_are_markdigs(string markdown)
    {
        Assert.Equal(Markdown.ToHtml(markdown, Markdig), Ours(markdown));
    }

    [Fact]
    public void Heading_ids_of_random_repeated_texts_are_markdigs()
    {
        string[] texts = ["a", "a-1", "a-2", "a-1-1", "b", "", "section", "section-1", "1", "a 1", "A", "á"];
        var random = new Random(20_200_610);
        for (var round = 0; round < 200; round++)
        {
            var markdown = string.Concat(Enumerable.Range(0, random.Next(1, 40)).Select(_ => $"## {texts[random.Next(texts.Length)]}\n\n"));
            Assert.Equal(Markdown.ToHtml(markdown, Markdig), Ours(markdown));
        }
    }

    [Theory]
    [InlineData("Podklady: https://www.example.cz/podklady/2020, www.example.cz.\n")]
    [InlineData("Pište na mailto:kpss@example.cz nebo mailto:@example.cz, volejte tel:+420415736111 či tel: nic\n")]
    [InlineData("x https://example.cz/a_b_ y (https://example.cz/(x)) https://example.cz/?q=1&b=2#f\n")]
    [InlineData("*https://example.cz/x* **www.example.cz** _https://example.cz/y_ ~https://example.cz/z~\n")]
    [InlineData("xhttps://example.cz /www.example.cz https://localhost http:// https://a https://a.b\n")]
    [InlineData("[viz https://example.cz/a](/zatec/) a [https://example.cz/b] a ![https://example.cz/c](x.png)\n")]
    [InlineData("`https://example.cz/kod` a <https://example.cz/ostre> a \\https://example.cz/\n")]
    [InlineData("hTTPs://example.cz/a WWW.example.cz wWW.example.cz mAILTO:a@b.cz tEL:+420415736111 mailto:A@B.cz\n")]
    [InlineData("Řádek https://example.cz/1\nřádek https://example.cz/2\n\n- https://example.cz/3\n\n> www.example.cz/4\n")]
    [InlineData("## Odkaz https://example.cz/nadpis\n\n| a |\n")]
    public void Links_of_bare_addresses_are_markdigs(string markdown)
    {
        Assert.Equal(Markdown.ToHtml(markdown, Markdig), Ours(markdown));
    }

    [Fact]
    public void Bare_addresses_inside_a_raw_link_stay_text_like_in_markdig()
    {
        const string markdown = "<a href=\"/zatec/\">viz https://example.cz/a</a> a https://example.cz/b\n";

        Assert.Equal(Markdown.ToHtml(markdown, Markdig), Ours(markdown));
        Assert.Equal("<p><a href=\"/zatec/\">viz https://example.cz/a</a> a <a href=\"https://example.cz/b\">https://example.cz/b</a></p>\n",
            Ours(markdown));
    }

    [Fact]
    public void Only_a_raw_a_element_keeps_bare_addresses_as_text_not_every_tag_starting_with_a()
    {
        // Markdig treats any tag starting with "<a" (<abbr>, <aside>) as an open link; only <a> is one.
        var html = MarkdownRenderer.Core.Render("<abbr title=\"adresa\">viz https://example.cz/a</abbr>\n").Html;

        Assert.Equal("<p><abbr title=\"adresa\">viz <a href=\"https://example.cz/a\">https://example.cz/a</a></abbr></p>\n", html);
    }
}
