using System.Diagnostics;
using Publisher.Tests.Support;

namespace Publisher.Tests.Sink;

/// <summary>A build killed while it writes leaves the published output exactly as it was.</summary>
public sealed class InterruptedBuildTests
{
    [Fact]
    public void A_build_killed_midway_leaves_the_previous_output_untouched_and_the_next_build_cleans_up()
    {
        using var temp = new TempDirectory();
        var input = temp.Combine("input");
        var output = temp.Combine("output");
        TempDirectory.CopyTree(RepositoryPaths.Input, input);
        Assert.Equal(0, Build(input, output, kill: false));
        var before = OutputSnapshot.Of(output);

        // Enough documents that rendering and writing take a while.
        Directory.Delete(input, recursive: true);
        LargeInput.Create(input, 3000);

        Build(input, output, kill: true);

        Assert.Equal(before, OutputSnapshot.Of(output));
        Assert.NotEmpty(Directory.EnumerateDirectories(temp.Path, ".output.staging-*"));

        Assert.Equal(0, Build(input, output, kill: false));
        Assert.Empty(Directory.EnumerateDirectories(temp.Path, ".output.*"));
        Assert.True(Directory.Exists(Path.Combine(output, "zatec", "socialni-prevence-a-odborne-socialni-poradenstvi", "2020")));
    }

    /// <summary>Runs the real command line in its own process; with <paramref name="kill"/>, kills it once it has started writing.</summary>
    private static int Build(string input, string output, bool kill)
    {
        var parent = Path.GetDirectoryName(output)!;
        using var build = CommandLineProcess.Start(parent, "build", "--input", input, "--output", output, "--theme", RepositoryPaths.Theme);
        if (!kill) return build.WaitForExit().ExitCode;

        var process = build.Process;
        var deadline = Stopwatch.StartNew();
        while (!process.HasExited && deadline.Elapsed < TimeSpan.FromSeconds(60))
        {
            var staging = Directory.EnumerateDirectories(parent, ".output.staging-*").FirstOrDefault();
            if (staging is not null && Directory.EnumerateFiles(staging, "*.html", SearchOption.AllDirectories).Take(200).Count() >= 200)
            {
                process.Kill(entireProcessTree: true);
                break;
            }
            Thread.Sleep(20);
        }
        Assert.False(process.WaitForExit(30_000) && process.ExitCode == 0, "the build finished before it could be killed");
        return -1;
    }
}
