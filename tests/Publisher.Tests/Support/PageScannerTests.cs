

namespace Publisher.Tests.Support;

public class PageScannerTests
{
    private static string Page(string body) =>
        $"<!DOCTYPE html>\n<html lang=\"cs\">\n<head><meta charset=\"utf-8\"><title>T</title></head>\n<body>\n{body}\n</body>\n</html>\n";

    [Fact]
    public void Finds_href_src_and_id_values()
    {
        const string html = """
            <!DOCTYPE html>
            <html><head><title>T</title><link rel="stylesheet" href="/assets/site.css"></head>
            <body><h2 id="program">Program</h2><a href="/zatec/">Žatec</a>
            <img src="/img/logo.png" alt=""><a class="x" href='#program'>zpět</a><section id=ukoly></section></body></html>
            """;

        var scanned = PageScanner.Scan("/zatec/2020/", "input/documents/a.md", html);

        Assert.Equal("/zatec/2020/", scanned.Links.Url);
        Assert.Equal("input/documents/a.md", scanned.Links.Origin);
        Assert.Equal(["/assets/site.css", "/zatec/", "/img/logo.png", "#program"], scanned.Links.Targets);
        Assert.Equal(new HashSet<string> { "program", "ukoly" }, scanned.Links.Ids);
        Assert.Empty(scanned.Problems);
    }

    [Fact]
    public void Html_entities_in_values_are_decoded()
    {
        var links = PageScanner.Scan("/", "x", Page("<a href=\"/hledat/?q=a&amp;r=b\">x</a><h2 id=\"a&amp;b\">y</h2><a href=\"/&#382;atec/\">z</a>")).Links;

        Assert.Equal(["/hledat/?q=a&r=b", "/žatec/"], links.Targets);
        Assert.Equal(["a&b"], links.Ids);
    }

    [Fact]
    public void Attributes_that_only_end_in_href_src_or_id_are_ignored()
    {
        var links = PageScanner.Scan("/", "x", Page("<div data-href=\"/a/\" data-id=\"b\" srcset=\"/c.png\" aria-describedby=\"d\" xid=\"e\"></div>")).Links;

        Assert.Empty(links.Targets);
        Assert.Empty(links.Ids);
    }

    [Fact]
    public void Empty_and_repeated_targets_are_all_listed()
    {
        var links = PageScanner.Scan("/", "x", Page("<a href=\"\">prázdný</a> <a href=\"/a/\">1</a> <a href=\"/a/\">2</a>")).Links;

        Assert.Equal(["", "/a/", "/a/"], links.Targets);
    }

    [Fact]
    public void A_well_formed_page_has_no_problems()
    {
        var scanned = PageScanner.Scan("/", "x", Page("<main id=\"main-content\"><h1>Zápis</h1><p>Text<br>další <img src=\"/a.png\" alt=\"\"></p></main>"));

        Assert.Empty(scanned.Problems);
    }

    [Theory]
    [InlineData("<div><span>neuzavřený</div>", 5)]
    [InlineData("<main><p>text</main></p>", 5)]
    [InlineData("<a href=\"/a/\" href=\"/b/\">dvakrát</a>", 5)]
    [InlineData("<b><i>křížem</b></i>", 5)]
    public void Markup_that_a_browser_has_to_repair_is_a_problem_at_its_line(string body, int line)
    {
        var problems = PageScanner.Scan("/a/", "x", Page(body)).Problems;

        Assert.NotEmpty(problems);
        Assert.All(problems, p => Assert.StartsWith("not well-formed HTML", p.Message));
        Assert.All(problems, p => Assert.Equal(line, p.Line));
    }

    [Fact]
    public void An_element_left_open_at_the_end_is_a_problem()
    {
        Assert.Contains(PageScanner.Scan("/a/", "x", Page("<section><p>text")).Problems, p => p.Message.StartsWith("not well-formed HTML"));
    }

    [Fact]
    public void A_missing_doctype_is_a_problem()
    {
        Assert.NotEmpty(PageScanner.Scan("/a/", "x", "<html><head><title>T</title></head><body></body></html>").Problems);
    }

    [Fact]
    public void A_duplicate_id_is_a_problem()
    {
        var problem = Assert.Single(PageScanner.Scan("/a/", "x", Page("<h2 id=\"program\">A</h2>\n<h2 id=\"program\">B</h2>")).Problems);

        Assert.Equal("the id 'program' is used more than once", problem.Message);
        Assert.Equal(6, problem.Line);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>", "an inline <script>")]
    [InlineData("<style>p { color: red }</style>", "a <style> element")]
    [InlineData("<p style=\"color:red\">x</p>", "a style attribute on <p>")]
    [InlineData("<button onclick=\"x()\">x</button>", "an inline event handler onclick on <button>")]
    [InlineData("<a href=\" javascript:alert(1)\">x</a>", "a javascript: address in href")]
    public void Markup_the_security_policy_would_block_is_a_problem(string body, string message)
    {
        var problem = Assert.Single(PageScanner.Scan("/a/", "x", Page(body)).Problems);

        Assert.StartsWith(message, problem.Message);
        Assert.Equal(5, problem.Line);
    }

    [Fact]
    public void An_external_script_file_is_not_a_problem()
    {
        Assert.Empty(PageScanner.Scan("/a/", "x", Page("<script src=\"/assets/search.js\" defer></script>")).Problems);
    }
}
