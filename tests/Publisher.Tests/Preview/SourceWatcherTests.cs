using Publisher.Core.Preview;
using Publisher.Tests.Support;

namespace Publisher.Tests.Preview;

public sealed class SourceWatcherTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task It_waits_while_nothing_changes_and_tells_of_a_change_once_the_files_are_quiet()
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
}
