using System.Diagnostics;
using Publisher.Core.Build;
using Publisher.Core.Sink;
using Publisher.Tests.Support;

namespace Publisher.Tests.Sink;

/// <summary>
/// Two builds into one output folder: the second stops with exit code 2 naming the first, and the first publishes
/// a complete site. Every build here is the real command line in a process of its own.
/// </summary>
public sealed partial class ConcurrentBuildTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly string _output;

    public ConcurrentBuildTests()
    {
        _output = _temp.Combine("output");
    }

    public void Dispose() => _temp.Dispose();

    private CommandLineResult Build(string input) =>
        CommandLineProcess.Run(_temp.Path, "build", "--input", input, "--output", _output, "--theme", RepositoryPaths.Theme);

    private CommandLineProcess StartBuild(string input) =>
        CommandLineProcess.Start(_temp.Path, "build", "--input", input, "--output", _output, "--theme", RepositoryPaths.Theme);

    /// <summary>
    /// Asserts the message of a build stopped by <paramref name="holder"/>: every word, the holder's process id, and its
    /// start time to the minute. Each process works the start time out from the clock when asked, so a virtual
    /// machine whose clock is set between the two askings names two times seconds apart.
    /// </summary>
    private void AssertBusy(Process holder, string errors)
    {
        var expected = $"error: the output folder {_output} is being written by another build ({CommandLineProcess.AsLockHolder(holder)}); wait until it finishes, then build again\n";
        var started = StartTime().Match(errors);
        Assert.True(started.Success, errors);
        Assert.Equal(StartTime().Replace(expected, "started TIME UTC"), StartTime().Replace(errors, "started TIME UTC"));
        var named = DateTime.ParseExact(started.Groups[1].Value, "yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(named, holder.StartTime.ToUniversalTime().AddMinutes(-1), holder.StartTime.ToUniversalTime().AddMinutes(1));
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"started (\d{4}-\d\d-\d\d \d\d:\d\d:\d\d) UTC")]
    private static partial System.Text.RegularExpressions.Regex StartTime();

    /// <summary>Waits until <paramref name="build"/> holds the output's lock, which it takes once its content is valid.</summary>
    private void WaitUntilItHoldsTheLock(CommandLineProcess build)
    {
        var holderFile = _temp.Combine(".output.holder");
        var waited = Stopwatch.StartNew();
        while (LockHolder.Read(holderFile)?.ProcessId != build.Process.Id)
        {
            if (build.Process.HasExited) Assert.Fail("the first build ended before it took the lock: " + build.WaitForExit());
            Assert.True(waited.Elapsed < TimeSpan.FromMinutes(2), "the first build did not take the lock within 2 minutes");
            Thread.Sleep(10);
        }
    }

    /// <summary>The same input built once, alone, in this process.</summary>
    private string NormalBuildOf(string input)
    {
        var output = _temp.Combine("normal");
        Assert.True(new SiteBuild(new BuildOptions(input, output, RepositoryPaths.Theme, PinnedBuildDay.Today)).Run().Succeeded);
        return OutputSnapshot.Of(output);
    }

    [Fact]
    public void The_program_runs_with_dotnets_own_file_locks_off_so_these_builds_test_the_lock_it_takes_itself()
    {
        var settings = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Publisher.runtimeconfig.json"));

        Assert.Contains("\"System.IO.DisableFileLocking\": true", settings, StringComparison.Ordinal);
    }

    [Fact]
    public void A_second_build_started_while_the_first_writes_stops_and_the_first_publishes_the_complete_site()
    {
        // The first build renders and writes for many seconds; the second, of the small real input, reaches the
        // lock within about one.
        var large = _temp.Combine("large-input");
        LargeInput.Create(large, 1500);
        using var first = StartBuild(large);
        WaitUntilItHoldsTheLock(first);

        var second = Build(RepositoryPaths.Input);

        Assert.Equal(PublisherCli.BuildStopped, second.ExitCode);
        Assert.Equal("", second.Output);
        AssertBusy(first.Process, second.Errors);
        var firstResult = first.WaitForExit();
        Assert.Equal(0, firstResult.ExitCode);
        Assert.StartsWith("Built 1505 document(s) into ", firstResult.Output);
        Assert.True(File.Exists(Path.Combine(_output, "index.html")));
        Assert.Single(Directory.EnumerateFiles(Path.Combine(_output, "assets"), "site.*.css"));
        Assert.Equal(NormalBuildOf(large), OutputSnapshot.Of(_output));
    }

    [Fact]
    public void A_build_stops_while_another_process_holds_the_lock_and_builds_once_it_is_released()
    {
        using (OutputLock.Acquire(_output))
        {
            var parentLocked = OutputSnapshot.Tree(_temp.Path);

            var stopped = Build(RepositoryPaths.Input);

            Assert.Equal(PublisherCli.BuildStopped, stopped.ExitCode);
            Assert.Equal("", stopped.Output);
            using var self = Process.GetCurrentProcess();
            AssertBusy(self, stopped.Errors);
            Assert.Equal(parentLocked, OutputSnapshot.Tree(_temp.Path));
        }

        var built = Build(RepositoryPaths.Input);

        Assert.Equal(0, built.ExitCode);
        Assert.Equal("", built.Errors);
        Assert.Equal(NormalBuildOf(RepositoryPaths.Input), OutputSnapshot.Of(_output));
    }

    [Fact]
    public void A_killed_build_does_not_leave_the_lock_held()
    {
        var large = _temp.Combine("large-input");
        LargeInput.Create(large, 1500);
        using var killed = StartBuild(large);
        WaitUntilItHoldsTheLock(killed);

        killed.Process.Kill(entireProcessTree: true);
        Assert.True(killed.Process.WaitForExit(30_000));
        Assert.NotEqual(0, killed.Process.ExitCode);

        // Its holder file stays behind, naming a process that is gone; the lock itself went with the process.
        Assert.Equal(killed.Process.Id, LockHolder.Read(_temp.Combine(".output.holder"))!.ProcessId);
        using (OutputLock.Acquire(_output))
        {
        }
        var built = Build(RepositoryPaths.Input);
        Assert.Equal(0, built.ExitCode);
        Assert.Equal(NormalBuildOf(RepositoryPaths.Input), OutputSnapshot.Of(_output));
    }
}
