using System.Text.Json;
using System.Text.Json.Nodes;
using AngleSharp.Dom;
using Publisher.Tests.Support;

namespace Publisher.Tests.Metadata;

/// <summary>The real site with two documents whose titles try to break out of the HTML, the meta tags and the JSON-LD block.</summary>
public sealed class HostileTitleSiteFixture : IDisposable
{
    public const string ScriptTitle = "<script>alert(1)</script> & „test“";
    public const string CloseTitle = "Zápis </script><script>alert(1)</script> konec";

    private readonly TempDirectory _additions = new();

    public HostileTitleSiteFixture()
    {
        Write("documents/zatec/2021/zapis-skript.md", $"""
            ---
            title: {JsonSerializer.Serialize(ScriptTitle)}
            type: minutes
            date: 2021-05-20
            time: "14:30"
            region: zatec
            group: socialni-prevence-a-odborne-socialni-poradenstvi
            place: {JsonSerializer.Serialize("Radnice </script><b>Žatec</b>")}
            author: {JsonSerializer.Serialize("Jana \"</script>\" Nováková")}
            summary: {JsonSerializer.Serialize("Shrnutí </script><script>alert(2)</script> & <!-- komentář")}
            ---
            Text zápisu.
            """);
        Write("documents/zatec/2021/aktualita-skript.md", $"""
            ---
            title: {JsonSerializer.Serialize(CloseTitle)}
            type: news
            date: 2021-06-01
            region: zatec
            ---
            Text aktuality.
            """);
        Write("documents/zatec/2021/plan.md", """
            ---
            title: "Komunitní plán Žatec 2021–2023"
            type: plan
            date: 2021-01-15
            region: zatec
            id: kp-zatec-test
            period: 2021-2023
            status: approved
            ---
            Text plánu.
            """);
        Site = new BuiltSite(RepositoryPaths.Input, _additions.Path);
    }

    public BuiltSite Site { get; }

    private void Write(string path, string text)
    {
        var file = _additions.Combine(path.Split('/'));
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, text.Replace("\r\n", "\n"));
    }

    public void Dispose()
    {
        Site.Dispose();
        _additions.Dispose();
    }
}

/// <summary>Open Graph tags on every page and a schema.org JSON-LD data block on document pages, whatever their values hold.</summary>
public sealed class PageMetadataTests(HostileTitleSiteFixture fixture) : IClassFixture<HostileTitleSiteFixture>
{
    private BuiltSite Site => fixture.Site;

    private string UrlOf(string title) => OpenDataIndex.Read(Site).Single(e => OpenData.OpenDataFiles.Json(Site, "documents.json")["documents"]!
        .AsArray().Single(d => (string?)d!["url"] == e.Url)!["title"]!.GetValue<string>() == title).Url;

    private static string? Meta(IDocument page, string property) =>
        page.QuerySelector($"meta[property='{property}']")?.GetAttribute("content");

    private static JsonNode JsonLd(IDocument page)
    {
        var block = Assert.Single(page.QuerySelectorAll("script"));
        Assert.Equal("application/ld+json", block.GetAttribute("type"));
        Assert.Same(page.Head, block.ParentElement);
        return JsonNode.Parse(block.TextContent)!;
    }

    [Theory]
    [InlineData(HostileTitleSiteFixture.ScriptTitle)]
    [InlineData(HostileTitleSiteFixture.CloseTitle)]
    public void A_hostile_title_is_text_in_the_page_the_tags_and_the_json_ld_and_no_script_but_the_data_block_exists(string title)
    {
        var url = UrlOf(title);
        var page = Site.Page(url);

        Assert.Equal(title, page.QuerySelector("h1")!.TextContent);
        Assert.Equal(title, Meta(page, "og:title"));
        Assert.Equal(title, (string?)JsonLd(page)["name"]);
        // Nothing the title holds became an element, and the data block holds no character that could end it.
        Assert.Empty(page.QuerySelectorAll("b, img, iframe"));
        var block = DataBlock(File.ReadAllText(Site.FileOf(url)));
        Assert.Contains("\\u003C/script\\u003E", block);
        Assert.DoesNotContain('<', block);
        Assert.DoesNotContain('>', block);
        Assert.DoesNotContain('&', block);
    }

    /// <summary>The text of the page's JSON-LD data block as written in the file, between its tags.</summary>
    private static string DataBlock(string html)
    {
        const string Start = "<script type=\"application/ld+json\">";
        var from = html.IndexOf(Start, StringComparison.Ordinal) + Start.Length;
        return html[from..html.IndexOf("</script>", from, StringComparison.Ordinal)];
    }

    [Fact]
    public void Minutes_are_a_digital_document_about_the_meeting_with_its_start_and_place()
    {
        var url = UrlOf(HostileTitleSiteFixture.ScriptTitle);
        var data = JsonLd(Site.Page(url));

        Assert.Equal("https://schema.org", (string?)data["@context"]);
        Assert.Equal("DigitalDocument", (string?)data["@type"]);
        Assert.Equal("https://zapisy.example.cz" + url, (string?)data["url"]);
        Assert.Equal("2021-05-20", (string?)data["datePublished"]);
        Assert.Equal("Jana \"</script>\" Nováková", (string?)data["author"]!["name"]);
        Assert.Equal("Shrnutí </script><script>alert(2)</script> & <!-- komentář", (string?)data["description"]);
        Assert.Equal("Organization", (string?)data["publisher"]!["@type"]);
        Assert.Equal("Žatec", (string?)data["publisher"]!["name"]);
        var meeting = data["about"]!;
        Assert.Equal("Event", (string?)meeting["@type"]);
        Assert.Equal("2021-05-20T14:30", (string?)meeting["startDate"]);
        Assert.Equal("Place", (string?)meeting["location"]!["@type"]);
        Assert.Equal("Radnice </script><b>Žatec</b>", (string?)meeting["location"]!["name"]);
    }

    [Fact]
    public void News_is_a_news_article_and_plans_are_documents_without_a_meeting()
    {
        var news = JsonLd(Site.Page(UrlOf(HostileTitleSiteFixture.CloseTitle)));
        var plan = OpenDataIndex.Read(Site).First(e => e.Type == "plan");

        Assert.Equal("NewsArticle", (string?)news["@type"]);
        Assert.Equal(HostileTitleSiteFixture.CloseTitle, (string?)news["headline"]);
        Assert.Null(news["about"]);
        var planData = JsonLd(Site.Page(plan.Url));
        Assert.Equal("DigitalDocument", (string?)planData["@type"]);
        Assert.Null(planData["about"]);
        Assert.Equal(plan.Date, (string?)planData["datePublished"]);
    }

    [Fact]
    public void Every_document_page_has_one_json_ld_block_that_parses_and_other_pages_have_no_script_but_search()
    {
        var documents = OpenDataIndex.Read(Site).Select(e => e.Url).ToHashSet(StringComparer.Ordinal);

        foreach (var url in Site.HtmlPageUrls().Where(u => Site.Page(u).QuerySelector("meta[http-equiv=refresh]") is null))
        {
            var page = Site.Page(url);
            if (documents.Contains(url))
                Assert.Equal("https://zapisy.example.cz" + url, (string?)JsonLd(page)["@id"]);
            else
                Assert.All(page.QuerySelectorAll("script"), s => Assert.Equal("/hledat/", url));
        }
    }

    [Fact]
    public void Every_page_has_its_open_graph_tags()
    {
        foreach (var url in Site.HtmlPageUrls().Where(u => Site.Page(u).QuerySelector("meta[http-equiv=refresh]") is null))
        {
            var page = Site.Page(url);
            var title = page.QuerySelector("h1")!.TextContent;
            Assert.Equal(url == "/" ? "Komunitní plánování sociálních služeb – zápisy a plány" : page.Title!.Split(" – Komunitní")[0], Meta(page, "og:title"));
            Assert.Equal(OpenDataIndex.Read(Site).Any(e => e.Url == url) ? "article" : "website", Meta(page, "og:type"));
            Assert.Equal(url == "/404.html" ? null : "https://zapisy.example.cz" + url, Meta(page, "og:url"));
            Assert.Equal("Komunitní plánování sociálních služeb – zápisy a plány", Meta(page, "og:site_name"));
            Assert.Equal("cs_CZ", Meta(page, "og:locale"));
            Assert.Equal(page.QuerySelector("meta[name=description]")?.GetAttribute("content") ?? "Web zveřejňuje zápisy z jednání a plány komunitního plánování sociálních služeb z několika regionů České republiky.",
                Meta(page, "og:description"));
            Assert.NotEmpty(title);
        }
    }
}
