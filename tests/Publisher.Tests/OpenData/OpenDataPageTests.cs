using System.Text.Json.Nodes;
using CsvHelper;
using Publisher.Tests.EndToEnd;
using Publisher.Tests.Support;

namespace Publisher.Tests.OpenData;

/// <summary>The page /otevrena-data/ explains the files, their fields and the licence, and every page's footer links to it.</summary>
public sealed class OpenDataPageTests(ExtendedSiteFixture fixture) : IClassFixture<ExtendedSiteFixture>
{
    private AngleSharp.Dom.IDocument Page => fixture.Site.Page("/otevrena-data/");

    [Fact]
    public void Every_page_links_to_the_open_data_page_from_its_footer()
    {
        var pages = fixture.Site.HtmlPageUrls().Where(u => fixture.Site.Page(u).QuerySelector("footer") is not null).ToList();

        Assert.True(pages.Count > 50);
        Assert.All(pages, url => Assert.Contains("/otevrena-data/", fixture.Site.Page(url).QuerySelectorAll("footer a").Select(a => a.GetAttribute("href"))));
        Assert.Equal("Otevřená data", Page.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public void The_page_links_every_file_it_explains_and_each_exists()
    {
        var links = Page.QuerySelectorAll("main a[href^='/data/']").Select(a => a.GetAttribute("href")!).ToList();

        Assert.Equal(["/data/documents.json", "/data/documents.schema.json", "/data/documents.csv", "/data/documents.csv-metadata.json", "/data/katalog.jsonld"], links);
        Assert.All(links, link => Assert.True(File.Exists(Path.Combine(fixture.Site.Output, link.TrimStart('/'))), link));
    }

    [Fact]
    public void The_fields_table_names_every_field_of_the_schema_with_its_meaning()
    {
        var rows = Page.QuerySelectorAll("table.open-data-fields tbody tr")
            .ToDictionary(r => r.QuerySelector("th")!.TextContent, r => r.QuerySelectorAll("td").Select(c => c.TextContent).ToList());
        var properties = OpenDataFiles.Json(fixture.Site, "documents.schema.json")["$defs"]!["document"]!["properties"]!.AsObject();

        Assert.All(properties, p => Assert.Equal((string?)p.Value!["description"], rows[p.Key][2]));
        Assert.Equal(["text", "ano"], rows["url"][..2]);
        Assert.Equal(["seznam", "ne"], rows["agenda"][..2]);
        Assert.Contains("attendees.present", rows.Keys);
        Assert.Contains("tasks[].due", rows.Keys);
        Assert.Contains("plan.status", rows.Keys);
    }

    [Fact]
    public void The_page_lists_the_columns_of_the_table_as_the_file_has_them()
    {
        using var reader = CsvReader.Create(File.ReadAllBytes(OpenDataFiles.PathOf(fixture.Site, "documents.csv")), new CsvReaderOptions { Separator = ',' });

        Assert.Equal(string.Join(", ", reader.Headers), Page.QuerySelector("code.csv-columns")!.TextContent);
    }

    [Fact]
    public void The_page_says_how_the_csv_is_encoded_and_made_safe_and_names_the_licence()
    {
        var text = Page.QuerySelector("main")!.TextContent;

        foreach (var phrase in new[] { "UTF-8 se značkou BOM", "RFC 4180", "CRLF", "„; “", "apostrof", "JSON Schema", "DCAT-AP-CZ" })
            Assert.Contains(phrase, text);
        var licence = Page.QuerySelector("a[rel=license]")!;
        Assert.Equal("https://creativecommons.org/licenses/by/4.0/", licence.GetAttribute("href"));
        Assert.Contains("CC BY 4.0", licence.TextContent);
    }

    [Fact]
    public void The_table_description_names_each_column_of_the_csv()
    {
        using var reader = CsvReader.Create(File.ReadAllBytes(OpenDataFiles.PathOf(fixture.Site, "documents.csv")), new CsvReaderOptions { Separator = ',' });
        var description = OpenDataFiles.Json(fixture.Site, "documents.csv-metadata.json");
        var columns = description["tableSchema"]!["columns"]!.AsArray();

        Assert.Equal("http://www.w3.org/ns/csvw", (string?)description["@context"]);
        Assert.Equal("https://zapisy.example.cz/data/documents.csv", (string?)description["url"]);
        Assert.Equal(reader.Headers, columns.Select(c => (string?)c!["name"]));
        Assert.All(columns, c => Assert.False(string.IsNullOrEmpty((string?)c!["dc:description"]), (string?)c!["name"]));
        Assert.Equal("; ", (string?)columns.Single(c => (string?)c!["name"] == "tags")!["separator"]);
    }
}
