using System.Collections.Concurrent;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using Publisher.Core.Diagnostics;

namespace Publisher.Core.Validate;

/// <summary>
/// The documents one build checked, kept in memory for the next build of the same input (the preview's): a file whose
/// text did not change is not parsed and checked again, its result and its problems are taken as they were. Valid only
/// while what a document is checked against stays the same, the data files and the features, whose fingerprint
/// (<see cref="ForContext"/>) every entry carries.
/// </summary>
public sealed class ValidatedDocumentCache
{
    /// <summary>What one file's check gave: the document (null when it had errors) and every problem reported on the way.</summary>
    private sealed record Entry(UInt128 Context, UInt128 Text, ValidatedDocument? Document, IReadOnlyList<Diagnostic> Problems);

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

    /// <summary>The earlier check of the file at <paramref name="path"/> when its text and the context are the same.</summary>
    public bool TryGet(string path, UInt128 context, string text, out ValidatedDocument? document, out IReadOnlyList<Diagnostic> problems)
    {
        if (_entries.TryGetValue(path, out var entry) && entry.Context == context && entry.Text == HashOf(text))
        {
            (document, problems) = (entry.Document, entry.Problems);
            return true;
        }
        (document, problems) = (null, []);
        return false;
    }

    public void Add(string path, UInt128 context, string text, ValidatedDocument? document, IReadOnlyList<Diagnostic> problems)
    {
        _entries[path] = new Entry(context, HashOf(text), document, problems);
        _checkedAnew.Enqueue(path);
    }

    /// <summary>The files the latest read of the input checked anew, as they were new or changed.</summary>
    public IReadOnlySet<string> Changed { get; private set; } = new HashSet<string>();

    /// <summary>Ends a read of the input: forgets the files that are no longer in it, and remembers which it checked anew.</summary>
    public void Finish(IReadOnlyCollection<string> paths)
    {
        var present = paths.ToHashSet(StringComparer.Ordinal);
        foreach (var path in _entries.Keys)
        {
            if (!present.Contains(path)) _entries.TryRemove(path, out _);
        }
        Changed = _checkedAnew.ToHashSet(StringComparer.Ordinal);
        _checkedAnew.Clear();
    }

    private static UInt128 HashOf(string text) => Load.DocumentBody.Hash(text);
}
