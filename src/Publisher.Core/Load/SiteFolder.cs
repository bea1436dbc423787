using System.Collections.Concurrent;
using Publisher.Core.Diagnostics;

namespace Publisher.Core.Load;

/// <summary>
/// One folder the build reads (the input or the theme), and the only way the build lists and reads files in it.
/// Nothing outside the folder is read: every path is resolved, '..' and links in every component included, before
/// it is opened, and only regular files are opened. A link that stays inside the folder is followed; a link that
/// leaves it, a dangling link, a loop of links, a named pipe, a device or a socket is a located error instead of a
/// file, so a checkout cannot publish the build machine's files or stop the build by blocking a read.
/// </summary>
public sealed class SiteFolder
{
    /// <summary>Linux stops resolving a path after 40 links (ELOOP); a longer chain is taken for the loop it almost always is.</summary>
    private const int MaxLinksInPath = 40;

    private readonly string? _root;
    private readonly long _maxFileBytes;
    private readonly Message _sizeRule;
    private readonly ConcurrentDictionary<string, Resolution> _resolvedFolders = new(StringComparer.Ordinal);

    /// <param name="directory">The folder; it may itself be reached through links.</param>
    /// <param name="displayRoot">How diagnostics name the folder, e.g. <c>input</c>.</param>
    /// <param name="maxFileBytes">Largest file <see cref="Read"/> returns; larger files are reported, not read whole.</param>
    /// <param name="sizeRule">The end of the message for a larger file, after "the file is N MB; ": the limit and what to do.</param>
    public SiteFolder(string directory, string displayRoot, long maxFileBytes, Message sizeRule)
    {
        Directory = Path.GetFullPath(directory);
        DisplayRoot = displayRoot;
        _maxFileBytes = maxFileBytes;
        _sizeRule = sizeRule;
        var pathRoot = Path.GetPathRoot(Directory)!;
        var root = Resolve(pathRoot, Directory[pathRoot.Length..]);
        _root = root is { Outcome: Outcome.Found, Kind: FileKind.Directory } ? root.Path : null;
    }

    /// <summary>The folder's full path as it was given.</summary>
    public string Directory { get; }

    public string DisplayRoot { get; }

    public bool Exists => _root is not null;

    /// <param name="relativePath">Path below the folder with forward slashes; empty for the folder itself.</param>
    public string DisplayPath(string relativePath) =>
        DisplayRoot.Length == 0 ? relativePath
        : relativePath.Length == 0 ? DisplayRoot
        : $"{DisplayRoot}/{relativePath}";

    /// <summary>
    /// The regular files in <paramref name="folder"/> (and its subfolders when <paramref name="includeSubfolders"/>)
    /// whose names <paramref name="isWanted"/> accepts, as paths below this folder with forward slashes, in ordinal
    /// order. A wanted entry that is not a regular file inside the folder is reported and left out. Entries that are
    /// not wanted are never read and so not checked, except links to folders, which would be listed.
    /// </summary>
    /// <param name="folder">Path below this folder with forward slashes; empty for the folder itself. A missing one has no files.</param>
    public IReadOnlyList<string> ListFiles(string folder, Func<string, bool> isWanted, bool includeSubfolders, DiagnosticBag diagnostics)
    {
        if (_root is null) return [];
        var start = Resolve(folder);
        if (start is not { Outcome: Outcome.Found, Kind: FileKind.Directory } || !IsInside(start.Path))
        {
            if (Problem(start) is { } problem) diagnostics.Error(DisplayPath(folder), 1, 1, problem);
            return [];
        }
        var listing = new Listing(this, isWanted, includeSubfolders, diagnostics);
        listing.Walk(start.Path, folder);
        listing.FollowFolderLinks();
        return listing.Files.Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>The bytes of one regular file inside the folder, or null with a diagnostic at line 1 of the file.</summary>
    /// <param name="missingMessage">What to report when there is no such file; <see cref="LoadMessages.MissingFile"/> when not given.</param>
    public byte[]? Read(string relativePath, DiagnosticBag diagnostics, Message? missingMessage = null)
    {
        if (Locate(relativePath, diagnostics, missingMessage) is not { } resolved) return null;
        // Sized as the file says it is, so that a file of that size is returned in the buffer it was read into.
        var buffer = new byte[Math.Min(resolved.Stamp?.Size ?? 0, _maxFileBytes)];
        if (ReadRegularFile(resolved, DisplayPath(relativePath), diagnostics, ref buffer) is not { } length) return null;
        if (length < buffer.Length) Array.Resize(ref buffer, length);
        return buffer;
    }

    /// <summary>
    /// The bytes of one regular file inside the folder, as <see cref="Read"/> gives them, but in a buffer of the calling
    /// thread's that its next read overwrites: for a file whose bytes are decoded at once and not kept, as every document's
    /// are, so that reading ten thousand of them leaves nothing behind for the collector.
    /// </summary>
    /// <returns>False, with a diagnostic at line 1 of the file, when it cannot be read.</returns>
    public bool TryReadIntoThreadBuffer(string relativePath, DiagnosticBag diagnostics, out ReadOnlySpan<byte> bytes)
    {
        bytes = default;
        if (Locate(relativePath, diagnostics, null) is not { } resolved) return false;
        var buffer = t_buffer ?? [];
        var length = ReadRegularFile(resolved, DisplayPath(relativePath), diagnostics, ref buffer);
        // Kept for the next read only while it is as large as a usual document: one huge file does not pin its size to a thread.
        if (buffer.Length <= ThreadBufferKeptBytes) t_buffer = buffer;
        if (length is not { } read) return false;
        bytes = buffer.AsSpan(0, read);
        return true;
    }

    private const int ThreadBufferKeptBytes = 1024 * 1024;

    [ThreadStatic] private static byte[]? t_buffer;

    /// <summary>Where a regular file inside the folder is; null, with a diagnostic at line 1 of the file, when there is none.</summary>
    private Resolution? Locate(string relativePath, DiagnosticBag diagnostics, Message? missingMessage)
    {
        var display = DisplayPath(relativePath);
        var resolved = _root is null ? null : Resolve(relativePath);
        // A folder where a file is expected is, for the editor, a missing file.
        if (resolved is null or { Outcome: Outcome.Missing }
            || (resolved is { Outcome: Outcome.Found, Kind: FileKind.Directory } && IsInside(resolved.Path)))
        {
            diagnostics.Error(display, 1, 1, missingMessage ?? LoadMessages.MissingFile);
            return null;
        }
        if (Problem(resolved) is { } problem)
        {
            diagnostics.Error(display, 1, 1, problem);
            return null;
        }
        return resolved;
    }

    /// <summary>
    /// The stamp of the regular file inside the folder that <paramref name="relativePath"/> leads to, links resolved as
    /// <see cref="Read"/> resolves them; null when there is none (<see cref="Read"/> then says why).
    /// </summary>
    public FileStamp? StampOf(string relativePath) => RegularFileInside(relativePath)?.Stamp;

    /// <summary>
    /// The real path (no links, no '..') of the regular file inside the folder that <paramref name="relativePath"/>
    /// leads to, links resolved as <see cref="Read"/> resolves them; null when there is none.
    /// </summary>
    public string? RealPathOf(string relativePath) => RegularFileInside(relativePath)?.Path;

    private Resolution? RegularFileInside(string relativePath)
    {
        var resolved = _root is null ? null : Resolve(relativePath);
        return resolved is { Outcome: Outcome.Found, Kind: FileKind.Regular } && IsInside(resolved.Path) ? resolved : null;
    }

    /// <summary>
    /// Reads the file into <paramref name="buffer"/>, which grows when the file is larger, and gives its length; null,
    /// with a diagnostic, when it is larger than the limit. Reads at most one byte more than the limit, so a file that
    /// grows or misreports its length is still caught.
    /// </summary>
    /// <remarks>
    /// The size the file system gave when the path was resolved is only a guess of how much to read (asked again when
    /// there is none): a file that changed since is read to its end all the same.
    /// </remarks>
    private int? ReadRegularFile(Resolution resolved, string display, DiagnosticBag diagnostics, ref byte[] buffer)
    {
        using var file = File.OpenHandle(resolved.Path, FileMode.Open, FileAccess.Read, FileShare.Read);
        var stated = resolved.Stamp?.Size ?? RandomAccess.GetLength(file);
        if (buffer.Length < Math.Min(stated, _maxFileBytes)) buffer = new byte[Math.Min(stated, _maxFileBytes)];
        Span<byte> next = stackalloc byte[1];
        var total = 0;
        while (true)
        {
            if (total == buffer.Length)
            {
                // Full: one read more tells whether the file has more than it said (it grew, or it states no length).
                if (RandomAccess.Read(file, next, total) == 0) break;
                if (total >= _maxFileBytes)
                {
                    total++;
                    break;
                }
                Array.Resize(ref buffer, (int)Math.Min(Math.Max(2L * buffer.Length, 4096), _maxFileBytes + 1));
                buffer[total++] = next[0];
                continue;
            }
            var read = RandomAccess.Read(file, buffer.AsSpan(total), total);
            if (read == 0) break;
            total += read;
        }
        if (total > _maxFileBytes)
        {
            var megabytes = Math.Max(stated, total) / (1024.0 * 1024.0);
            diagnostics.Error(display, 1, 1, LoadMessages.FileTooLarge(megabytes, _sizeRule));
            return null;
        }
        return total;
    }

    private enum Outcome { Found, Missing, Dangling, Loop }

    /// <param name="Path">The real path reached: no links, no '..'.</param>
    /// <param name="Kind">What was found there, when <paramref name="Outcome"/> is <see cref="Outcome.Found"/>.</param>
    /// <param name="LinkTarget">What the last link among the path's own components points to, as written in the link.</param>
    /// <param name="Stamp">The stamp of the regular file reached, taken as its kind was (<see cref="FileKinds.Examine"/>).</param>
    private sealed record Resolution(Outcome Outcome, string Path, FileKind Kind, string? LinkTarget, FileStamp? Stamp = null);

    private Resolution Resolve(string relativePath)
    {
        // Thousands of documents share a few folders, and each component costs a call into the file system: a folder
        // reached without links is resolved once and its files from it. Anything with a link is walked in full, so
        // what a link's problem says stays the same.
        var slash = relativePath.LastIndexOf('/');
        if (slash > 0)
        {
            var folder = _resolvedFolders.GetOrAdd(relativePath[..slash], static (path, root) => Resolve(root, path), _root!);
            if (folder is { Outcome: Outcome.Found, Kind: FileKind.Directory, LinkTarget: null })
            {
                var file = Resolve(folder.Path, relativePath[(slash + 1)..]);
                if (file.LinkTarget is null) return file;
            }
        }
        return Resolve(_root!, relativePath);
    }

    /// <summary>
    /// Walks <paramref name="relativePath"/> from <paramref name="start"/> one component at a time, the way the kernel
    /// does: '..' goes to the parent of what was reached so far, and a link's target is walked in its place.
    /// </summary>
    private static Resolution Resolve(string start, string relativePath)
    {
        var current = start;
        var currentKind = FileKind.Directory;
        FileStamp? currentStamp = null;
        var pending = new Stack<string>(Components(relativePath).Reverse());
        // The path's own components lie below any link targets pushed on top of them.
        var ownRemaining = pending.Count;
        var links = 0;
        string? linkTarget = null;
        while (pending.TryPop(out var name))
        {
            var isOwn = pending.Count < ownRemaining;
            if (isOwn) ownRemaining--;
            if (currentKind != FileKind.Directory)
                return new Resolution(Outcome.Missing, current, FileKind.Missing, linkTarget);
            if (name == ".") continue;
            if (name == "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }
            var next = Path.Join(current, name);
            var (kind, stamp) = FileKinds.Examine(next);
            if (kind == FileKind.SymbolicLink)
            {
                var target = new FileInfo(next).LinkTarget;
                if (target is null) return new Resolution(Outcome.Missing, next, FileKind.Missing, linkTarget);
                if (isOwn) linkTarget = target;
                if (++links > MaxLinksInPath) return new Resolution(Outcome.Loop, next, kind, linkTarget);
                foreach (var part in Components(target).Reverse()) pending.Push(part);
                if (Path.IsPathRooted(target)) current = Path.GetPathRoot(target)!;
                continue;
            }
            if (kind == FileKind.Missing)
                return new Resolution(links > 0 ? Outcome.Dangling : Outcome.Missing, next, kind, linkTarget);
            current = next;
            currentKind = kind;
            currentStamp = stamp;
        }
        return new Resolution(Outcome.Found, current, currentKind, linkTarget, currentStamp);
    }

    private static IEnumerable<string> Components(string path) =>
        path.Split(['/', Path.DirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries);

    private bool IsInside(string realPath) => IsSameOrBelow(realPath, _root!);

    private static bool IsSameOrBelow(string path, string folder) =>
        path == folder
        || path.StartsWith(Path.EndsInDirectorySeparator(folder) ? folder : folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    /// <summary>Why a resolved path cannot be read as a file of this folder; null when it can, or when it is simply missing.</summary>
    private Message? Problem(Resolution resolved)
    {
        var target = resolved.LinkTarget;
        return resolved.Outcome switch
        {
            Outcome.Loop => LoadMessages.LinkLoop(target ?? ""),
            Outcome.Dangling => LoadMessages.DanglingLink(target ?? ""),
            Outcome.Found when !IsInside(resolved.Path) =>
                LoadMessages.LinkOutsideFolder(Path.GetFileName(Path.TrimEndingDirectorySeparator(Directory)), target ?? ""),
            Outcome.Found when Describe(resolved.Kind) is { } special =>
                target is null ? LoadMessages.NotRegularFile(special) : LoadMessages.LinkToNotRegularFile(target, special),
            _ => null,
        };
    }

    private static Message? Describe(FileKind kind) => kind switch
    {
        FileKind.NamedPipe => LoadMessages.NamedPipe,
        FileKind.CharacterDevice => LoadMessages.CharacterDevice,
        FileKind.BlockDevice => LoadMessages.BlockDevice,
        FileKind.Socket => LoadMessages.Socket,
        _ => null,
    };

    private static string Join(string folder, string name) => folder.Length == 0 ? name : $"{folder}/{name}";

    /// <summary>One run of <see cref="ListFiles"/>.</summary>
    private sealed class Listing(SiteFolder folder, Func<string, bool> isWanted, bool includeSubfolders, DiagnosticBag diagnostics)
    {
        private readonly HashSet<string> _listedFolders = new(StringComparer.Ordinal);
        // Links to folders wait until every folder reachable without links has been listed, so that a link to a folder
        // is recognised as a second way into it whichever of the two comes first in the listing.
        private readonly Queue<(string RelativePath, string ContainingFolder, Resolution Target)> _folderLinks = new();

        public List<string> Files { get; } = [];

        public void Walk(string realFolder, string relativeFolder)
        {
            _listedFolders.Add(realFolder);
            var names = System.IO.Directory.EnumerateFileSystemEntries(realFolder)
                .Select(entry => Path.GetFileName(entry))
                .Order(StringComparer.Ordinal);
            foreach (var name in names)
            {
                var realPath = Path.Join(realFolder, name);
                var relativePath = Join(relativeFolder, name);
                var kind = FileKinds.Of(realPath);
                switch (kind)
                {
                    case FileKind.Directory when includeSubfolders:
                        Walk(realPath, relativePath);
                        break;
                    case FileKind.Regular when isWanted(name):
                        Files.Add(relativePath);
                        break;
                    case FileKind.SymbolicLink:
                        AddLink(realFolder, relativePath, name);
                        break;
                    case FileKind.NamedPipe or FileKind.CharacterDevice or FileKind.BlockDevice or FileKind.Socket when isWanted(name):
                        Report(relativePath, folder.Problem(new Resolution(Outcome.Found, realPath, kind, null)));
                        break;
                }
            }
        }

        public void FollowFolderLinks()
        {
            while (_folderLinks.TryDequeue(out var link))
            {
                var target = link.Target.Path;
                if (IsSameOrBelow(link.ContainingFolder, target))
                    Report(link.RelativePath, LoadMessages.LinkToContainingFolder(link.Target.LinkTarget ?? ""));
                else if (_listedFolders.Contains(target))
                    Report(link.RelativePath, LoadMessages.LinkToFolderReadAlready(link.Target.LinkTarget ?? "", folder.DisplayPath(folder.RelativeToRoot(target))));
                else
                    Walk(target, link.RelativePath);
            }
        }

        private void AddLink(string containingFolder, string relativePath, string name)
        {
            var target = folder.Resolve(relativePath);
            var isFolder = target is { Outcome: Outcome.Found, Kind: FileKind.Directory };
            if (isFolder && folder.IsInside(target.Path))
            {
                if (includeSubfolders) _folderLinks.Enqueue((relativePath, containingFolder, target));
            }
            else if (isWanted(name) || (isFolder && includeSubfolders))
            {
                if (target is { Outcome: Outcome.Found, Kind: FileKind.Regular } && folder.IsInside(target.Path))
                    Files.Add(relativePath);
                else
                    Report(relativePath, folder.Problem(target));
            }
        }

        private void Report(string relativePath, Message? problem)
        {
            if (problem is not null) diagnostics.Error(folder.DisplayPath(relativePath), 1, 1, problem);
        }
    }

    private string RelativeToRoot(string realPath) =>
        realPath == _root ? "" : Path.GetRelativePath(_root!, realPath).Replace(Path.DirectorySeparatorChar, '/');
}
