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
public sealed class DocumentsJsonExtension : SiteExtension
{
    public const string PageUrl = "/otevrena-data/";
    public const string FilePath = "data/documents.json";
    public const string SchemaPath = "data/documents.schema.json";
    public const string CsvPath = "data/documents.csv";
    public const string CsvSchemaPath = "data/documents.csv-metadata.json";
    public const string CatalogPath = "data/katalog.jsonld";

    // The writer hands what it holds to the file whenever this much is waiting: it never holds the whole file.
    private const int FlushAt = 1 << 16;

    // Czech letters stay readable; characters that matter in HTML and JavaScript are still escaped.
    private static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);

    private static readonly JsonWriterOptions Indented = new() { Indented = true, Encoder = Encoder };

    private readonly IReadOnlyList<SiteExtension> _features;
    private readonly JsonSerializerOptions _json;
    // The entry's properties as the serialiser writes them, each with how its value is written: an entry is written
    // property by property, so that the features' facts can follow inside the same object.
    private readonly IReadOnlyList<(JsonPropertyInfo Property, JsonTypeInfo Value)> _entryProperties;
    // Each fact is written as the type its feature declares, whatever the type of the value it gives.
    private readonly IReadOnlyDictionary<string, Type> _factTypes;

    /// <param name="features">The features whose <see cref="SiteExtension.DocumentFacts"/> each entry includes.</param>
    public DocumentsJsonExtension(IReadOnlyList<SiteExtension> features)
    {
        _features = features;
        var facts = features.SelectMany(f => f.DocumentFactKinds).ToList();
        _json = new JsonSerializerOptions
        {
            WriteIndented = true,
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
            Encoder = Encoder,
            TypeInfoResolver = JsonTypeInfoResolver.Combine([OpenDataJson.Default, .. facts.Select(k => k.Json).Distinct()]),
        };
        _entryProperties = [.. _json.GetTypeInfo(typeof(DocumentEntry)).Properties.Select(p => (p, _json.GetTypeInfo(p.PropertyType)))];
        _factTypes = facts.ToDictionary(k => k.Name, k => k.Type, StringComparer.Ordinal);
        Schema = new DocumentsSchema(_json, facts);
    }

    public override string Name => "open_data";

    public override ThemeNeeds ThemeNeeds { get; } = new([new("open-data", OpenDataMessages.OpenDataPage)], ["nav.home", "open_data.title", "open_data.description"]);

    public override IEnumerable<KeyValuePair<string, object>> Urls { get; } = [new("open_data", PageUrl)];

    /// <summary>The schema of the entries, as the files and the page describe them.</summary>
    public DocumentsSchema Schema { get; }

    public override IEnumerable<Page> Pages(SiteModel site, UiTexts texts)
    {
        var title = texts.Get("open_data.title");
        yield return new Page(PageUrl, "open-data", title,
            [new Breadcrumb(texts.Get("nav.home"), UrlScheme.Home), new Breadcrumb(title, PageUrl)],
            new OpenDataView(site.Settings.License, "/" + FilePath, "/" + SchemaPath, "/" + CsvPath, "/" + CsvSchemaPath, "/" + CatalogPath,
                Schema.Fields, new DocumentsCsv(Schema).Columns, DocumentsCsv.ListSeparator, site.Documents.Count),
            texts.Get("open_data.description"));
    }

    public override IEnumerable<OutputFile> Files(PlannedSite planned)
    {
        var site = planned.Site;
        var csv = new DocumentsCsv(Schema);
        yield return new OutputFile(FilePath, OpenDataMessages.OpenDataFile, stream => WriteJson(site, stream));
        yield return new OutputFile(SchemaPath, OpenDataMessages.OpenDataSchema, stream => WriteNode(stream,
            Schema.File(site.Settings.Absolute("/" + SchemaPath), site.Settings.Title)));
        yield return new OutputFile(CsvPath, OpenDataMessages.OpenDataTable, stream => csv.Write(stream, Entries(site)));
        yield return new OutputFile(CsvSchemaPath, OpenDataMessages.OpenDataTableDescription, stream => WriteNode(stream,
            CsvDescription.Of(csv, Schema, site.Settings)));
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
        using var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = Encoder });
        foreach (var document in site.Documents)
        {
            buffer.ResetWrittenCount();
            json.Reset(buffer);
            WriteEntry(json, site, document);
            json.Flush();
            using var entry = JsonDocument.Parse(buffer.WrittenMemory);
            yield return entry.RootElement;
        }
    }

    /// <summary>The core's facts, then each feature's, then the summary, which reads best last.</summary>
    private void WriteEntry(Utf8JsonWriter json, SiteModel site, Document document)
    {
        json.WriteStartObject();
        var entry = DocumentEntry.Of(site, document);
        foreach (var (property, valueType) in _entryProperties)
        {
            // Null fields are left out, as the options say (DefaultIgnoreCondition).
            if (property.Get!(entry) is not { } value) continue;
            json.WritePropertyName(property.Name);
            if (!TryWritePlain(json, value)) JsonSerializer.Serialize(json, value, valueType);
        }
        foreach (var (name, value) in _features.SelectMany(f => f.DocumentFacts(document)))
        {
            json.WritePropertyName(name);
            if (!TryWritePlain(json, value)) JsonSerializer.Serialize(json, value, _json.GetTypeInfo(_factTypes[name]));
        }
        json.WriteString(DocumentEntry.SummaryName, document.Summary);
        json.WriteEndObject();
    }

    /// <summary>
    /// Writes a text, a number or a list of texts as the serialiser would, through the same writer and its encoder:
    /// most of an entry's values are such, and each call into the serialiser for one value costs more than writing it.
    /// </summary>
    private static bool TryWritePlain(Utf8JsonWriter json, object value)
    {
        switch (value)
        {
            case string text:
                json.WriteStringValue(text);
                return true;
            case int number:
                json.WriteNumberValue(number);
                return true;
            case IReadOnlyList<string> texts:
                json.WriteStartArray();
                foreach (var text in texts) json.WriteStringValue(text);
                json.WriteEndArray();
                return true;
            default:
                return false;
        }
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
