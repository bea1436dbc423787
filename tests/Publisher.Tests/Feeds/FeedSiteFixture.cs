using System.Text.Json;
using Publisher.Tests.Support;

namespace Publisher.Tests.Feeds;

/// <summary>
/// The real site plus a region, group and minutes whose names and title are hostile, built twice from the same input
/// to compare the feeds and calendars of the two builds.
/// </summary>
public sealed class FeedSiteFixture : IDisposable
{
    public const string Hostile = "<script>alert(1)</script> & „test“";
    public const string RegionName = "Oblast " + Hostile;
    public const string GroupName = "Skupina; " + Hostile + ", \\ konec";
    public const string Place = "Místo " + Hostile + "; sál 2, vchod B";

    private readonly TempDirectory _additions = new();

    public FeedSiteFixture()
    {
        var regions = File.ReadAllText(Path.Combine(RepositoryPaths.Input, "regions.yml")).TrimEnd() + $"""


            - id: zla-oblast
              name: {Yaml(RegionName)}
              groups:
                - id: zla-skupina
                  name: {Yaml(GroupName)}

            """;
        Write("regions.yml", regions);
        Write("documents/zla-oblast/2021/zapis.md", $"""
            ---
            title: {Yaml(Hostile)}
            type: minutes
            date: 2021-06-01
            region: zla-oblast
            group: zla-skupina
            place: {Yaml(Place)}
            author: {Yaml("Zapsal " + Hostile)}
            next_meeting: "2021-07-01 14:00"
            summary: {Yaml("Shrnutí " + Hostile)}
            ---
            Text zápisu.
            """);
        Site = new BuiltSite(RepositoryPaths.Input, _additions.Path);
        Again = new BuiltSite(RepositoryPaths.Input, _additions.Path);
    }

    public BuiltSite Site { get; }

    /// <summary>A second build of the same input into another folder.</summary>
    public BuiltSite Again { get; }

    /// <summary>The site's feeds and calendars, by path in the output.</summary>
    public static IReadOnlyList<string> FeedsAndCalendars(BuiltSite site) =>
        Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".xml", StringComparison.Ordinal) || f.EndsWith(".ics", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(site.Output, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();

    private static string Yaml(string value) => JsonSerializer.Serialize(value);

    private void Write(string relativePath, string content)
    {
        var path = _additions.Combine(relativePath.Split('/'));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content.Replace("\r\n", "\n"));
    }

    public void Dispose()
    {
        Site.Dispose();
        Again.Dispose();
        _additions.Dispose();
    }
}
