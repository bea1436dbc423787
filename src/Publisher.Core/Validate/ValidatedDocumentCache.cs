using System.Collections.Concurrent;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using Publisher.Core.Diagnostics;
using Publisher.Core.Load;

namespace Publisher.Core.Validate;

/// <summary>One file's check: the hash of its text, its stamp when settled, the document (null when it had errors) and its problems.</summary>
public sealed record CheckedFile(string Path, UInt128 Text, FileStamp? Stamp, ValidatedDocument? Document, IReadOnlyList<Diagnostic> Problems);

/// <summary>
/// The documents one build checked, kept in memory for the next build of the same input (the preview's), or written for
/// the next build's process (<see cref="CheckedDocumentsRecord"/>): a file whose
/// text did not change is not parsed and checked again, its result and its problems are taken as they were. Valid only
/// while what a document is checked against stays the same, the data files and the features, whose fingerprint
/// (<see cref="ForContext"/>) every entry carries. A file is not even read again when the file system's stamp of it
/// (<see cref="FileStamp"/>) is the one taken before it was last read, and that stamp was taken well after the file last
/// changed (<see cref="FileStamp.IsSettledAt"/>): on a large site, reading every file is most of a build after a save.
/// </summary>
/// <param name="clock">Tells when a file's stamp is taken, to know whether it is settled; the system's clock when not given.</param>
/// <param name="resident">Whether the cache stays in the process that reads the input again (the preview's): it keeps
/// the bodies, which the preview shows, and the files' stamps. A build's cache is written for a build in another process
/// (<see cref="CheckedDocumentsRecord"/>) and keeps neither: that build reads a body again when it renders it, and reads
/// every file, as a stamp would make the record depend on the copy of the input and not on its text.</param>
public sealed class ValidatedDocumentCache(TimeProvider? clock = null, bool resident = true)
{
    /// <summary>Whether the cache keeps bodies and stamps (see the constructor); without, <see cref="ValidatedDocument.Body"/> is empty.</summary>
    public bool IsResident => resident;

    /// <summary>The context of the latest read of the input (<see cref="Finish"/>).</summary>
    public UInt128 LatestContext { get; private set; }

    /// <summary>The time now, taken when a file's stamp is, to tell whether the file had settled by then.</summary>
    public DateTimeOffset Now() => (clock ?? TimeProvider.System).GetUtcNow();

    /// <summary>What one file's check gave: the document (null when it had errors) and every problem reported on the way.</summary>
    /// <param name="Stamp">The file's stamp taken before it was read, when it can tell later that the file did not change.</param>
    private sealed record Entry(UInt128 Context, UInt128 Text, FileStamp? Stamp, ValidatedDocument? Document, IReadOnlyList<Diagnostic> Problems);

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    // The files added since the last read ended.
    private readonly ConcurrentQueue<string> _checkedAnew = new();

    /// <summary>The fingerprint of what documents are checked against: the bytes of the data files and the features' names.</summary>
    public static UInt128 ForContext(IEnumerable<string> dataFileTexts, IEnumerable<string> featureNames)
    {
        var hash = new XxHash128();
        foreach (var text in dataFileTexts.Append("\0").Concat(featureNames))
        {
            hash.Append(BitConverter.GetBytes(text.Length));
            hash.Append(MemoryMarshal.AsBytes(text.AsSpan()));
        }
        return hash.GetCurrentHashAsUInt128();
    }

    private int _takenUnread;

    /// <summary>How many files the latest read of the input took from the cache by their stamps, without reading them.</summary>
    public int TakenUnread { get; private set; }

    /// <summary>
    /// The earlier check of the file at <paramref name="path"/>, without reading it, when the context is the same and the
    /// file's <paramref name="stamp"/> is the settled one taken before it was last read.
    /// </summary>
    public bool TryGetUnread(string path, UInt128 context, FileStamp? stamp, out ValidatedDocument? document, out IReadOnlyList<Diagnostic> problems)
    {
        if (stamp is not null && _entries.TryGetValue(path, out var entry) && entry.Context == context && entry.Stamp == stamp)
        {
            (document, problems) = (entry.Document, entry.Problems);
            Interlocked.Increment(ref _takenUnread);
            return true;
        }
        (document, problems) = (null, []);
        return false;
    }

    /// <summary>The earlier check of the file at <paramref name="path"/> when its text and the context are the same.</summary>
    /// <param name="stamp">The file's stamp, taken before it was read at <paramref name="stampedAt"/>; kept with the entry when it is settled.</param>
    public bool TryGet(string path, UInt128 context, ReadOnlySpan<char> text, FileStamp? stamp, DateTimeOffset stampedAt, out ValidatedDocument? document, out IReadOnlyList<Diagnostic> problems)
    {
        if (_entries.TryGetValue(path, out var entry) && entry.Context == context && entry.Text == HashOf(text))
        {
            (document, problems) = (entry.Document, entry.Problems);
            var settled = Settled(stamp, stampedAt);
            if (entry.Stamp != settled) _entries[path] = entry with { Stamp = settled };
            return true;
        }
        (document, problems) = (null, []);
        return false;
    }

    /// <param name="stamp">The file's stamp, taken before it was read at <paramref name="stampedAt"/>; kept with the entry when it is settled.</param>
    public void Add(string path, UInt128 context, ReadOnlySpan<char> text, FileStamp? stamp, DateTimeOffset stampedAt, ValidatedDocument? document, IReadOnlyList<Diagnostic> problems)
    {
        // The body of a file a build read lies in the reading thread's buffer, which the next file overwrites.
        var kept = resident || document is null ? document : document with { Body = ReadOnlyMemory<char>.Empty };
        _entries[path] = new Entry(context, HashOf(text), Settled(stamp, stampedAt), kept, problems);
        _checkedAnew.Enqueue(path);
    }

    /// <summary>Whether some files were read too soon after they changed for their stamps to be kept (<see cref="StampSettled"/>).</summary>
    public bool HasUnstampedFiles => _entries.Values.Any(entry => entry.Stamp is null);

    /// <summary>
    /// Reads again the files whose stamps were not kept, as they had changed shortly before they were read, and keeps
    /// the stamp of each that has settled since and still holds the text that was checked: after a checkout every file
    /// is new, and without this the first save would read them all again. Meant for while nothing is being built;
    /// an entry a build replaced meanwhile is left as that build made it.
    /// </summary>
    /// <returns>How many files' stamps were kept.</returns>
    public int StampSettled(ContentLoader loader)
    {
        var stamped = 0;
        foreach (var (path, entry) in _entries)
        {
            if (entry.Stamp is not null) continue;
            // As a build does: the stamp before the read, so that a write during the read leaves a stamp that does not match.
            var stamp = loader.StampOf(path);
            if (stamp is not { } settled || !settled.IsSettledAt(Now())) continue;
            if (loader.Read(path, new DiagnosticBag()) is not { } file || HashOf(file.Text.Span) != entry.Text) continue;
            if (_entries.TryUpdate(path, entry with { Stamp = settled }, entry)) stamped++;
        }
        return stamped;
    }

    /// <summary>The files the latest read of the input checked anew, as they were new or changed.</summary>
    public IReadOnlySet<string> Changed { get; private set; } = new HashSet<string>();

    /// <summary>Ends a read of the input: forgets the files that are no longer in it, and remembers which it checked anew.</summary>
    public void Finish(IReadOnlyCollection<string> paths, UInt128 context)
    {
        LatestContext = context;
        var present = paths.ToHashSet(StringComparer.Ordinal);
        foreach (var path in _entries.Keys)
        {
            if (!present.Contains(path)) _entries.TryRemove(path, out _);
        }
        Changed = _checkedAnew.ToHashSet(StringComparer.Ordinal);
        _checkedAnew.Clear();
        TakenUnread = Interlocked.Exchange(ref _takenUnread, 0);
    }

    /// <summary>The checks of the latest read's context, as <see cref="CheckedDocumentsRecord"/> writes them.</summary>
    public IEnumerable<CheckedFile> Latest() =>
        _entries.Where(e => e.Value.Context == LatestContext)
            .Select(e => new CheckedFile(e.Key, e.Value.Text, e.Value.Stamp, e.Value.Document, e.Value.Problems));

    /// <summary>Takes the checks a <see cref="CheckedDocumentsRecord"/> gave back, made in <paramref name="context"/>.</summary>
    public void Restore(UInt128 context, IEnumerable<CheckedFile> files)
    {
        foreach (var file in files)
            _entries[file.Path] = new Entry(context, file.Text, file.Stamp, file.Document, file.Problems);
    }

    // A stamp of a file that changed shortly before it was taken is not kept: its next change might leave it the same.
    private static FileStamp? Settled(FileStamp? stamp, DateTimeOffset stampedAt) => stamp is { } s && s.IsSettledAt(stampedAt) ? s : null;

    private static UInt128 HashOf(ReadOnlySpan<char> text) => Load.DocumentBody.Hash(text);
}
