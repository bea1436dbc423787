using Publisher.Core.PostProcess;

namespace Publisher.Tests.PostProcess;

public class LinkScannerTests
{
    [Fact]
    public void Finds_href_src_and_id_values()
    {
        const string html = """
            <html><head><link rel="stylesheet" href="/assets/site.css"></head>
            <body><h2 id="program">Program</h2><a href="/zatec/">Žatec</a>
            <img src="/img/logo.png" alt=""><a class="x" href="#program">zpět</a><section id="ukoly"></section></body></html>
            """;

        var links = LinkScanner.Scan("/zatec/2020/", "input/documents/a.md", html);

        Assert.Equal("/zatec/2020/", links.Url);
        Assert.Equal("input/documents/a.md", links.Origin);
        Assert.Equal(["/assets/site.css", "/zatec/", "/img/logo.png", "#program"], links.Targets);
        Assert.Equal(new HashSet<string> { "program", "ukoly" }, links.Ids);
    }

    [Fact]
    public void Html_entities_in_values_are_decoded()
    {
        var links = LinkScanner.Scan("/", "x", "<a href=\"/hledat/?q=a&amp;r=b\">x</a><h2 id=\"a&amp;b\">y</h2><a href=\"/&#382;atec/\">z</a>");

        Assert.Equal(["/hledat/?q=a&r=b", "/žatec/"], links.Targets);
        Assert.Equal(["a&b"], links.Ids);
    }

    [Fact]
    public void Attributes_that_only_end_in_href_src_or_id_are_ignored()
    {
        var links = LinkScanner.Scan("/", "x", "<div data-href=\"/a/\" data-id=\"b\" srcset=\"/c.png\" aria-describedby=\"d\" xid=\"e\"></div>");

        Assert.Empty(links.Targets);
        Assert.Empty(links.Ids);
    }

    [Fact]
    public void Empty_values_are_kept()
    {
        var links = LinkScanner.Scan("/", "x", "<a href=\"\">prázdný</a>");

        Assert.Equal([""], links.Targets);
    }

    [Fact]
    public void Repeated_targets_are_all_listed()
    {
        var links = LinkScanner.Scan("/", "x", "<a href=\"/a/\">1</a> <a href=\"/a/\">2</a>");

        Assert.Equal(["/a/", "/a/"], links.Targets);
    }

    [Fact]
    public void A_page_without_links_has_none()
    {
        var links = LinkScanner.Scan("/", "x", "<p>Žádné odkazy.</p>");

        Assert.Empty(links.Targets);
        Assert.Empty(links.Ids);
    }
}
