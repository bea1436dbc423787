using Publisher.Core.Preview;
using Publisher.Tests.Support;

namespace Publisher.Tests.Preview;

public sealed class SourceWatcherTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task It_waits_while_nothing_changes_and_tells_of_a_change_once_its_writes_pause()
    {
        var file = _temp.Combine("documents", "zapis.md");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, "první verze");
        using var watcher = new SourceWatcher([_temp.Path]);
        using var stop = new CancellationTokenSource(RunningPreview.Patience);

        var change = watcher.NextChange(stop.Token);
        await Task.Delay(SourceWatcher.PollInterval * 1.5);
        Assert.False(change.IsCompleted, "a change was reported while nothing changed");

        File.WriteAllText(file, "druhá verze");
        await change;

        var next = watcher.NextChange(stop.Token);
        await Task.Delay(SourceWatcher.PollInterval * 1.5);
        Assert.False(next.IsCompleted, "the same change was reported twice");
        File.Delete(file);
        await next;
    }

    [Fact]
    public async Task A_build_of_a_change_is_served_only_if_no_file_changes_again_within_the_quiet_period()
    {
        var file = _temp.Combine("zapis.md");
        File.WriteAllText(file, "první verze");
        using var watcher = new SourceWatcher([_temp.Path]);
        using var stop = new CancellationTokenSource(RunningPreview.Patience);

        var pending = watcher.NextChange(stop.Token);
        File.WriteAllText(file, "druhá verze");
        await Served(watcher, await pending, stop.Token);

        pending = watcher.NextChange(stop.Token);
        File.WriteAllText(file, "třetí verze, napůl");
        var halfWritten = await pending;
        // The writer goes on after the build has started reading: what it read may be half a file. (The wait lets the
        // system deliver the event however busy the machine is; the quiet period is over by then.)
        File.AppendAllText(file, " a dopsaná");
        await Task.Delay(SourceWatcher.QuietPeriod * 4, stop.Token);
        Assert.False(await watcher.StayedQuiet(halfWritten, stop.Token), "a write after the change was not noticed");

        // The next change is told at once, and a build of it is served.
        await Served(watcher, await watcher.NextChange(stop.Token), stop.Token);
    }

    /// <summary>
    /// Waits until a build of the change, or of a later one, may be served: on a busy machine the events of one write
    /// can come late, after the change was told, and then the next change is built instead.
    /// </summary>
    private static async Task Served(SourceWatcher watcher, SourceChange change, CancellationToken stop)
    {
        while (!await watcher.StayedQuiet(change, stop))
            change = await watcher.NextChange(stop);
    }
}
