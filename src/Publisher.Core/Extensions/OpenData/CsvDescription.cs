using System.Text.Json.Nodes;
using Publisher.Core.Model;

namespace Publisher.Core.Extensions.OpenData;

/// <summary>
/// <c>documents.csv-metadata.json</c>: the table described in the W3C's CSV on the Web vocabulary, the machine-readable
/// schema of a CSV file that catalogues of open data link to: its encoding, its header and each column's name and meaning.
/// </summary>
public static class CsvDescription
{
    public static JsonObject Of(DocumentsCsv csv, DocumentsSchema schema, SiteSettings settings)
    {
        var fields = schema.Fields.ToLookup(f => f.Name, StringComparer.Ordinal);
        var columns = new JsonArray();
        foreach (var (name, (field, property)) in csv.Columns.Zip(csv.Sources))
        {
            var parent = fields[field].FirstOrDefault();
            var own = property is null ? parent : fields[$"{field}.{property}"].FirstOrDefault();
            var column = new JsonObject
            {
                ["name"] = name,
                ["titles"] = name,
                ["datatype"] = "string",
                // A property the schema does not describe (a feature's record) is described by its field.
                ["dc:description"] = own?.Description is { Length: > 0 } description ? description : parent?.Description ?? "",
            };
            if (own?.Type == "array") column["separator"] = DocumentsCsv.ListSeparator;
            // As a node: the generic Add<T> would serialise the object by reflection, which the native program cannot.
            columns.Add((JsonNode)column);
        }
        return new JsonObject
        {
            ["@context"] = "http://www.w3.org/ns/csvw",
            ["url"] = settings.Absolute("/" + DocumentsJsonExtension.CsvPath),
            ["dc:title"] = settings.Title,
            ["dc:license"] = new JsonObject { ["@id"] = settings.License.Url },
            ["dialect"] = new JsonObject { ["encoding"] = "utf-8", ["header"] = true, ["delimiter"] = "," },
            ["tableSchema"] = new JsonObject { ["columns"] = columns },
        };
    }
}
