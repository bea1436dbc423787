using Publisher.Core.Diagnostics;
using Publisher.Core.Load;
using Publisher.Core.Model;
using Publisher.Core.Validate;
using Publisher.Core.Extensions;
using Publisher.Core.Extensions.Plans;
using Publisher.Core.Extensions.Redirects;

namespace Publisher.Tests.Support;

/// <summary>Small builders shared by the Load, Validate and Model tests.</summary>
public static class TestContent
{
    public const string DefaultPath = "documents/zatec/2020/zapis.md";

    /// <summary>A decoded content file as the loader would produce it; diagnostics name it "input/…".</summary>
    public static SourceFile File(string text, string relativePath = DefaultPath) =>
        new(relativePath, "input/" + relativePath, text);

    /// <summary>The only diagnostic, which must be an error in <paramref name="file"/>.</summary>
    public static Diagnostic SingleError(IReadOnlyList<Diagnostic> diagnostics, string file)
    {
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(Severity.Error, diagnostic.Severity);
        Assert.Equal(file, diagnostic.File);
        return diagnostic;
    }

    /// <summary>Joins lines with LF and ends the text with one.</summary>
    public static string Lines(params string[] lines) => string.Join("\n", lines) + "\n";

    /// <summary>A document: front matter lines between fences, then the body.</summary>
    public static string Markdown(IEnumerable<string> frontMatter, string body = "Text zápisu.\n") =>
        "---\n" + string.Join("\n", frontMatter) + "\n---\n" + body;

    public static WorkingGroup Group(string regionId, string id, string name) =>
        new(id, name, regionId, UrlScheme.Group(regionId, id));

    public static Region Region(string id, string name, params (string Id, string Name)[] groups) =>
        new(id, name, "město", groups.Select(g => Group(id, g.Id, g.Name)).ToList(), UrlScheme.Region(id));

    public static readonly Region Zatec = Region("zatec", "Žatec",
        ("seniori", "Senioři"), ("socialni-prevence", "Sociální prevence"));

    public static readonly Region JindrichuvHradec = Region("jindrichuv-hradec", "ORP Jindřichův Hradec",
        ("deti-mladez-a-rodina", "Děti, mládež a rodina"), ("seniori", "Senioři"));

    public static readonly Region Chomutov = Region("chomutov", "Chomutov", ("dluhy", "Dluhy"));

    public static RegionCatalog Catalog() => new([Zatec, JindrichuvHradec, Chomutov]);

    /// <summary>Validates one document against <see cref="Catalog"/>.</summary>
    public static (ValidatedDocument? Result, IReadOnlyList<Diagnostic> Diagnostics) ValidateDocument(string text, string relativePath = DefaultPath)
    {
        var bag = new DiagnosticBag();
        var result = new DocumentValidator(Catalog(), StandardExtensions.Create(), bag).Validate(File(text, relativePath));
        return (result, bag.Sorted());
    }

    /// <summary>Front matter of a minimal valid minutes document, with the keys of <paramref name="overrides"/> replaced or added.</summary>
    public static string[] Minutes(params (string Key, string? Line)[] overrides)
    {
        var lines = new List<(string Key, string? Line)>
        {
            ("title", "title: \"Zápis z jednání\""),
            ("type", "type: minutes"),
            ("date", "date: 2020-06-10"),
            ("region", "region: zatec"),
            ("group", "group: seniori"),
        };
        foreach (var (key, line) in overrides)
        {
            var index = lines.FindIndex(l => l.Key == key);
            if (index >= 0) lines[index] = (key, line);
            else lines.Add((key, line));
        }
        return lines.Where(l => l.Line is not null).Select(l => l.Line!).ToArray();
    }

    /// <summary>A document built in code with old addresses, each on its own line of the front matter from line 20.</summary>
    public static Document WithAliases(Document document, params string[] paths) => WithFeature(document, "redirects",
        paths.Select((path, i) => new OldAddress(path, new SourcePosition(document.AddressAt.File, 20 + i, 5))).ToList());

    /// <summary>A document built in code as a version of a plan.</summary>
    public static Document AsPlanVersion(Document document, PlanInfo plan) =>
        WithFeature(document with { Type = DocumentType.Plan }, PlansExtension.FeatureName, new PlanFacts(plan, []));

    /// <summary>A document built in code that discusses plans, listed from line 30 of its front matter.</summary>
    public static Document Discussing(Document document, params string[] planIds) =>
        WithFeature(document, PlansExtension.FeatureName, new PlanFacts(null, planIds.Select((id, i) => new Located<string>(id, 30 + i, 5)).ToList()));

    private static Document WithFeature(Document document, string name, object data) =>
        document with { Features = new Dictionary<string, object>(document.Features) { [name] = data } };

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> Bodies = new(StringComparer.Ordinal);

    /// <summary>
    /// A document built in code with a Markdown body. The build reads bodies from the documents' files when it renders
    /// them; for documents built in code the tests keep them here, by source path (<see cref="BodyOf"/>).
    /// </summary>
    public static Document WithBody(Document document, string body)
    {
        Bodies[document.Source] = body;
        return document with { BodyHash = DocumentBody.Hash(body) };
    }

    /// <summary>The body given with <see cref="WithBody"/>, or an empty one.</summary>
    public static string BodyOf(Document document) => Bodies.GetValueOrDefault(document.Source, "");

    /// <summary>A document built in code, for the model tests.</summary>
    public static Document Doc(
        string title,
        string date,
        DocumentType type = DocumentType.Minutes,
        Region? region = null,
        string? groupId = "seniori",
        string? time = null)
    {
        region ??= Zatec;
        var group = groupId is null ? null : region.FindGroup(groupId) ?? throw new ArgumentException(groupId);
        var day = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);
        var source = $"documents/{region.Id}/{day.Year}/{Slug.From(title)}.md";
        return new Document
        {
            Source = source,
            Title = title,
            Type = type,
            Date = day,
            Time = time is null ? null : TimeOnly.Parse(time, System.Globalization.CultureInfo.InvariantCulture),
            Region = region,
            Group = group,
            Summary = "",
            Url = UrlScheme.Document(region.Id, group?.Id, day, title),
            AddressAt = new SourcePosition("input/" + source, 2, 8),
        };
    }
}
