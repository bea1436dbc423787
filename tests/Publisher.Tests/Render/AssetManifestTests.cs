using System.Security.Cryptography;
using System.Text;
using Publisher.Core.Render;
using Publisher.Tests.Support;

namespace Publisher.Tests.Render;

public sealed class AssetManifestTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private string Assets(params (string Name, string Content)[] files)
    {
        var folder = _temp.Combine("assets-" + Guid.NewGuid().ToString("N"));
        foreach (var (name, content) in files)
        {
            var path = Path.Combine(folder, name);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, content);
        }
        return folder;
    }

    private static string Hash(string content) =>
        Convert.ToHexStringLower(SHA256.HashData(new UTF8Encoding(false).GetBytes(content)))[..10];

    [Fact]
    public void Assets_get_a_ten_character_content_hash_in_their_name()
    {
        var folder = Assets(("site.css", "body { color: #222; }"));

        var manifest = AssetManifest.Create(folder, ["site.css"]);

        var url = manifest.Url("site.css");
        Assert.Matches("^/assets/site\\.[0-9a-f]{10}\\.css$", url);
        Assert.Equal($"/assets/site.{Hash("body { color: #222; }")}.css", url);
        var file = Assert.Single(manifest.Files);
        Assert.Equal($"assets/site.{Hash("body { color: #222; }")}.css", file.OutputPath);
        Assert.Equal(Path.Combine(folder, "site.css"), file.SourcePath);
    }

    [Fact]
    public void The_same_content_gives_the_same_name()
    {
        var first = AssetManifest.Create(Assets(("site.css", "p{}")), ["site.css"]);
        var second = AssetManifest.Create(Assets(("site.css", "p{}")), ["site.css"]);

        Assert.Equal(first.Url("site.css"), second.Url("site.css"));
    }

    [Fact]
    public void Changed_content_gives_a_new_name()
    {
        var first = AssetManifest.Create(Assets(("site.css", "p{}")), ["site.css"]);
        var second = AssetManifest.Create(Assets(("site.css", "p{ }")), ["site.css"]);

        Assert.NotEqual(first.Url("site.css"), second.Url("site.css"));
    }

    [Fact]
    public void Nested_assets_keep_their_folder()
    {
        var folder = Assets(("img/logo.svg", "<svg/>"), ("site.css", "p{}"));

        var manifest = AssetManifest.Create(folder, ["img/logo.svg", "site.css"]);

        Assert.Equal($"/assets/img/logo.{Hash("<svg/>")}.svg", manifest.Url("img/logo.svg"));
        Assert.Equal([$"assets/img/logo.{Hash("<svg/>")}.svg", $"assets/site.{Hash("p{}")}.css"], manifest.Files.Select(f => f.OutputPath));
    }

    [Fact]
    public void An_unknown_asset_throws_naming_it()
    {
        var manifest = AssetManifest.Create(Assets(("site.css", "p{}")), ["site.css"]);

        var error = Assert.Throws<InvalidOperationException>(() => manifest.Url("print.css"));
        Assert.Contains("'print.css'", error.Message);
    }

    [Fact]
    public void The_real_theme_stylesheet_is_hashed()
    {
        var theme = RenderTestSite.Theme;

        var manifest = RenderTestSite.Assets(theme);

        var expected = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(RepositoryPaths.Theme, "assets", "site.css"))))[..10];
        Assert.Equal($"/assets/site.{expected}.css", manifest.Url("site.css"));
        Assert.Equal(theme.Assets.Count, manifest.Files.Count);
    }
}
