using System.Security.Cryptography;
using System.Text.Json;
using Publisher.Tests.EndToEnd;
using Publisher.Tests.Support;

namespace Publisher.Tests.Sink;

/// <summary>The manifest of the real site describes exactly the files that were published, byte for byte.</summary>
public sealed class PublishedManifestTests(SeedSiteFixture fixture) : IClassFixture<SeedSiteFixture>
{
    private BuiltSite Site => fixture.Site;

    [Fact]
    public void The_manifest_lists_every_other_published_file_with_its_size_and_hash_in_ordinal_order()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Site.Output, ".publisher", "manifest.json")));
        var listed = manifest.RootElement.GetProperty("files").EnumerateArray()
            .Select(f => $"{f.GetProperty("path").GetString()} {f.GetProperty("size").GetInt64()} {f.GetProperty("sha256").GetString()}")
            .ToList();

        var onDisk = Directory.EnumerateFiles(Site.Output, "*", SearchOption.AllDirectories)
            .Select(f => (Path: Path.GetRelativePath(Site.Output, f).Replace('\\', '/'), Bytes: File.ReadAllBytes(f)))
            // The records of rendered pages and of checked documents are the next build's, not part of the site.
            .Where(f => f.Path is not (".publisher/manifest.json" or Core.Render.Reuse.RenderCache.RelativePath or Core.Validate.CheckedDocumentsRecord.RelativePath))
            .OrderBy(f => f.Path, StringComparer.Ordinal)
            .Select(f => $"{f.Path} {f.Bytes.Length} {Convert.ToHexStringLower(SHA256.HashData(f.Bytes))}")
            .ToList();
        Assert.Equal(onDisk, listed);
        Assert.Contains(listed, f => f.StartsWith("index.html ", StringComparison.Ordinal));
        Assert.Contains(listed, f => f.StartsWith("assets/site.", StringComparison.Ordinal));
        Assert.Equal(Site.Result.FileCount, listed.Count + 1);
    }
}
