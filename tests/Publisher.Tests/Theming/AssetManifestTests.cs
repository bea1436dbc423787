using System.Security.Cryptography;
using System.Text;
using Publisher.Core.Render;
using Publisher.Core.Render.Templates;
using Publisher.Tests.Support;
using Publisher.Core.Theming;

namespace Publisher.Tests.Theming;

public sealed class AssetManifestTests
{
    private static ThemeAsset Asset(string name, string content) => new(name, new UTF8Encoding(false).GetBytes(content));

    private static string Hash(string content) =>
        Convert.ToHexStringLower(SHA256.HashData(new UTF8Encoding(false).GetBytes(content)))[..10];

    [Fact]
    public void Assets_get_a_ten_character_content_hash_in_their_name()
    {
        var css = Asset("site.css", "body { color: #222; }");

        var manifest = AssetManifest.Create([css]);

        var url = manifest.Url("site.css");
        Assert.Matches("^/assets/site\\.[0-9a-f]{10}\\.css$", url);
        Assert.Equal($"/assets/site.{Hash("body { color: #222; }")}.css", url);
        var file = Assert.Single(manifest.Files);
        Assert.Equal($"assets/site.{Hash("body { color: #222; }")}.css", file.OutputPath);
        Assert.Same(css.Content, file.Content);
    }

    [Fact]
    public void The_same_content_gives_the_same_name()
    {
        var first = AssetManifest.Create([Asset("site.css", "p{}")]);
        var second = AssetManifest.Create([Asset("site.css", "p{}")]);

        Assert.Equal(first.Url("site.css"), second.Url("site.css"));
    }

    [Fact]
    public void Changed_content_gives_a_new_name()
    {
        var first = AssetManifest.Create([Asset("site.css", "p{}")]);
        var second = AssetManifest.Create([Asset("site.css", "p{ }")]);

        Assert.NotEqual(first.Url("site.css"), second.Url("site.css"));
    }

    [Fact]
    public void Nested_assets_keep_their_folder()
    {
        var manifest = AssetManifest.Create([Asset("img/logo.svg", "<svg/>"), Asset("site.css", "p{}")]);

        Assert.Equal($"/assets/img/logo.{Hash("<svg/>")}.svg", manifest.Url("img/logo.svg"));
        Assert.Equal([$"assets/img/logo.{Hash("<svg/>")}.svg", $"assets/site.{Hash("p{}")}.css"], manifest.Files.Select(f => f.OutputPath));
    }

    [Fact]
    public void An_unknown_asset_throws_naming_it()
    {
        var manifest = AssetManifest.Create([Asset("site.css", "p{}")]);

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
