using System.Security.Cryptography;

namespace Publisher.Core.Theming;

/// <summary>
/// The theme's assets under content-hashed names (<c>site.css</c> → <c>/assets/site.1a2b3c4d5e.css</c>),
/// so they can be cached forever and a changed file always gets a new URL.
/// </summary>
public sealed class AssetManifest
{
    private readonly IReadOnlyDictionary<string, string> _urls;

    private AssetManifest(IReadOnlyDictionary<string, string> urls, IReadOnlyList<(string OutputPath, byte[] Content)> files)
    {
        _urls = urls;
        Files = files;
    }

    /// <summary>Where each asset goes in the output (relative path) and what it holds, as read when the theme loaded.</summary>
    public IReadOnlyList<(string OutputPath, byte[] Content)> Files { get; }

    public string Url(string name) =>
        _urls.TryGetValue(name, out var url)
            ? url
            : throw new InvalidOperationException($"the theme has no asset '{name}' in its assets folder");

    public static AssetManifest Create(IEnumerable<ThemeAsset> assets)
    {
        var urls = new Dictionary<string, string>(StringComparer.Ordinal);
        var files = new List<(string, byte[])>();
        foreach (var (name, content) in assets)
        {
            var hash = Convert.ToHexStringLower(SHA256.HashData(content))[..10];
            var extension = Path.GetExtension(name);
            var hashed = $"assets/{name[..^extension.Length]}.{hash}{extension}";
            urls[name] = "/" + hashed;
            files.Add((hashed, content));
        }
        return new AssetManifest(urls, files);
    }
}
