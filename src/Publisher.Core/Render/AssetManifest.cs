using System.Security.Cryptography;

namespace Publisher.Core.Render;

/// <summary>
/// The theme's assets under content-hashed names (<c>site.css</c> → <c>/assets/site.1a2b3c4d5e.css</c>),
/// so they can be cached forever and a changed file always gets a new URL.
/// </summary>
public sealed class AssetManifest
{
    private readonly IReadOnlyDictionary<string, string> _urls;

    private AssetManifest(IReadOnlyDictionary<string, string> urls, IReadOnlyList<(string OutputPath, string SourcePath)> files)
    {
        _urls = urls;
        Files = files;
    }

    /// <summary>Where each asset goes in the output (relative path) and where it comes from.</summary>
    public IReadOnlyList<(string OutputPath, string SourcePath)> Files { get; }

    public string Url(string name) =>
        _urls.TryGetValue(name, out var url)
            ? url
            : throw new InvalidOperationException($"the theme has no asset '{name}' in its assets folder");

    public static AssetManifest Create(string assetsDirectory, IEnumerable<string> assets)
    {
        var urls = new Dictionary<string, string>(StringComparer.Ordinal);
        var files = new List<(string, string)>();
        foreach (var name in assets)
        {
            var source = Path.Combine(assetsDirectory, name);
            var hash = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(source)))[..10];
            var extension = Path.GetExtension(name);
            var hashed = $"assets/{name[..^extension.Length]}.{hash}{extension}";
            urls[name] = "/" + hashed;
            files.Add((hashed, source));
        }
        return new AssetManifest(urls, files);
    }
}
