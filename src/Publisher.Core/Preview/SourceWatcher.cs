namespace Publisher.Core.Preview;

/// <summary>
/// Tells when the input and theme folders have changed, so the preview builds once per save, and whether they have
/// since stayed quiet long enough that the build read complete files (<see cref="StayedQuiet"/>). File-system events
/// wake it at once, and a build may start as soon as a burst of them pauses, to be served only if no event follows
/// for <see cref="QuietPeriod"/>; a snapshot of every file's path, size and modification time, compared every second,
/// catches what events miss (editors that save by renaming, network drives, a system out of watches), and a change
/// only a snapshot saw is told once two snapshots that far apart agree.
/// </summary>
public sealed class SourceWatcher : IDisposable
{
    public static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(1);

    /// <summary>How long the folders must stay unchanged before a build is served: an editor's save is a few writes in a row.</summary>
    public static readonly TimeSpan QuietPeriod = TimeSpan.FromMilliseconds(150);

    /// <summary>How long a burst of events must pause before a build starts, meanwhile reading what the save wrote.</summary>
    public static readonly TimeSpan PauseBeforeBuilding = TimeSpan.FromMilliseconds(50);

    private readonly IReadOnlyList<string> _folders;
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly SemaphoreSlim _noticed = new(0, 1);
    private long _events;
    private long _eventsBuilt;
    // When the last event came, in Environment.TickCount64 milliseconds.
    private long _lastEventAt;
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

    /// <summary>
    /// Returns once the folders differ from when it last returned: when events told of it, as soon as they pause for
    /// <see cref="PauseBeforeBuilding"/>; when only a snapshot saw it, once the files have been quiet for
    /// <see cref="QuietPeriod"/>. A build of what it returns is served only if <see cref="StayedQuiet"/> says so.
    /// </summary>
    public async Task<SourceChange> NextChange(CancellationToken stop)
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
            // A change the events told of may be built once they pause; the listing of every file, which takes a
            // while on a large site, is then taken once, for the next comparison, before the build reads anything. A
            // change only a snapshot saw must leave two snapshots the quiet period apart alike.
            var before = byEvent ? null : Snapshot();
            await Task.Delay(byEvent ? PauseBeforeBuilding : QuietPeriod, stop);
            if (Interlocked.Read(ref _events) != events) continue;
            var after = Snapshot();
            if (before is not null && !after.SequenceEqual(before)) continue;
            _eventsBuilt = events;
            _built = after;
            return new SourceChange(events, byEvent ? Interlocked.Read(ref _lastEventAt) : Environment.TickCount64 - (long)QuietPeriod.TotalMilliseconds);
        }
    }

    /// <summary>
    /// Waits until <see cref="QuietPeriod"/> has passed since the last event before <paramref name="change"/>, and tells
    /// whether no event came since it: then a build that read the files after the change was told read them complete.
    /// </summary>
    public async Task<bool> StayedQuiet(SourceChange change, CancellationToken stop)
    {
        var quietAt = change.LastEventAt + (long)QuietPeriod.TotalMilliseconds;
        var wait = quietAt - Environment.TickCount64;
        if (wait > 0) await Task.Delay(TimeSpan.FromMilliseconds(wait), stop);
        return Interlocked.Read(ref _events) == change.Events;
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers) watcher.Dispose();
        _noticed.Dispose();
    }

    private void Notice()
    {
        Interlocked.Exchange(ref _lastEventAt, Environment.TickCount64);
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

/// <summary>A change <see cref="SourceWatcher.NextChange"/> told of: how many events had come by then, and when the last of them came (<see cref="Environment.TickCount64"/>).</summary>
public readonly record struct SourceChange(long Events, long LastEventAt);
