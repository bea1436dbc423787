using Publisher.Tests.Support;

namespace Publisher.Tests.OpenData;

/// <summary>Two builds of the same input write byte-identical data files, sitemap and robots.txt.</summary>
public sealed class OpenDataDeterminismTests
{
    private static readonly string[] Files =
    [
        "data/documents.json", "data/documents.schema.json", "data/documents.csv", "data/documents.csv-metadata.json",
        "data/katalog.jsonld", "otevrena-data/index.html", "sitemap.xml", "robots.txt",
    ];

    [Fact]
    public void Two_builds_write_the_same_bytes()
    {
        var additions = Path.Combine(RepositoryPaths.Fixtures, "additions");
        using var first = new BuiltSite(RepositoryPaths.Input, additions);
        using var second = new BuiltSite(RepositoryPaths.Input, additions);

        foreach (var file in Files)
        {
            var bytes = File.ReadAllBytes(Path.Combine(first.Output, file));
            Assert.True(bytes.Length > 50, file);
            Assert.Equal(bytes, File.ReadAllBytes(Path.Combine(second.Output, file)));
        }
    }
}
