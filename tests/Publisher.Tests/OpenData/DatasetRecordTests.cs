using System.Text.Json.Nodes;
using Publisher.Core.Extensions.OpenData;
using Publisher.Tests.EndToEnd;
using Publisher.Tests.Support;

namespace Publisher.Tests.OpenData;

/// <summary>/data/katalog.jsonld describes the dataset in DCAT-AP-CZ, as the national catalogue harvests it.</summary>
public sealed class DatasetRecordTests(ExtendedSiteFixture fixture) : IClassFixture<ExtendedSiteFixture>
{
    private JsonNode Record => OpenDataFiles.Json(fixture.Site, "katalog.jsonld");

    /// <summary>The site path of an absolute address of the site, which must be one.</summary>
    private static string SitePath(string? url)
    {
        Assert.NotNull(url);
        Assert.StartsWith("https://zapisy.example.cz/", url);
        return url["https://zapisy.example.cz".Length..];
    }

    [Fact]
    public void The_record_is_a_dataset_in_the_context_of_the_national_catalogue()
    {
        var record = Record;

        Assert.Equal("https://ofn.gov.cz/rozhraní-katalogů-otevřených-dat/2021-01-11/kontexty/rozhraní-katalogů-otevřených-dat.jsonld", (string?)record["@context"]);
        Assert.Equal("Datová sada", (string?)record["typ"]);
        Assert.Equal("https://zapisy.example.cz/data/katalog.jsonld", (string?)record["iri"]);
        Assert.Equal("Komunitní plánování sociálních služeb – zápisy a plány", (string?)record["název"]!["cs"]);
        Assert.StartsWith("Web zveřejňuje zápisy", (string?)record["popis"]!["cs"]);
        // Without a publisher in site.yml, the provider is named by the site's address until the record is registered.
        Assert.Equal("https://zapisy.example.cz/", (string?)record["poskytovatel"]);
        Assert.Contains("http://publications.europa.eu/resource/authority/data-theme/SOCI", record["téma"]!.AsArray().Select(t => (string?)t));
        Assert.StartsWith("http://publications.europa.eu/resource/authority/frequency/", (string?)record["periodicita_aktualizace"]);
        Assert.Contains("komunitní plánování sociálních služeb", record["klíčové_slovo"]!["cs"]!.AsArray().Select(k => (string?)k));
        Assert.Contains("dluhy", record["klíčové_slovo"]!["cs"]!.AsArray().Select(k => (string?)k));
        Assert.Equal("/otevrena-data/", SitePath((string?)record["dokumentace"]));
    }

    [Fact]
    public void The_json_and_the_csv_are_distributions_with_their_schema_media_type_and_terms_of_use()
    {
        var distributions = Record["distribuce"]!.AsArray();

        Assert.Equal(2, distributions.Count);
        var expected = new[] { ("/data/documents.json", "JSON", "application/json"), ("/data/documents.csv", "CSV", "text/csv") };
        foreach (var (distribution, (path, format, mediaType)) in distributions.Zip(expected))
        {
            Assert.Equal("Distribuce", (string?)distribution!["typ"]);
            Assert.Equal(path, SitePath((string?)distribution["soubor_ke_stažení"]));
            Assert.Equal((string?)distribution["soubor_ke_stažení"], (string?)distribution["přístupové_url"]);
            Assert.Equal($"http://publications.europa.eu/resource/authority/file-type/{format}", (string?)distribution["formát"]);
            Assert.Equal($"http://www.iana.org/assignments/media-types/{mediaType}", (string?)distribution["typ_média"]);
            var terms = distribution["podmínky_užití"]!;
            Assert.Equal("Specifikace podmínek užití", (string?)terms["typ"]);
            foreach (var right in new[] { "autorské_dílo", "databáze_jako_autorské_dílo", "databáze_chráněná_zvláštními_právy" })
                Assert.Equal("https://creativecommons.org/licenses/by/4.0/", (string?)terms[right]);
            Assert.Equal("https://data.gov.cz/podmínky-užití/obsahuje-osobní-údaje/", (string?)terms["osobní_údaje"]);
        }
    }

    [Fact]
    public void Every_address_the_record_gives_exists_in_the_output()
    {
        var distributions = Record["distribuce"]!.AsArray();
        var addresses = distributions.SelectMany(d => new[] { (string?)d!["soubor_ke_stažení"], (string?)d["schéma"] })
            .Append((string?)Record["dokumentace"])
            .Select(SitePath)
            .ToList();

        Assert.Equal(5, addresses.Distinct().Count());
        Assert.All(addresses, path => Assert.True(fixture.Site.Exists(path), $"{path} is not in the output"));
        // A distribution is named by the part of the open data page that describes it.
        foreach (var distribution in distributions)
        {
            var iri = (string)distribution!["iri"]!;
            Assert.NotNull(fixture.Site.Page(SitePath(iri[..iri.IndexOf('#')])).GetElementById(iri[(iri.IndexOf('#') + 1)..]));
        }
    }

    [Fact]
    public void The_time_covered_runs_from_the_oldest_to_the_newest_document()
    {
        var dates = OpenDataIndex.Read(fixture.Site).Select(e => e.Date).Order(StringComparer.Ordinal).ToList();
        var coverage = Record["časové_pokrytí"]!;

        Assert.Equal((dates[0], dates[^1]), ((string?)coverage["začátek"], (string?)coverage["konec"]));
    }

    [Fact]
    public void The_licence_of_site_yml_is_the_licence_of_the_record_and_the_table_description()
    {
        var site = Core.Validate.SiteSettingsReader.Read(TestContent.File(TestContent.Lines(
            "title: Web", "base_url: https://zapisy.example.cz/", "license:", "  name: CC0 1.0", "  url: https://creativecommons.org/publicdomain/zero/1.0/"), "site.yml"),
            new Core.Diagnostics.DiagnosticBag())!;
        var model = RenderTestSite.Model() with { Settings = site };
        var files = Core.Extensions.StandardExtensions.Create().OfType<DocumentsJsonExtension>().Single().Files(RenderTestSite.Planned(model)).ToList();

        var record = JsonNode.Parse(files.Single(f => f.Path == DocumentsJsonExtension.CatalogPath).Text())!;
        var table = JsonNode.Parse(files.Single(f => f.Path == DocumentsJsonExtension.CsvSchemaPath).Text())!;

        Assert.Equal("https://creativecommons.org/publicdomain/zero/1.0/", (string?)record["distribuce"]![0]!["podmínky_užití"]!["autorské_dílo"]);
        Assert.Equal("https://creativecommons.org/publicdomain/zero/1.0/", (string?)table["dc:license"]!["@id"]);
        Assert.Null(record["časové_pokrytí"]);
    }

    [Fact]
    public void The_publisher_of_site_yml_is_the_provider_of_the_record()
    {
        const string authority = "https://rpp-opendata.egon.gov.cz/odrpp/zdroj/orgán-veřejné-moci/00265184";
        var site = Core.Validate.SiteSettingsReader.Read(TestContent.File(TestContent.Lines(
            "title: Web", "base_url: https://zapisy.example.cz/", "publisher: " + authority), "site.yml"),
            new Core.Diagnostics.DiagnosticBag())!;
        var model = RenderTestSite.Model() with { Settings = site };
        var files = Core.Extensions.StandardExtensions.Create().OfType<DocumentsJsonExtension>().Single().Files(RenderTestSite.Planned(model)).ToList();

        var record = JsonNode.Parse(files.Single(f => f.Path == DocumentsJsonExtension.CatalogPath).Text())!;

        Assert.Equal(authority, (string?)record["poskytovatel"]);
    }
}
