namespace Publisher.Core.Extensions.History;

/// <summary>One committed version of a document's file: the commit that made it and the blob of its content.</summary>
public readonly record struct FileVersion(int Commit, string Blob);

/// <summary>
/// Follows the files of the input folder back through the log, newest commit first, and collects the commits that made
/// each version of them. A file moved in a commit keeps the history it had under its earlier path; a file added in a
/// commit has no history before it, even if a file of the same path was there once.
/// </summary>
public sealed class FileHistories
{
    /// <summary>The file of each document by its path in the repository, changed as moves are followed back.</summary>
    private readonly Dictionary<string, int> _followed;

    /// <param name="repositoryPaths">Each document's path relative to the repository's top folder, by the document's number.</param>
    public FileHistories(IReadOnlyList<string> repositoryPaths)
    {
        _followed = new Dictionary<string, int>(repositoryPaths.Count, StringComparer.Ordinal);
        Versions = new List<FileVersion>?[repositoryPaths.Count];
        for (var i = 0; i < repositoryPaths.Count; i++) _followed.TryAdd(repositoryPaths[i], i);
    }

    /// <summary>The commits of the log, in the order read (newest first).</summary>
    public List<Commit> Commits { get; } = [];

    /// <summary>Each document's versions, newest first; null for a file never committed.</summary>
    public List<FileVersion>?[] Versions { get; }

    /// <summary>Takes in the next (older) commit of the log.</summary>
    public void Add(Commit commit, IReadOnlyList<FileChange> changes)
    {
        var number = Commits.Count;
        _touched.Clear();
        foreach (var change in changes)
        {
            if (!_followed.TryGetValue(change.Path, out var document)) continue;
            (Versions[document] ??= []).Add(new FileVersion(number, change.Blob));
            _touched.Add((change, document));
        }
        if (_touched.Count == 0) return;
        // Paths are looked up before any is moved, so that two files that swap names in one commit keep their own histories.
        foreach (var (change, _) in _touched)
        {
            if (change.Status is 'A' or 'C' or 'R') _followed.Remove(change.Path);
        }
        foreach (var (change, document) in _touched)
        {
            if (change.Status == 'R') _followed[change.FromPath!] = document;
        }
        // A commit that touched no document is not kept: a log of a large repository holds many.
        Commits.Add(commit);
    }

    private readonly List<(FileChange Change, int Document)> _touched = [];
}
