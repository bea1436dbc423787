using System.Xml.Linq;
using Publisher.Core.Extensions;
using Publisher.Core.Extensions.Sitemap;
using Publisher.Tests.Support;

namespace Publisher.Tests.Sitemap;

/// <summary>The sitemap is one file up to 50,000 addresses and an index of parts of at most 50,000 beyond.</summary>
public class SitemapFilesTests
{
    private static readonly XNamespace Ns = SitemapFiles.Namespace;

    private static IReadOnlyList<SitemapEntry> Entries(int count) =>
        Enumerable.Range(0, count).Select(i => new SitemapEntry($"https://zapisy.example.cz/p/{i}/", i % 2 == 0 ? new DateOnly(2020, 1, 1).AddDays(i % 3000) : null)).ToList();

    private static string Absolute(string path) => "https://zapisy.example.cz" + path;

    private static Dictionary<string, XDocument> Write(IReadOnlyList<SitemapEntry> entries) =>
        SitemapFiles.Of(entries, Absolute).ToDictionary(f => f.Path, f => XDocument.Parse(f.Text()));

    private static List<string> Locs(XDocument xml) => xml.Descendants(Ns + "loc").Select(l => l.Value).ToList();

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(50_000)]
    public void Up_to_50000_addresses_are_one_sitemap(int count)
    {
        var entries = Entries(count);

        var files = Write(entries);

        var sitemap = Assert.Single(files);
        Assert.Equal("sitemap.xml", sitemap.Key);
        Assert.Equal(Ns + "urlset", sitemap.Value.Root!.Name);
        Assert.Equal(entries.Select(e => e.Url), Locs(sitemap.Value));
    }

    [Theory]
    [InlineData(50_001, 2)]
    [InlineData(100_000, 2)]
    [InlineData(100_001, 3)]
    public void More_than_50000_addresses_are_an_index_of_parts_of_at_most_50000(int count, int parts)
    {
        var entries = Entries(count);

        var files = Write(entries);

        Assert.Equal(["sitemap.xml", .. Enumerable.Range(1, parts).Select(i => $"sitemap-{i}.xml")], files.Keys);
        var index = files["sitemap.xml"];
        Assert.Equal(Ns + "sitemapindex", index.Root!.Name);
        Assert.Equal(Enumerable.Range(1, parts).Select(i => $"https://zapisy.example.cz/sitemap-{i}.xml"), Locs(index));
        var listed = new List<string>();
        for (var i = 1; i <= parts; i++)
        {
            var part = files[$"sitemap-{i}.xml"];
            Assert.Equal(Ns + "urlset", part.Root!.Name);
            Assert.InRange(Locs(part).Count, 1, SitemapFiles.MaxUrls);
            listed.AddRange(Locs(part));
        }
        Assert.Equal(entries.Select(e => e.Url), listed);
    }

    [Fact]
    public void An_entry_with_a_date_has_it_as_its_last_change_and_the_index_gives_each_parts_latest()
    {
        var entries = Entries(50_001);

        var files = Write(entries);

        var first = files["sitemap-1.xml"].Descendants(Ns + "url").Take(2).ToList();
        Assert.Equal("2020-01-01", first[0].Element(Ns + "lastmod")!.Value);
        Assert.Null(first[1].Element(Ns + "lastmod"));
        var latest = entries.Take(SitemapFiles.MaxUrls).Max(e => e.LastModified)!.Value;
        Assert.Equal([Core.Model.IsoText.Date(latest), Core.Model.IsoText.Date(entries[^1].LastModified!.Value)],
            files["sitemap.xml"].Descendants(Ns + "lastmod").Select(l => l.Value));
    }

    [Fact]
    public void Addresses_are_written_as_xml_text()
    {
        var file = Assert.Single(SitemapFiles.Of([new SitemapEntry("https://example.cz/?a=1&b=<2>", null)], Absolute));

        Assert.Contains("<loc>https://example.cz/?a=1&amp;b=&lt;2&gt;</loc>", file.Text());
    }
}
