using System.Text.Json;
using Publisher.Core.Model;

namespace Publisher.Core.Extensions.OpenData;

/// <summary>One file of the dataset as the catalogue record names it.</summary>
/// <param name="Anchor">The id of the part of the open data page that describes the file; the distribution is named by it.</param>
public sealed record DatasetFile(string Url, string Anchor, string FileType, string MediaType, string SchemaUrl);

/// <summary>
/// <c>/data/katalog.jsonld</c>: the dataset described as the Czech national catalogue of open data (NKOD) harvests a local
/// catalogue's records, DCAT-AP-CZ in the JSON-LD form of the formal norm „Rozhraní katalogů otevřených dat“ (2021-01-11).
/// Codes come from the EU vocabularies the norm prescribes: data themes, update frequencies, file types.
/// </summary>
public static class DatasetRecord
{
    public const string Context = "https://ofn.gov.cz/rozhraní-katalogů-otevřených-dat/2021-01-11/kontexty/rozhraní-katalogů-otevřených-dat.jsonld";

    /// <summary>Population and society; government and public sector: community planning of social services is both.</summary>
    public static readonly string[] Themes =
    [
        "http://publications.europa.eu/resource/authority/data-theme/SOCI",
        "http://publications.europa.eu/resource/authority/data-theme/GOVE",
    ];

    /// <summary>Editors publish when a meeting has been held: irregularly.</summary>
    public const string Frequency = "http://publications.europa.eu/resource/authority/frequency/IRREG";

    /// <summary>The Czech Republic in RÚIAN, the register of territorial units: regions of the site are all in it.</summary>
    public const string Territory = "https://linked.cuzk.cz/resource/ruian/stat/1";

    /// <summary>The minutes name the people who attended.</summary>
    public const string PersonalData = "https://data.gov.cz/podmínky-užití/obsahuje-osobní-údaje/";

    /// <summary>What the keywords always include: what the whole site is about.</summary>
    public const string SubjectKeyword = "komunitní plánování sociálních služeb";

    private const int MostUsedTags = 20;

    /// <param name="iri">The record's own address.</param>
    /// <param name="documentation">The open data page.</param>
    public static void Write(Stream stream, SiteModel site, string iri, string documentation, IReadOnlyList<DatasetFile> files, JsonWriterOptions options)
    {
        var settings = site.Settings;
        using (var json = new Utf8JsonWriter(stream, options))
        {
            json.WriteStartObject();
            json.WriteString("@context", Context);
            json.WriteString("iri", iri);
            json.WriteString("typ", "Datová sada");
            WriteCzech(json, "název", settings.Title);
            WriteCzech(json, "popis", settings.Description ?? settings.Title);
            // The norm wants the IRI of a public authority from the register of rights and duties (site.yml's
            // 'publisher'); without it the record names the site's own address, which the provider replaces when
            // registering the record in the national catalogue.
            json.WriteString("poskytovatel", settings.Publisher ?? settings.BaseUrl);
            WriteStrings(json, "téma", Themes);
            json.WriteString("periodicita_aktualizace", Frequency);
            json.WriteStartObject("klíčové_slovo");
            WriteStrings(json, "cs", Keywords(site));
            json.WriteEndObject();
            WriteStrings(json, "prvek_rúian", [Territory]);
            if (site.Documents.Count > 0)
            {
                json.WriteStartObject("časové_pokrytí");
                json.WriteString("typ", "Časový interval");
                json.WriteString("začátek", IsoText.Date(site.Documents.Min(d => d.Date)));
                json.WriteString("konec", IsoText.Date(site.Documents.Max(d => d.Date)));
                json.WriteEndObject();
            }
            json.WriteString("dokumentace", documentation);
            json.WriteStartArray("distribuce");
            foreach (var file in files)
                WriteDistribution(json, file, documentation, settings.License);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        stream.WriteByte((byte)'\n');
    }

    private static void WriteDistribution(Utf8JsonWriter json, DatasetFile file, string documentation, SiteLicense license)
    {
        json.WriteStartObject();
        json.WriteString("iri", $"{documentation}#{file.Anchor}");
        json.WriteString("typ", "Distribuce");
        json.WriteStartObject("podmínky_užití");
        json.WriteString("typ", "Specifikace podmínek užití");
        // The site's licence covers the texts (works), the collection (a database as a work) and the maker's right to it.
        json.WriteString("autorské_dílo", license.Url);
        json.WriteString("databáze_jako_autorské_dílo", license.Url);
        json.WriteString("databáze_chráněná_zvláštními_právy", license.Url);
        json.WriteString("osobní_údaje", PersonalData);
        json.WriteEndObject();
        json.WriteString("přístupové_url", file.Url);
        json.WriteString("soubor_ke_stažení", file.Url);
        json.WriteString("formát", $"http://publications.europa.eu/resource/authority/file-type/{file.FileType}");
        json.WriteString("typ_média", $"http://www.iana.org/assignments/media-types/{file.MediaType}");
        json.WriteString("schéma", file.SchemaUrl);
        json.WriteEndObject();
    }

    /// <summary>What the site is about, then its most used topics, most used first (Czech order among equals).</summary>
    private static IEnumerable<string> Keywords(SiteModel site) =>
        site.Index.Tags
            .OrderByDescending(t => t.Documents.Count)
            .Take(MostUsedTags)
            .Select(t => t.Tag.Name)
            .Prepend(SubjectKeyword)
            .Distinct(StringComparer.Ordinal);

    private static void WriteCzech(Utf8JsonWriter json, string name, string text)
    {
        json.WriteStartObject(name);
        json.WriteString("cs", text);
        json.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values) json.WriteStringValue(value);
        json.WriteEndArray();
    }
}
