using System.Text.Json.Nodes;
using Json.Schema;
using Publisher.Tests.Support;

namespace Publisher.Tests.OpenData;

/// <summary>The open data files of a built site, read as a data user reads them.</summary>
public static class OpenDataFiles
{
    public static string PathOf(BuiltSite site, string file) => Path.Combine(site.Output, "data", file);

    public static JsonNode Json(BuiltSite site, string file) => JsonNode.Parse(File.ReadAllText(PathOf(site, file)))!;

    /// <summary>Validates <c>documents.json</c> against <c>documents.schema.json</c> as published, every error listed.</summary>
    public static EvaluationResults Validate(JsonNode documents, string schemaText)
    {
        var schema = JsonSchema.FromText(schemaText);
        return schema.Evaluate(documents, new EvaluationOptions { OutputFormat = OutputFormat.List });
    }

    public static IEnumerable<string> Errors(EvaluationResults results) =>
        (results.Details ?? []).Where(d => d.Errors is not null)
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}"));
}
