using System.Text.Json;

namespace Publisher.Tests.Support;

public sealed record PublishedEntry(string Url, string Source, string Type, string Date, string Region, string? Group);

/// <summary>The built site's <c>/data/documents.json</c>: which page each source file became.</summary>
public static class OpenDataIndex
{
    public static IReadOnlyList<PublishedEntry> Read(BuiltSite site)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(site.Output, "data", "documents.json")));
        return json.RootElement.GetProperty("documents").EnumerateArray()
            .Select(e => new PublishedEntry(
                e.GetProperty("url").GetString()!,
                e.GetProperty("source").GetString()!,
                e.GetProperty("type").GetString()!,
                e.GetProperty("date").GetString()!,
                e.GetProperty("region").GetString()!,
                e.TryGetProperty("group", out var g) ? g.GetString() : null))
            .ToList();
    }
}
