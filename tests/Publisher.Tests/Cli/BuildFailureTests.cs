using System.Diagnostics;
using Publisher.Core.Build;
using Publisher.Core.Diagnostics;
using Publisher.Core.Extensions;
using Publisher.Core.Model;
using Publisher.Core.Pages;
using Publisher.Core.Render.Templates;
using Publisher.Tests.Support;
using Publisher.Core.Theming;

namespace Publisher.Tests.Cli;

/// <summary>Builds that fail for reasons other than bad content leave the published output as it was.</summary>
public sealed class BuildFailureTests : IDisposable
{
    private readonly CommandLineSite _site = new();

    public void Dispose() => _site.Dispose();

    private string Snapshot() => OutputSnapshot.Of(_site.Output, withWriteTimes: true);

    private IEnumerable<string> StagingLeftovers() => Directory.EnumerateDirectories(_site.Root, ".output.*");

    [Fact]
    public void A_template_error_is_located_and_leaves_the_output_untouched()
    {
        var before = Snapshot();
        var layout = Path.Combine(_site.UseThemeCopy(), "layouts", "document.html");
        File.WriteAllText(layout, File.ReadAllText(layout) + "\n<p>{{ page.no_such_value }}</p>\n");

        var exit = _site.Run(out _, out var errors);

        Assert.Equal(1, exit);
        Assert.Matches(@"layouts/document\.html:\d+:\d+: error: template error while rendering /", errors);
        Assert.Equal(before, Snapshot());
        Assert.Empty(StagingLeftovers());
    }

    [Fact]
    public void An_exception_midway_through_writing_leaves_the_output_untouched()
    {
        var before = Snapshot();
        var build = new SiteBuild(new BuildOptions(_site.Input, _site.Output, RepositoryPaths.Theme, PinnedBuildDay.Today),
            [.. StandardExtensions.Create(), new FailingExtension()]);

        var error = Assert.Throws<PathTooLongException>(() => build.Run());

        Assert.Contains(FailingExtension.FileName, error.Message);
        Assert.Equal(before, Snapshot());
        Assert.Empty(StagingLeftovers());
    }

    [Theory]
    [InlineData("soubor", "soubor")]
    // Line breaks and tabs in the message are escaped to keep it one line.
    [InlineData("první\nřádek\tsloupec", "první\\nřádek\\tsloupec")]
    public void An_output_folder_that_cannot_be_created_stops_the_build_with_exit_code_2(string name, string printed)
    {
        var blocked = Path.Combine(_site.Root, name);
        File.WriteAllText(blocked, "a file where the output's parent folder should be");
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        var exit = PublisherCli.Run(["--lang", "en", "build", "--input", _site.Input, "--output", Path.Combine(blocked, "output"), "--theme", RepositoryPaths.Theme], stdout, stderr);

        Assert.Equal(PublisherCli.BuildStopped, exit);
        Assert.Equal("", stdout.ToString());
        Assert.Equal($"error: the build stopped: The file '{_site.Root}/{printed}' already exists.\nThe output folder was not changed.\n", stderr.ToString());
    }

    [Fact]
    public void An_internal_error_keeps_its_stack_trace_on_the_one_line()
    {
        Exception thrown;
        try
        {
            throw new InvalidOperationException("vada");
        }
        catch (InvalidOperationException e)
        {
            thrown = e;
        }

        var message = PublisherCli.StoppedMessage(thrown, MessageLanguage.English);

        Assert.Equal("error: the build stopped on an internal error: " + thrown.ToString().Replace("\n", @"\n").Replace("\r", @"\r"), message);
        Assert.Contains(@"vada\n   at Publisher.Tests.Cli.BuildFailureTests.", message);
    }

    /// <summary>
    /// A real full disk: the published output sits on a small RAM disk and the next build cannot fit beside it.
    /// Mounting needs root, so other machines skip this test; the injected exception above covers the same path.
    /// </summary>
    [SkippableFact]
    public void A_full_disk_stops_the_build_and_leaves_the_output_untouched()
    {
        using var disk = new TempDirectory();
        Skip.IfNot(Mount(disk.Path, "tmpfs", "size=4m"), "mounting a small tmpfs needs root");
        try
        {
            var output = Path.Combine(disk.Path, "output");
            Assert.Equal(0, PublisherCli.Run(["--lang", "en", "build", "--input", _site.Input, "--output", output, "--theme", RepositoryPaths.Theme], TextWriter.Null, TextWriter.Null));
            var before = OutputSnapshot.Of(output, withWriteTimes: true);
            // Enough extra pages that the staged build no longer fits beside the published one.
            var seed = File.ReadAllText(Directory.EnumerateFiles(Path.Combine(_site.Input, "documents", "zatec"), "*.md", SearchOption.AllDirectories).First());
            for (var i = 0; i < 400; i++)
                _site.AddDocument($"kopie-{i}.md", seed.Replace("title: \"", $"title: \"Kopie {i}: "));
            var stderr = new StringWriter();

            var exit = PublisherCli.Run(["--lang", "en", "build", "--input", _site.Input, "--output", output, "--theme", RepositoryPaths.Theme], TextWriter.Null, stderr);

            Assert.Equal(PublisherCli.BuildStopped, exit);
            Assert.Contains("No space left on device", stderr.ToString());
            Assert.Equal(before, OutputSnapshot.Of(output, withWriteTimes: true));
            Assert.Empty(Directory.EnumerateDirectories(disk.Path, ".output.*"));
        }
        finally
        {
            Run("umount", disk.Path);
        }
    }

    private static bool Mount(string path, string type, string options) =>
        OperatingSystem.IsLinux() && Run("mount", "-t", type, "-o", options, type, path) == 0;

    private static int Run(string program, params string[] arguments)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(program, arguments) { RedirectStandardError = true, RedirectStandardOutput = true })!;
            process.WaitForExit();
            return process.ExitCode;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return -1;
        }
    }

    /// <summary>
    /// Adds a file that the disk refuses, after every page has been staged: its name is longer than a file system allows,
    /// which only writing it finds out.
    /// </summary>
    private sealed class FailingExtension : SiteExtension
    {
        public static readonly string FileName = new string('x', 300) + ".json";

        public override string Name => "failing";

        public override IEnumerable<OutputFile> Files(PlannedSite planned) => [OutputFile.OfText(FileName, new Message("a file with too long a name", "soubor s příliš dlouhým názvem"), "{}")];
    }
}
