using Publisher.Core.Diagnostics;

namespace Publisher.Core.Sink;

/// <summary>
/// The path the file system really means: absolute, with every symbolic link followed, also for paths whose
/// last folders do not exist yet (an output folder before its first build). Two spellings of one folder
/// (<c>a/../input</c>, a link to <c>input</c>) resolve to the same text, so folders can be compared safely.
/// </summary>
public static class RealPath
{
    /// <summary>Linux gives up after as many links in one lookup (ELOOP); beyond that a chain is taken for a loop.</summary>
    public const int MaxLinks = 40;

    /// <exception cref="SymbolicLinkLoopException">The links form a loop (or a chain longer than <see cref="MaxLinks"/>).</exception>
    public static string Of(string path)
    {
        // ".." in the given path is applied before links are followed, as .NET's own file operations do
        // (they all start with Path.GetFullPath): the result is the folder the build would really touch.
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full)!;
        var pending = new List<string>(Components(full[root.Length..]));
        var current = root;
        var links = 0;
        while (pending.Count > 0)
        {
            var name = pending[0];
            pending.RemoveAt(0);
            if (name == ".") continue;
            if (name == "..")
            {
                // Inside a link's target ".." leaves the folder the link points to, never the link's own folder.
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }
            var candidate = Path.Combine(current, name);
            var target = new FileInfo(candidate).LinkTarget;
            if (target is null)
            {
                current = candidate;
                continue;
            }
            if (++links > MaxLinks) throw new SymbolicLinkLoopException(candidate);
            if (Path.IsPathRooted(target))
            {
                current = Path.GetPathRoot(target)!;
                target = target[current.Length..];
            }
            pending.InsertRange(0, Components(target));
        }
        return current;
    }

    private static string[] Components(string relative) =>
        relative.Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries);
}

/// <summary>A path cannot be resolved because its symbolic links lead round in a loop.</summary>
public sealed class SymbolicLinkLoopException(string link)
    : IOException(SinkMessages.LinkLoop(link).English), IExplainedException
{
    /// <summary>The exception's message in both languages.</summary>
    public Message Text { get; } = SinkMessages.LinkLoop(link);

    /// <summary>A link of the loop: the one being followed when the resolution gave up.</summary>
    public string Link { get; } = link;
}
