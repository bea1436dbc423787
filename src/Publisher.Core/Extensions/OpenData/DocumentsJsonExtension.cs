using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using System.Text.Unicode;
using Publisher.Core.Model;
using Publisher.Core.Pages;
using Publisher.Core.Theming;

namespace Publisher.Core.Extensions.OpenData;

/// <summary>
/// The site's open data: <c>/data/documents.json</c>, the metadata of every published document, each entry with its
/// page <c>url</c>, the <c>source</c> Markdown file it was built from and the facts other features publish about it;
/// its JSON Schema; the same records as <c>documents.csv</c> with a CSV on the Web description of the columns; a
/// DCAT-AP-CZ record of the dataset for the national catalogue; and the page <c>/otevrena-data/</c> that explains them all.
/// </summary>
/// <param name="features">The features whose <see cref="SiteExtension.DocumentFacts"/> each entry includes.</param>
public sealed class DocumentsJsonExtension(IReadOnlyList<SiteExtension> features) : SiteExtension
{
    public const string PageUrl = "/otevrena-data/";
    public const string FilePath = "data/documents.json";
    public const string SchemaPath = "data/documents.schema.json";
    public const string CsvPath = "data/documents.csv";
    public const string CsvSchemaPath = "data/documents.csv-metadata.json";
    public const string CatalogPath = "data/katalog.jsonld";

    // The writer hands what it holds to the file whenever this much is waiting: it never holds the whole file.
    private const int FlushAt = 1 << 16;

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
        // Czech letters stay readable; characters that matter in HTML and JavaScript are still escaped.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
    };

    private static readonly JsonWriterOptions Indented = new() { Indented = true, Encoder = Json.Encoder };

    private readonly DocumentsSchema _schema = new(Json, features.SelectMany(f => f.DocumentFactKinds));

    public override string Name => "open_data";

    public override ThemeNeeds ThemeNeeds { get; } = new([new("open-data", OpenDataMessages.OpenDataPage)], ["nav.home", "open_data.title", "open_data.description"]);

    public override IEnumerable<KeyValuePair<string, object>> Urls { get; } = [new("open_data", PageUrl)];

    /// <summary>The schema of the entries, as the files and the page describe them.</summary>
    public DocumentsSchema Schema => _schema;

    public override IEnumerable<Page> Pages(SiteModel site, UiTexts texts)
    {
        var title = texts.Get("open_data.title");
        yield return new Page(PageUrl, "open-data", title,
            [new Breadcrumb(texts.Get("nav.home"), UrlScheme.Home), new Breadcrumb(title, PageUrl)],
            new OpenDataView(site.Settings.License, "/" + FilePath, "/" + SchemaPath, "/" + CsvPath, "/" + CsvSchemaPath, "/" + CatalogPath,
                _schema.Fields, new DocumentsCsv(_schema).Columns, DocumentsCsv.ListSeparator, site.Documents.Count),
            texts.Get("open_data.description"));
    }

    public override IEnumerable<OutputFile> Files(PlannedSite planned)
    {
        var site = planned.Site;
        var csv = new DocumentsCsv(_schema);
        yield return new OutputFile(FilePath, OpenDataMessages.OpenDataFile, stream => WriteJson(site, stream));
        yield return new OutputFile(SchemaPath, OpenDataMessages.OpenDataSchema, stream => WriteNode(stream,
            _schema.File(site.Settings.Absolute("/" + SchemaPath), site.Settings.Title)));
        yield return new OutputFile(CsvPath, OpenDataMessages.OpenDataTable, stream => csv.Write(stream, Entries(site)));
        yield return new OutputFile(CsvSchemaPath, OpenDataMessages.OpenDataTableDescription, stream => WriteNode(stream,
            CsvDescription.Of(csv, _schema, site.Settings)));
        yield return new OutputFile(CatalogPath, OpenDataMessages.OpenDataCatalogueRecord, stream => DatasetRecord.Write(stream, site,
            site.Settings.Absolute("/" + CatalogPath), site.Settings.Absolute(PageUrl),
            [
                new DatasetFile(site.Settings.Absolute("/" + FilePath), "json", "JSON", "application/json", site.Settings.Absolute("/" + SchemaPath)),
                new DatasetFile(site.Settings.Absolute("/" + CsvPath), "csv", "CSV", "text/csv", site.Settings.Absolute("/" + CsvSchemaPath)),
            ],
            Indented));
    }

    /// <summary>Writes the entries one by one: on a national archive the file has hundreds of megabytes.</summary>
    private void WriteJson(SiteModel site, Stream stream)
    {
        using (var json = new Utf8JsonWriter(stream, Indented))
        {
            json.WriteStartObject();
            json.WriteStartArray("documents");
            foreach (var document in site.Documents)
            {
                WriteEntry(json, site, document);
                if (json.BytesPending >= FlushAt) json.Flush();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        stream.WriteByte((byte)'\n');
    }

    /// <summary>Each document's entry as JSON, made one at a time for the table.</summary>
    private IEnumerable<JsonElement> Entries(SiteModel site)
    {
        var buffer = new ArrayBufferWriter<byte>();
        foreach (var document in site.Documents)
        {
            buffer.ResetWrittenCount();
            using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = Json.Encoder }))
                WriteEntry(json, site, document);
            using var entry = JsonDocument.Parse(buffer.WrittenMemory);
            yield return entry.RootElement;
        }
    }

    /// <summary>The core's facts, then each feature's, then the summary, which reads best last.</summary>
    private void WriteEntry(Utf8JsonWriter json, SiteModel site, Document document)
    {
        json.WriteStartObject();
        foreach (var property in JsonSerializer.SerializeToElement(DocumentEntry.Of(site, document), Json).EnumerateObject())
            property.WriteTo(json);
        foreach (var (name, value) in features.SelectMany(f => f.DocumentFacts(document)))
        {
            json.WritePropertyName(name);
            JsonSerializer.Serialize(json, value, value.GetType(), Json);
        }
        json.WriteString(DocumentEntry.SummaryName, document.Summary);
        json.WriteEndObject();
    }

    private static void WriteNode(Stream stream, JsonNode node)
    {
        using (var json = new Utf8JsonWriter(stream, Indented))
            node.WriteTo(json);
        stream.WriteByte((byte)'\n');
    }
}

/// <summary>What the open data page shows: the files, the licence, the fields of an entry and the columns of the table.</summary>
public sealed record OpenDataView(
    SiteLicense License,
    string JsonUrl,
    string SchemaUrl,
    string CsvUrl,
    string CsvSchemaUrl,
    string CatalogUrl,
    IReadOnlyList<OpenDataField> Fields,
    IReadOnlyList<string> CsvColumns,
    string ListSeparator,
    int DocumentCount);
