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
        var change = await pending;
        Assert.True(await watcher.StayedQuiet(change, stop.Token), "nothing was written after the change, yet it was not quiet");

        pending = watcher.NextChange(stop.Token);
        File.WriteAllText(file, "třetí verze, napůl");
        var halfWritten = await pending;
        // The writer goes on after the build has started reading: what it read may be half a file.
        File.AppendAllText(file, " a dopsaná");
        Assert.False(await watcher.StayedQuiet(halfWritten, stop.Token), "a write after the change was not noticed");

        // The next change is told at once, and a build of it may be served.
        var rest = await watcher.NextChange(stop.Token);
        Assert.True(await watcher.StayedQuiet(rest, stop.Token));
    }
}
