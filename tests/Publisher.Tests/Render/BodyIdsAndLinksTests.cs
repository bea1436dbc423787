using Publisher.Core.Diagnostics;
using Publisher.Core.Render.Markdown;
using Publisher.Tests.Support;

namespace Publisher.Tests.Render;

/// <summary>
/// Ids in a body never repeat an id of the page, and every address the body links to comes back with its position
/// in the Markdown file; links to another document's .md file become that document's address.
/// </summary>
public class BodyIdsAndLinksTests
{
    private static readonly MarkdownContext Theme = new(new HashSet<string> { "main-content", "program", "program-1" });

    private static readonly Dictionary<string, string> Published = new()
    {
        ["documents/zatec/2020/2020-03-04-zapis.md"] = "/zatec/seniori/2020/2020-03-04-zapis/",
        ["documents/zatec/2021/2021-01-10-zapis.md"] = "/zatec/seniori/2021/2021-01-10-zapis/",
        ["documents/liberec/plan.md"] = "/liberec/2022/plan/",
    };

    /// <summary>The document documents/zatec/2021/2021-01-10-zapis.md, whose body starts on line 9 of its file.</summary>
    private static readonly MarkdownContext InSite = MarkdownContext.Empty with
    {
        SourcePath = "documents/zatec/2021/2021-01-10-zapis.md",
        FirstLine = 9,
        ResolveDocument = path => Published.TryGetValue(path, out var url)
            ? new DocumentLinkTarget(url)
            : new DocumentLinkTarget(null, Published.Keys.FirstOrDefault(k => k.Length == path.Length && k.Zip(path).Count(c => c.First != c.Second) <= 2)),
    };

    [Fact]
    public void Heading_ids_avoid_the_ids_of_the_theme_and_of_each_other()
    {
        var body = RenderTestSite.Parse(MarkdownRenderer.Core.Render("## Program\n\n## Program\n\n## Main content\n", Theme).Html);

        Assert.Equal(["program-2", "program-3", "main-content-1"], body.QuerySelectorAll("h2").Select(h => h.Id));
    }

    [Fact]
    public void A_raw_id_that_repeats_a_heading_theme_or_earlier_id_is_removed_with_a_warning()
    {
        const string markdown = "## Úvod\n\n<span id=\"uvod\">a</span> <b id=\"main-content\">b</b> <i id=\"vlastni\">c</i> <em id=\"vlastni\">d</em> <mark id=\"fn:1\">e</mark>[^1]\n\n[^1]: Poznámka.\n";

        var result = MarkdownRenderer.Core.Render(markdown, Theme);

        Assert.Equal(
        [
            (3, 1, Severity.Warning, "the id 'uvod' of <span> was removed: the heading on line 1 has the same id, and an id must be unique on a page; choose another id"),
            (3, 26, Severity.Warning, "the id 'main-content' of <b> was removed: the page's layout has the same id, and an id must be unique on a page; choose another id"),
            (3, 75, Severity.Warning, "the id 'vlastni' of <em> was removed: the <i> on line 3 has the same id, and an id must be unique on a page; choose another id"),
            (3, 99, Severity.Warning, "the id 'fn:1' of <mark> was removed: a footnote has the same id, and an id must be unique on a page; choose another id"),
        ], result.Findings.Select(f => f.InEnglish()));
        var ids = RenderTestSite.Parse(result.Html).QuerySelectorAll("[id]").Select(e => e.Id!).ToList();
        Assert.Equal(ids.Distinct(), ids);
        Assert.Equal("vlastni", RenderTestSite.Parse(result.Html).QuerySelector("i")!.Id);
    }

    [Fact]
    public void Every_link_and_image_address_is_returned_with_its_position_in_the_file()
    {
        const string markdown = "Viz [zápis](/zatec/ \"titulek\") a ![graf](graf.png).\n\nWeb https://www.example.cz/a b a <mailto:a@example.cz>.\n\n"
            + "[ref]: /ref/\n\nOdkaz [ref] a [Úvod] a [cesta](<../a b/č.html>).\n\n## Úvod\n\n<p>Raw <a href=\"/raw/\">x</a> <img src=\"r.png\" alt=\"r\"></p>\n";

        var result = MarkdownRenderer.Core.Render(markdown, InSite);

        Assert.Equal(
        [
            new BodyLink("/zatec/", 9, 5),
            new BodyLink("graf.png", 9, 34),
            new BodyLink("https://www.example.cz/a", 11, 5),
            new BodyLink("mailto:a@example.cz", 11, 34),
            new BodyLink("/ref/", 15, 7),
            new BodyLink("#uvod", 15, 15),
            new BodyLink("../a%20b/%C4%8D.html", 15, 24),
            new BodyLink("/raw/", 19, 8),
            new BodyLink("r.png", 19, 30),
        ], result.Links);
        Assert.Empty(result.Findings);
    }

    [Fact]
    public void A_link_to_another_documents_file_becomes_its_address_with_the_fragment_kept()
    {
        var result = MarkdownRenderer.Core.Render("Viz [zápis](../2020/2020-03-04-zapis.md#ukoly) a [plán](../../liberec/plan.md).\n\n<a href=\"2021-01-10-zapis.md\">tento</a>\n", InSite);
        var links = RenderTestSite.Parse(result.Html).QuerySelectorAll("a").Select(a => a.GetAttribute("href"));

        Assert.Equal(["/zatec/seniori/2020/2020-03-04-zapis/#ukoly", "/liberec/2022/plan/", "/zatec/seniori/2021/2021-01-10-zapis/"], links);
        Assert.Equal(["/zatec/seniori/2020/2020-03-04-zapis/#ukoly", "/liberec/2022/plan/", "/zatec/seniori/2021/2021-01-10-zapis/"], result.Links.Select(l => l.Url));
        Assert.Empty(result.Findings);
    }

    // A link taken out for its address must not hide the links before it in the same paragraph from what follows.
    [Fact]
    public void Links_beside_a_removed_unsafe_link_are_still_resolved_and_checked()
    {
        var result = MarkdownRenderer.Core.Render(
            "Viz [zápis](../2020/2020-03-04-zapis.md) a [zlé](javascript:alert(1)) a [plán](../../liberec/plan.md) i [![graf](graf.png)](javascript:x).\n", InSite);
        var page = RenderTestSite.Parse(result.Html);

        Assert.Equal(["/zatec/seniori/2020/2020-03-04-zapis/", "/liberec/2022/plan/"], page.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Equal(["/zatec/seniori/2020/2020-03-04-zapis/", "/liberec/2022/plan/", "graf.png"], result.Links.Select(l => l.Url));
        Assert.Equal("graf.png", page.QuerySelector("img")!.GetAttribute("src"));
        Assert.Equal([(9, 44), (9, 105)], result.Findings.Select(f => (f.Line, f.Column)));
        // The text around a removed link is tied as if the link had never been there: "a zlé" keeps "a" with "zlé",
        // and the "a" of "xa b" is no word of its own.
        Assert.Contains("a\u00A0zlé", result.Html);
        Assert.Contains("<p>xa b</p>", MarkdownRenderer.Core.Render("x[a b](javascript:y)\n").Html);
    }

    [Fact]
    public void A_link_to_a_file_of_no_published_document_is_an_error_with_the_likely_file()
    {
        var result = MarkdownRenderer.Core.Render("Úvod.\n\nViz [zápis](../2020/2020-03-04-zapsi.md) a [nic](../2019/nic.md) a [ven](../../../../x.md).\n", InSite);

        Assert.Equal(
        [
            (11, 5, Severity.Error, "the link '../2020/2020-03-04-zapsi.md' leads to documents/zatec/2020/2020-03-04-zapsi.md, which is not a published document (did you mean '../2020/2020-03-04-zapis.md'?); link to a document by the path of its .md file from this one"),
            (11, 44, Severity.Error, "the link '../2019/nic.md' leads to documents/zatec/2019/nic.md, which is not a published document; link to a document by the path of its .md file from this one"),
            (11, 68, Severity.Error, "the link '../../../../x.md' leads outside the input folder; link to a document by the path of its .md file from this one"),
        ], result.Findings.Select(f => f.InEnglish()));
    }

    [Theory]
    [InlineData("[a](https://example.cz/navod.md)")]
    [InlineData("[a](/dokumenty/navod.md)")]
    [InlineData("[a](navod.md?v=2)")]
    [InlineData("![a](obrazek.md)")]
    public void Addresses_that_are_not_relative_paths_of_md_files_are_left_alone(string markdown)
    {
        var result = MarkdownRenderer.Core.Render(markdown + "\n", InSite);

        Assert.Empty(result.Findings);
        Assert.DoesNotContain("/zatec/seniori/", result.Html);
    }

    [Fact]
    public void Without_a_resolver_links_to_md_files_are_left_as_written()
    {
        var result = MarkdownRenderer.Core.Render("[zápis](../2020/neni.md)\n");

        Assert.Empty(result.Findings);
        Assert.Equal("../2020/neni.md", Assert.Single(result.Links).Url);
    }
}
