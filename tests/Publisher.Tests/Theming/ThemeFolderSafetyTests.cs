using Publisher.Core.Diagnostics;
using Publisher.Core.Render.Templates;
using Publisher.Tests.Support;
using static Publisher.Tests.Support.SpecialFiles;
using Publisher.Core.Theming;

namespace Publisher.Tests.Theming;

/// <summary>
/// The theme folder with links and special files in its assets, layouts, partials and texts: nothing outside the
/// theme is read or published, and nothing in it can stop the build.
/// </summary>
public sealed class ThemeFolderSafetyTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly string _theme;

    public ThemeFolderSafetyTests()
    {
        _theme = _temp.Combine("theme");
        TempDirectory.CopyTree(RepositoryPaths.Theme, _theme);
        Directory.CreateDirectory(_temp.Combine("outside"));
        File.WriteAllText(_temp.Combine("outside", "secret.html"), "<p>tajné</p>");
    }

    public void Dispose() => _temp.Dispose();

    private string InTheme(string relativePath) => Path.Combine(_theme, relativePath);

    private (Theme? Theme, IReadOnlyList<string> Diagnostics) Load() => WithinSeconds(30, () =>
    {
        var diagnostics = new DiagnosticBag();
        var theme = Theme.Load(_theme, "theme", RenderTestSite.SiteThemeNeeds, diagnostics);
        return (theme, (IReadOnlyList<string>)diagnostics.Sorted().Select(d => d.ToString()).ToList());
    });

    private static string LeavesTheme(string target) =>
        $"the link points outside the folder 'theme' (to '{target}'); the build reads only files inside it: replace the link with a copy of what it points to";

    private const string NotARegularFile = "not a regular file; the build reads only regular files: replace it with a file or delete it";

    [Fact]
    public void An_asset_linked_to_the_process_environment_is_refused_and_not_published()
    {
        Link(InTheme("assets/env.txt"), "/proc/self/environ");

        var (theme, diagnostics) = Load();

        Assert.Equal([$"theme/assets/env.txt:1:1: error: {LeavesTheme("/proc/self/environ")}"], diagnostics);
        Assert.Equal(["search.js", "site.css"], theme!.Assets.Select(a => a.Name));
    }

    [Fact]
    public void An_assets_folder_that_is_a_link_outside_is_refused_whole()
    {
        Directory.Delete(InTheme("assets"), recursive: true);
        Link(InTheme("assets"), _temp.Combine("outside"));

        var (theme, diagnostics) = Load();

        Assert.Equal([$"theme/assets:1:1: error: {LeavesTheme(_temp.Combine("outside"))}"], diagnostics);
        Assert.Empty(theme!.Assets);
    }

    [Fact]
    public void A_layout_linked_outside_is_refused_and_then_missing()
    {
        File.Delete(InTheme("layouts/home.html"));
        Link(InTheme("layouts/home.html"), "../../outside/secret.html");

        var (theme, diagnostics) = Load();

        Assert.Equal(
        [
            "theme/layouts/home.html:1:1: error: the layout for the home page is missing; create this file",
            $"theme/layouts/home.html:1:1: error: {LeavesTheme("../../outside/secret.html")}",
        ], diagnostics);
        Assert.DoesNotContain("home", theme!.Layouts.Keys);
    }

    [LinuxFact]
    public void A_partial_that_is_a_named_pipe_is_refused_without_opening_it()
    {
        MakeNamedPipe(InTheme("partials/roura.html"));

        var (theme, diagnostics) = Load();

        Assert.Equal([$"theme/partials/roura.html:1:1: error: the file is a named pipe (FIFO), {NotARegularFile}"], diagnostics);
        Assert.DoesNotContain("roura", theme!.Partials.Keys);
    }

    [LinuxFact]
    public void Texts_that_are_a_socket_leave_no_theme()
    {
        File.Delete(InTheme("texts.yml"));
        using var socket = MakeSocket(InTheme("texts.yml"));

        var (theme, diagnostics) = Load();

        Assert.Null(theme);
        Assert.Equal([$"theme/texts.yml:1:1: error: the file is a socket, {NotARegularFile}"], diagnostics);
    }

    [Fact]
    public void Texts_linked_outside_leave_no_theme()
    {
        File.Move(InTheme("texts.yml"), _temp.Combine("outside", "texts.yml"));
        Link(InTheme("texts.yml"), _temp.Combine("outside", "texts.yml"));

        var (theme, diagnostics) = Load();

        Assert.Null(theme);
        Assert.Equal([$"theme/texts.yml:1:1: error: {LeavesTheme(_temp.Combine("outside", "texts.yml"))}"], diagnostics);
    }

    [LinuxFact]
    public void Special_files_among_the_assets_are_refused()
    {
        MakeNamedPipe(InTheme("assets/roura.css"));
        using var socket = MakeSocket(InTheme("assets/zasuvka"));

        var (theme, diagnostics) = Load();

        Assert.Equal(
        [
            $"theme/assets/roura.css:1:1: error: the file is a named pipe (FIFO), {NotARegularFile}",
            $"theme/assets/zasuvka:1:1: error: the file is a socket, {NotARegularFile}",
        ], diagnostics);
        Assert.Equal(["search.js", "site.css"], theme!.Assets.Select(a => a.Name));
    }

    [Fact]
    public void An_assets_link_back_to_the_theme_is_a_loop_and_a_link_to_another_theme_folder_is_followed()
    {
        Link(InTheme("assets/zpet"), "..");
        Directory.CreateDirectory(InTheme("fonts"));
        File.WriteAllText(InTheme("fonts/pismo.woff2"), "font");
        Link(InTheme("assets/fonts"), "../fonts");

        var (theme, diagnostics) = Load();

        Assert.Equal(["theme/assets/zpet:1:1: error: the link points to '..', a folder that contains the link, so listing it would loop without end; delete the link"],
            diagnostics);
        Assert.Equal(["fonts/pismo.woff2", "search.js", "site.css"], theme!.Assets.Select(a => a.Name));
        Assert.Equal("font"u8.ToArray(), theme.Assets[0].Content);
    }

    [Fact]
    public void A_theme_file_over_the_limit_is_refused()
    {
        File.WriteAllBytes(InTheme("assets/obrazek.png"), new byte[6 * 1024 * 1024]);

        var (theme, diagnostics) = Load();

        Assert.Equal(["theme/assets/obrazek.png:1:1: error: the file is 6.0 MB; a theme file may have at most 5 MB (make it smaller, e.g. compress the picture or font)"],
            diagnostics);
        Assert.Equal(["search.js", "site.css"], theme!.Assets.Select(a => a.Name));
    }
}
