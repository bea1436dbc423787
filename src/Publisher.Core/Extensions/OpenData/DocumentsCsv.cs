using System.Text;
using System.Text.Json;

namespace Publisher.Core.Extensions.OpenData;

/// <summary>
/// <c>documents.csv</c>: the entries of <c>documents.json</c> as one row per document, for spreadsheets. The columns
/// follow the fields of the schema: a field holding an object (attendees, a plan) becomes one column per property
/// (<c>attendees_present</c>, <c>plan_id</c>); a list becomes one cell with its items joined by "; "; an item with
/// several values (a task) shows its first value and the others in parentheses. UTF-8 with a byte order mark, so
/// that Excel reads the Czech letters.
/// </summary>
public sealed class DocumentsCsv
{
    public const string ListSeparator = "; ";

    // The mark is written once by hand: a StreamWriter leaves it out on a stream that is not at its start.
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private static readonly byte[] ByteOrderMark = [0xEF, 0xBB, 0xBF];

    private readonly IReadOnlyList<(string Field, string? Property)> _columns;

    public DocumentsCsv(DocumentsSchema schema)
    {
        var columns = new List<(string, string?)>();
        foreach (var (name, field) in schema.EntryProperties)
        {
            if (DocumentsSchema.TypeOf(field!) == "object" && field!["properties"] is System.Text.Json.Nodes.JsonObject properties)
                columns.AddRange(properties.Select(p => (name, (string?)p.Key)));
            else
                columns.Add((name, null));
        }
        _columns = columns;
    }

    /// <summary>The header: a field's name, or for a property of an object field, both joined by '_'.</summary>
    public IReadOnlyList<string> Columns => [.. _columns.Select(c => c.Property is null ? c.Field : $"{c.Field}_{c.Property}")];

    /// <summary>What each column holds: a field of the entry, or one property of a field holding an object.</summary>
    public IReadOnlyList<(string Field, string? Property)> Sources => _columns;

    /// <summary>Writes the header and one row per entry as it comes, so that the file is never held in memory.</summary>
    public void Write(Stream stream, IEnumerable<JsonElement> entries)
    {
        stream.Write(ByteOrderMark);
        using var text = new StreamWriter(stream, Utf8, bufferSize: 1 << 16, leaveOpen: true);
        var rows = new CsvRowWriter(text);
        rows.WriteRow(Columns);
        // An entry's fields are found by name once each: asking the entry for every column would walk its fields again
        // for each one.
        var fields = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            fields.Clear();
            foreach (var field in entry.EnumerateObject()) fields[field.Name] = field.Value;
            rows.WriteRow(_columns.Select(c => Cell(fields, c.Field, c.Property)));
        }
    }

    private static string Cell(Dictionary<string, JsonElement> fields, string field, string? property)
    {
        if (!fields.TryGetValue(field, out var value)) return "";
        if (property is not null && (value.ValueKind != JsonValueKind.Object || !value.TryGetProperty(property, out value))) return "";
        return Text(value);
    }

    /// <summary>A value as one cell's text.</summary>
    private static string Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Array => string.Join(ListSeparator, value.EnumerateArray().Select(Text).Where(t => t.Length > 0)),
        JsonValueKind.Object => Item(value.EnumerateObject().Select(p => Text(p.Value)).Where(t => t.Length > 0).ToList()),
        _ => "",
    };

    private static string Item(IReadOnlyList<string> values) =>
        values.Count <= 1 ? values.FirstOrDefault() ?? "" : $"{values[0]} ({string.Join(", ", values.Skip(1))})";
}
