using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization.Metadata;

namespace Publisher.Core.Extensions.OpenData;

/// <summary>One field of an entry as the open data page lists it: "tasks[].due", its JSON type, whether every entry has it.</summary>
public sealed record OpenDataField(string Name, string Type, bool Always, string Description);

/// <summary>
/// The JSON Schema (draft 2020-12) of <c>documents.json</c>, made from the types the entries are serialised from, so it
/// cannot drift from the file: the core's fields (<see cref="DocumentEntry"/>) and the facts every feature declares
/// (<see cref="SiteExtension.DocumentFactKinds"/>). An entry may hold properties the schema does not name, so that a
/// validator written against this schema keeps accepting the file when a new feature adds facts.
/// </summary>
public sealed class DocumentsSchema
{
    public const string Draft = "https://json-schema.org/draft/2020-12/schema";

    private readonly JsonObject _entry;

    /// <param name="json">How the entries are serialised: the schema must use the same property names.</param>
    public DocumentsSchema(JsonSerializerOptions json, IEnumerable<DocumentFactKind> facts)
    {
        // Nullable annotations decide which fields may be left out; they matter only here, not when writing.
        var described = new JsonSerializerOptions(json) { RespectNullableAnnotations = true };
        _entry = Describe(described, typeof(DocumentEntry));
        var properties = (JsonObject)_entry["properties"]!;
        // A feature's fact may be absent from an entry: only the core's fields are required.
        var required = ((JsonArray)_entry["required"]!).Select(r => r!.GetValue<string>()).ToList();
        foreach (var fact in facts)
        {
            var node = Describe(described, fact.Type);
            node["description"] = fact.Description;
            properties[fact.Name] = node;
        }
        properties[DocumentEntry.SummaryName] = new JsonObject { ["type"] = "string", ["description"] = DocumentEntry.SummaryDescription };
        required.Add(DocumentEntry.SummaryName);
        _entry["required"] = new JsonArray([.. required.Select(r => JsonValue.Create(r))]);
        _entry["additionalProperties"] = true;
        Fields = FieldsOf(properties, "", required.ToHashSet(StringComparer.Ordinal)).ToList();
    }

    /// <summary>Every field of an entry, nested ones under their parent's name, in the order of the file.</summary>
    public IReadOnlyList<OpenDataField> Fields { get; }

    /// <summary>The properties of one entry, by name, each a schema.</summary>
    public JsonObject EntryProperties => (JsonObject)_entry["properties"]!;

    /// <summary>The schema of the whole file, which names itself by the address it is published at.</summary>
    public JsonObject File(string id, string title) => new()
    {
        ["$schema"] = Draft,
        ["$id"] = id,
        ["title"] = title,
        ["type"] = "object",
        ["required"] = new JsonArray("documents"),
        ["properties"] = new JsonObject
        {
            ["documents"] = new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["$ref"] = "#/$defs/document" } },
        },
        ["additionalProperties"] = false,
        ["$defs"] = new JsonObject { ["document"] = _entry.DeepClone() },
    };

    private static JsonObject Describe(JsonSerializerOptions options, Type type) =>
        (JsonObject)JsonSchemaExporter.GetJsonSchemaAsNode(options, type, new JsonSchemaExporterOptions
        {
            TreatNullObliviousAsNonNullable = true,
            TransformSchemaNode = (context, node) =>
            {
                var description = context.PropertyInfo?.AttributeProvider?
                    .GetCustomAttributes(typeof(DescriptionAttribute), inherit: false)
                    .OfType<DescriptionAttribute>()
                    .FirstOrDefault();
                if (node is not JsonObject schema) return node;
                if (description is not null) schema["description"] = description.Description;
                // A value that cannot be null is always written; one that can is left out when it is (WhenWritingNull).
                if (schema["properties"] is JsonObject properties)
                    schema["required"] = new JsonArray([.. properties.Where(p => !AllowsNull(p.Value!)).Select(p => JsonValue.Create(p.Key))]);
                return node;
            },
        });

    /// <summary>The type of a schema other than null: "string", "array", "object".</summary>
    public static string TypeOf(JsonNode schema) => schema["type"] switch
    {
        JsonArray types => types.Select(t => t!.GetValue<string>()).First(t => t != "null"),
        JsonValue type => type.GetValue<string>(),
        _ => "object",
    };

    private static bool AllowsNull(JsonNode schema) =>
        schema["type"] is JsonArray types && types.Any(t => t!.GetValue<string>() == "null");

    private static IEnumerable<OpenDataField> FieldsOf(JsonObject properties, string prefix, IReadOnlySet<string> required)
    {
        foreach (var (name, schema) in properties)
        {
            var type = TypeOf(schema!);
            yield return new OpenDataField(prefix + name, type, required.Contains(name), schema!["description"]?.GetValue<string>() ?? "");
            var nested = type switch
            {
                "object" => (Prefix: $"{prefix}{name}.", Schema: schema),
                "array" when schema["items"] is { } items && TypeOf(items) == "object" => (Prefix: $"{prefix}{name}[].", Schema: items),
                _ => (Prefix: "", Schema: null),
            };
            if (nested.Schema?["properties"] is not JsonObject inner) continue;
            var innerRequired = (nested.Schema["required"] as JsonArray)?.Select(r => r!.GetValue<string>()).ToHashSet(StringComparer.Ordinal) ?? [];
            foreach (var field in FieldsOf(inner, nested.Prefix, innerRequired))
                yield return field;
        }
    }
}
