using Publisher.Tests.Support;
using static Publisher.Tests.Support.SpecialFiles;

namespace Publisher.Tests.Cli;

/// <summary>
/// A theme that lacks what the pages need, or that links to files outside it, fails the build with exit code 1,
/// a located message and the output untouched; so does a named pipe among the documents, within seconds.
/// </summary>
public sealed class ThemeErrorTests : IDisposable
{
    private const string BuildFailed = "Build failed: 1 error(s), 0 warning(s). The output folder was not changed.\n";

    private readonly CommandLineSite _site = new();
    private readonly string _theme;

    public ThemeErrorTests() => _theme = _site.UseThemeCopy();

    public void Dispose() => _site.Dispose();

    private string Snapshot() => OutputSnapshot.Of(_site.Output, withWriteTimes: true);

    private (int Exit, string Errors) Build() => WithinSeconds(60, () => (_site.Run(out _, out var errors), errors));

    [Fact]
    public void A_missing_layout_fails_the_build_naming_the_pages_that_need_it()
    {
        var before = Snapshot();
        File.Delete(Path.Combine(_theme, "layouts", "plan.html"));

        var (exit, errors) = Build();

        Assert.Equal(1, exit);
        Assert.Equal($"{_theme}/layouts/plan.html:1:1: error: the layout for plan pages is missing; create this file\n{BuildFailed}", errors);
        Assert.Equal(before, Snapshot());
    }

    [Fact]
    public void Texts_missing_a_key_the_build_reads_fail_the_build_as_a_theme_error()
    {
        var before = Snapshot();
        var texts = Path.Combine(_theme, "texts.yml");
        File.WriteAllText(texts, File.ReadAllText(texts).Replace("  paged: \"{title} – strana {number}\"\n", ""));

        var (exit, errors) = Build();

        Assert.Equal(1, exit);
        Assert.Equal($"{_theme}/texts.yml:15:1: error: texts.yml has no text 'pages.paged', which the build uses in page titles and breadcrumbs; add it\n{BuildFailed}", errors);
        Assert.Equal(before, Snapshot());
    }

    [Fact]
    public void An_asset_linked_to_the_process_environment_fails_the_build_and_publishes_nothing()
    {
        var before = Snapshot();
        Link(Path.Combine(_theme, "assets", "env.txt"), "/proc/self/environ");

        var (exit, errors) = Build();

        Assert.Equal(1, exit);
        Assert.Equal(
            $"{_theme}/assets/env.txt:1:1: error: the link points outside the folder 'theme' (to '/proc/self/environ'); the build reads only files inside it: replace the link with a copy of what it points to\n{BuildFailed}",
            errors);
        Assert.Equal(before, Snapshot());
    }

    [LinuxFact]
    public void A_named_pipe_among_the_documents_fails_the_build_within_seconds()
    {
        var before = Snapshot();
        MakeNamedPipe(Path.Combine(_site.Input, "documents", "zatec", "2021", "roura.md"));

        var (exit, errors) = Build();

        Assert.Equal(1, exit);
        Assert.Equal(
            $"{_site.Input}/documents/zatec/2021/roura.md:1:1: error: the file is a named pipe (FIFO), not a regular file; the build reads only regular files: replace it with a file or delete it\n{BuildFailed}",
            errors);
        Assert.Equal(before, Snapshot());
    }
}
