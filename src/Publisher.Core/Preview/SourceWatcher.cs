namespace Publisher.Core.Preview;

/// <summary>
/// Tells when the input and theme folders have changed and then stopped changing, so the preview builds once per
/// save, from complete files. File-system events wake it at once; a snapshot of every file's path, size and
/// modification time, compared every second, catches what events miss: editors that save by renaming, network
/// drives, a system out of watches.
/// </summary>
public sealed class SourceWatcher : IDisposable
{
    public static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(1);

    /// <summary>How long the folders must stay unchanged before a build starts: an editor's save is a few writes in a row.</summary>
    public static readonly TimeSpan QuietPeriod = TimeSpan.FromMilliseconds(150);

    private readonly IReadOnlyList<string> _folders;
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly SemaphoreSlim _noticed = new(0, 1);
    private long _events;
    private long _eventsBuilt;
    private ListedFile[] _built;

    /// <summary>Starts watching; the folders as they are now count as built.</summary>
    public SourceWatcher(IReadOnlyList<string> folders)
    {
        _folders = folders;
        foreach (var folder in folders)
        {
            var watcher = new FileSystemWatcher(folder) { IncludeSubdirectories = true };
            watcher.Changed += (_, _) => Notice();
            watcher.Created += (_, _) => Notice();
            watcher.Deleted += (_, _) => Notice();
            watcher.Renamed += (_, _) => Notice();
            watcher.Error += (_, _) => Notice();
            _watchers.Add(watcher);
            try
            {
                watcher.EnableRaisingEvents = true;
            }
            catch (IOException)
            {
                // The system has no watches left: the snapshots still find every change, within a second.
            }
        }
        _built = Snapshot();
    }

    /// <summary>Returns once the folders differ from when it last returned and have then been quiet for <see cref="QuietPeriod"/>.</summary>
    public async Task NextChange(CancellationToken stop)
    {
        // Until something changes: an event, or a snapshot, taken each second while no event comes, that differs.
        var byEvent = true;
        while (Interlocked.Read(ref _events) == _eventsBuilt)
        {
            if (await _noticed.WaitAsync(PollInterval, stop)) continue;
            if (Snapshot().SequenceEqual(_built)) continue;
            byEvent = false;
            break;
        }
        while (true)
        {
            var events = Interlocked.Read(ref _events);
            // A change the events told of is over when they stop for the quiet period; the listing of every file,
            // which takes a while on a large site, is then taken once, for the next comparison. A change only a
            // snapshot saw must also leave two snapshots that far apart alike.
            var before = byEvent ? null : Snapshot();
            await Task.Delay(QuietPeriod, stop);
            if (Interlocked.Read(ref _events) != events) continue;
            var after = Snapshot();
            if (before is not null && !after.SequenceEqual(before)) continue;
            _eventsBuilt = events;
            _built = after;
            return;
        }
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers) watcher.Dispose();
        _noticed.Dispose();
    }

    private void Notice()
    {
        Interlocked.Increment(ref _events);
        try
        {
            _noticed.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already noticed and not yet looked at.
        }
        catch (ObjectDisposedException)
        {
            // An event that arrived while the watcher was being stopped.
        }
    }

    private readonly record struct ListedFile(string Path, long Size, long WrittenTicks);

    private ListedFile[] Snapshot()
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.None };
        var stamps = new List<ListedFile>();
        foreach (var folder in _folders)
        {
            try
            {
                foreach (var file in new DirectoryInfo(folder).EnumerateFiles("*", options))
                    stamps.Add(new ListedFile(file.FullName, file.Length, file.LastWriteTimeUtc.Ticks));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // A folder removed or renamed while it was listed: the next snapshot sees how it ended up.
            }
        }
        stamps.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        return stamps.ToArray();
    }
}
