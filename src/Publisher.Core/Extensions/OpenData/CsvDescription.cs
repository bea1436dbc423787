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
        var descriptions = new Dictionary<string, OpenDataField>(StringComparer.Ordinal);
        foreach (var field in schema.Fields)
            descriptions.TryAdd(field.Name.Replace('.', '_'), field);
        var columns = new JsonArray();
        foreach (var name in csv.Columns)
        {
            var field = descriptions.GetValueOrDefault(name);
            var column = new JsonObject
            {
                ["name"] = name,
                ["titles"] = name,
                ["datatype"] = "string",
                ["dc:description"] = field?.Description ?? "",
            };
            if (field?.Type == "array") column["separator"] = DocumentsCsv.ListSeparator;
            columns.Add(column);
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
