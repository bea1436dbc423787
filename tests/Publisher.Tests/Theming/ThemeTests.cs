using Publisher.Core.Diagnostics;
using Publisher.Core.Render.Templates;
using Publisher.Tests.Support;
using Publisher.Core.Theming;

namespace Publisher.Tests.Theming;

public sealed class ThemeTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private string CopyOfTheme() => _temp.CopyOfTheme();

    private static (Theme? Theme, IReadOnlyList<Diagnostic> Diagnostics) Load(string directory)
    {
        var diagnostics = new DiagnosticBag();
        var theme = Theme.Load(directory, "theme", RenderTestSite.SiteThemeNeeds, diagnostics);
        return (theme, diagnostics.Sorted());
    }

    [Fact]
    public void The_real_theme_loads_without_diagnostics()
    {
        var (theme, diagnostics) = Load(RepositoryPaths.Theme);

        Assert.Empty(diagnostics);
        Assert.NotNull(theme);
        Assert.Equal(Path.GetFullPath(RepositoryPaths.Theme), theme.Directory);
    }

    [Theory]
    [InlineData("base")]
    [InlineData("document")]
    [InlineData("home")]
    [InlineData("listing")]
    [InlineData("plan")]
    [InlineData("redirect")]
    [InlineData("404")]
    [InlineData("region")]
    [InlineData("region-year")]
    [InlineData("group")]
    [InlineData("group-year")]
    [InlineData("regions")]
    [InlineData("years")]
    [InlineData("tags")]
    public void The_real_theme_has_every_layout_the_site_uses(string layout)
    {
        var (theme, _) = Load(RepositoryPaths.Theme);

        Assert.Contains(layout, theme!.Layouts.Keys);
        Assert.Same(theme.Layouts[layout], theme.Layout(layout));
    }

    [Fact]
    public void The_real_theme_has_its_partials_texts_and_assets()
    {
        var (theme, _) = Load(RepositoryPaths.Theme);

        Assert.Equal(["breadcrumbs", "document-amended", "document-history", "document-list", "document-teaser", "page-metadata", "pagination", "site-footer", "site-header", "subscribe"], theme!.Partials.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("site.css", theme.Assets.Select(a => a.Name));
        Assert.True(theme.Texts.IsReadOnly);
        Assert.Equal("Úvod", new UiTexts(theme.Texts).Get("nav.home"));
    }

    [Fact]
    public void An_unknown_layout_is_an_error_naming_the_file()
    {
        var (theme, _) = Load(RepositoryPaths.Theme);

        var error = Assert.Throws<InvalidOperationException>(() => theme!.Layout("neexistuje"));
        Assert.Contains("layouts/neexistuje.html", error.Message);
    }

    [Fact]
    public void A_template_syntax_error_is_reported_at_its_file_line_and_column()
    {
        var theme = CopyOfTheme();
        File.WriteAllText(Path.Combine(theme, "layouts", "x.html"), "<h1>{{ page.title }}</h1>\n<ul>\n  <li>{{ page.title + }}</li>\n</ul>\n");

        var (_, diagnostics) = Load(theme);

        var error = Assert.Single(diagnostics);
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Equal("theme/layouts/x.html", error.File);
        Assert.Equal(3, error.Line);
        Assert.Equal(23, error.Column);
        Assert.StartsWith("theme/layouts/x.html:3:23: error: ", error.ToString());
    }

    [Fact]
    public void An_unclosed_block_is_an_error_in_its_file()
    {
        var theme = CopyOfTheme();
        File.WriteAllText(Path.Combine(theme, "layouts", "x.html"), "<ul>\n{{ for item in data.items }}\n<li>{{ item }}</li>\n</ul>\n");

        var (_, diagnostics) = Load(theme);

        var error = Assert.Single(diagnostics);
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Equal("theme/layouts/x.html", error.File);
        Assert.Contains("<end>", error.Message.English);
    }

    [Fact]
    public void A_syntax_error_in_a_partial_is_reported_in_the_partials_folder()
    {
        var theme = CopyOfTheme();
        File.WriteAllText(Path.Combine(theme, "partials", "broken.html"), "<p>\n{{ if }}\n</p>\n");

        var (_, diagnostics) = Load(theme);

        Assert.NotEmpty(diagnostics);
        Assert.All(diagnostics, d => Assert.Equal("theme/partials/broken.html", d.File));
        Assert.Contains(diagnostics, d => d.Severity == Severity.Error && d.Line == 2);
    }

    [Fact]
    public void Missing_texts_is_an_error_and_no_theme()
    {
        var theme = CopyOfTheme();
        File.Delete(Path.Combine(theme, "texts.yml"));

        var (loaded, diagnostics) = Load(theme);

        Assert.Null(loaded);
        var error = Assert.Single(diagnostics);
        Assert.Equal("theme/texts.yml:1:1: error: the theme's UI texts are missing", error.ToString());
    }

    [Fact]
    public void Texts_that_are_not_a_mapping_are_an_error()
    {
        var theme = CopyOfTheme();
        File.WriteAllText(Path.Combine(theme, "texts.yml"), "- jen\n- seznam\n");

        var (loaded, diagnostics) = Load(theme);

        Assert.Null(loaded);
        Assert.Contains(diagnostics, d => d.File == "theme/texts.yml" && d.Severity == Severity.Error);
    }

    [Fact]
    public void A_missing_base_layout_is_an_error()
    {
        var theme = CopyOfTheme();
        File.Delete(Path.Combine(theme, "layouts", "base.html"));

        var (_, diagnostics) = Load(theme);

        var error = Assert.Single(diagnostics);
        Assert.Equal("theme/layouts:1:1: error: the theme has no base.html layout", error.ToString());
    }

    [Fact]
    public void A_missing_theme_folder_is_an_error()
    {
        var (loaded, diagnostics) = Load(_temp.Combine("neni"));

        Assert.Null(loaded);
        Assert.Equal("theme:1:1: error: the theme folder does not exist", Assert.Single(diagnostics).ToString());
    }

    [Fact]
    public void Assets_are_listed_with_forward_slashes_in_ordinal_order()
    {
        var theme = CopyOfTheme();
        Directory.CreateDirectory(Path.Combine(theme, "assets", "img"));
        File.WriteAllText(Path.Combine(theme, "assets", "img", "logo.svg"), "<svg/>");
        File.WriteAllText(Path.Combine(theme, "assets", "Print.css"), "body{}");

        var (loaded, diagnostics) = Load(theme);

        Assert.Empty(diagnostics);
        Assert.Equal(["Print.css", "img/logo.svg", "search.js", "site.css"], loaded!.Assets.Select(a => a.Name));
    }
}
