using System.Text.Json.Nodes;
using Publisher.Core.Extensions;
using Publisher.Core.Extensions.OpenData;
using Publisher.Tests.EndToEnd;
using Publisher.Tests.Support;

namespace Publisher.Tests.OpenData;

/// <summary>documents.json is valid against documents.schema.json, on the real site and on one with a payload in every field.</summary>
public sealed class OpenDataSchemaTests(ExtendedSiteFixture extended, PayloadSiteFixture payloads)
    : IClassFixture<ExtendedSiteFixture>, IClassFixture<PayloadSiteFixture>
{
    [Fact]
    public void The_real_sites_documents_are_valid_against_the_published_schema()
    {
        var results = OpenDataFiles.Validate(OpenDataFiles.Json(extended.Site, "documents.json"), File.ReadAllText(OpenDataFiles.PathOf(extended.Site, "documents.schema.json")));

        Assert.True(results.IsValid, string.Join("\n", OpenDataFiles.Errors(results)));
    }

    [Fact]
    public void Documents_with_a_payload_in_every_field_are_valid_against_the_published_schema()
    {
        var results = OpenDataFiles.Validate(OpenDataFiles.Json(payloads.Site, "documents.json"), File.ReadAllText(OpenDataFiles.PathOf(payloads.Site, "documents.schema.json")));

        Assert.True(results.IsValid, string.Join("\n", OpenDataFiles.Errors(results)));
    }

    [Theory]
    [InlineData("url")]
    [InlineData("title")]
    [InlineData("summary")]
    public void An_entry_without_a_field_every_entry_has_is_invalid(string field)
    {
        var documents = OpenDataFiles.Json(extended.Site, "documents.json");
        documents["documents"]![0]!.AsObject().Remove(field);

        Assert.False(OpenDataFiles.Validate(documents, File.ReadAllText(OpenDataFiles.PathOf(extended.Site, "documents.schema.json"))).IsValid);
    }

    [Fact]
    public void A_value_of_the_wrong_type_is_invalid_also_in_a_features_fact()
    {
        var schema = File.ReadAllText(OpenDataFiles.PathOf(extended.Site, "documents.schema.json"));
        var documents = OpenDataFiles.Json(extended.Site, "documents.json");
        var plan = documents["documents"]!.AsArray().First(d => d!["plan"] is not null)!;

        plan["plan"]!["id"] = 42;
        Assert.False(OpenDataFiles.Validate(documents, schema).IsValid);
        plan["plan"]!["id"] = "kp";
        plan["tags"] = "bydlení";
        Assert.False(OpenDataFiles.Validate(documents, schema).IsValid);
    }

    [Fact]
    public void The_schema_is_draft_2020_12_and_names_itself_by_its_address()
    {
        var schema = OpenDataFiles.Json(extended.Site, "documents.schema.json");

        Assert.Equal("https://json-schema.org/draft/2020-12/schema", (string?)schema["$schema"]);
        Assert.Equal("https://zapisy.example.cz/data/documents.schema.json", (string?)schema["$id"]);
    }

    [Fact]
    public void Every_field_written_on_the_real_site_is_described_in_the_schema()
    {
        var properties = OpenDataFiles.Json(extended.Site, "documents.schema.json")["$defs"]!["document"]!["properties"]!.AsObject();
        var written = OpenDataFiles.Json(extended.Site, "documents.json")["documents"]!.AsArray()
            .SelectMany(d => d!.AsObject().Select(p => p.Key)).Distinct().ToList();

        Assert.Contains("plan", written);
        Assert.All(written, name => Assert.True(properties.ContainsKey(name), $"'{name}' is not in the schema"));
        Assert.All(properties, p => Assert.False(string.IsNullOrWhiteSpace((string?)p.Value!["description"]), $"'{p.Key}' has no description"));
    }

    [Fact]
    public void Every_fact_a_standard_feature_declares_is_in_the_schema_with_its_description()
    {
        var features = StandardExtensions.Create();
        var schema = features.OfType<DocumentsJsonExtension>().Single().Schema;

        foreach (var fact in features.SelectMany(f => f.DocumentFactKinds))
            Assert.Equal(fact.Description, (string?)schema.EntryProperties[fact.Name]!["description"]);
        Assert.Contains(schema.Fields, f => f.Name == "plan.period");
        Assert.Contains(schema.Fields, f => f.Name == "tasks[].due" && !f.Always);
        Assert.Contains(schema.Fields, f => f.Name == "url" && f.Always);
    }

    [Fact]
    public void A_new_features_facts_join_the_schema_and_an_entry_may_carry_facts_it_does_not_name()
    {
        var numbers = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver();
        var schema = new DocumentsSchema(new System.Text.Json.JsonSerializerOptions { PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.SnakeCaseLower, TypeInfoResolver = numbers },
            [new DocumentFactKind("meeting_minutes", typeof(IReadOnlyList<int>), "Čísla.", numbers)]);
        var file = schema.File("https://example.cz/s.json", "Test");

        Assert.Equal("array", (string?)file["$defs"]!["document"]!["properties"]!["meeting_minutes"]!["type"]);
        Assert.True((bool)file["$defs"]!["document"]!["additionalProperties"]!);
    }
}
