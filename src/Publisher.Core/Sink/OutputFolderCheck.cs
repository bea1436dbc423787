using Publisher.Core.Diagnostics;

namespace Publisher.Core.Sink;

/// <summary>
/// The folders around a build that its output folder must never be, contain or (for the input and theme) lie
/// inside: a build replaces its output folder as a whole, so each of these would be deleted with it.
/// </summary>
/// <param name="Repository">The folder holding input/ and theme/ the build was started in, if any.</param>
/// <param name="Home">The user's home folder, if the environment names one.</param>
public sealed record ProtectedFolders(string Input, string Theme, string? Repository, string CurrentFolder, string? Home);

/// <summary>Decides, before anything is touched, whether a build may replace a folder with the site.</summary>
public static class OutputFolderCheck
{
    private static readonly StringComparison PathComparison =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    /// <summary>
    /// Why the build must not write <paramref name="output"/>, in one line without the "error: " prefix, or null when it may.
    /// <paramref name="force"/> allows replacing a folder Publisher did not write, never one of <paramref name="folders"/>.
    /// </summary>
    public static Message? Refusal(string output, ProtectedFolders folders, bool force)
    {
        var shown = Shown(output);
        var guarded = new List<(Message Description, string Shown, string Real, bool GuardsInside)>();
        string realOutput;
        try
        {
            realOutput = RealPath.Of(output);
            foreach (var (description, path, guardsInside) in Candidates(folders, realOutput))
                guarded.Add((description, Shown(path), RealPath.Of(path), guardsInside));
        }
        catch (SymbolicLinkLoopException e)
        {
            return SinkMessages.OutputCannotBeChecked(shown, e.Text);
        }

        if (Path.GetPathRoot(realOutput) == realOutput)
            return SinkMessages.OutputIsRoot(shown, realOutput);
        foreach (var folder in guarded.Where(f => Same(realOutput, f.Real)))
            return SinkMessages.OutputIsProtected(shown, folder.Description, folder.Shown);
        foreach (var folder in guarded.Where(f => f.GuardsInside && Inside(realOutput, f.Real)))
            return SinkMessages.OutputInsideProtected(shown, folder.Description, folder.Shown);
        foreach (var folder in guarded.Where(f => Inside(f.Real, realOutput)))
            return SinkMessages.OutputContainsProtected(shown, folder.Description, folder.Shown);

        if (File.Exists(realOutput))
            return SinkMessages.OutputIsFile(shown);
        if (!force && Directory.Exists(realOutput) && Directory.EnumerateFileSystemEntries(realOutput).Any() && !OutputManifest.IsIn(realOutput))
            return SinkMessages.OutputNotPublishers(shown);
        return null;
    }

    /// <summary>
    /// The guarded folders, in the order their messages are preferred: "is the repository" says more about
    /// <c>--output .</c> than "contains the input folder". Every folder holding <c>.git</c> from the input and theme
    /// upwards is a repository, and so is the output folder itself when it holds one.
    /// </summary>
    private static IEnumerable<(Message Description, string Path, bool GuardsInside)> Candidates(ProtectedFolders folders, string realOutput)
    {
        var repositories = new[] { folders.Repository }.OfType<string>()
            .Concat(GitRepositoriesFrom(RealPath.Of(folders.Input)))
            .Concat(GitRepositoriesFrom(RealPath.Of(folders.Theme)))
            .Concat(HoldsGit(realOutput) ? [realOutput] : []);
        foreach (var repository in repositories)
            yield return (SinkMessages.Repository, repository, false);
        yield return (SinkMessages.InputFolder, folders.Input, true);
        yield return (SinkMessages.ThemeFolder, folders.Theme, true);
        yield return (SinkMessages.CurrentFolder, folders.CurrentFolder, false);
        if (!string.IsNullOrEmpty(folders.Home))
            yield return (SinkMessages.HomeFolder, folders.Home, false);
    }

    private static IEnumerable<string> GitRepositoriesFrom(string folder)
    {
        for (var directory = folder; directory is not null; directory = Path.GetDirectoryName(directory))
        {
            if (HoldsGit(directory)) yield return directory;
        }
    }

    /// <summary>A repository's own <c>.git</c> is a folder; in a worktree or submodule it is a file.</summary>
    private static bool HoldsGit(string folder) => Path.Exists(Path.Combine(folder, ".git"));

    /// <summary>How a path is named in messages: absolute, as given, without a trailing separator.</summary>
    private static string Shown(string path)
    {
        var full = Path.GetFullPath(path);
        return full == Path.GetPathRoot(full) ? full : Path.TrimEndingDirectorySeparator(full);
    }

    private static bool Same(string a, string b) => string.Equals(a, b, PathComparison);

    private static bool Inside(string path, string folder) =>
        path.Length > folder.Length
        && path.StartsWith(folder, PathComparison)
        && (Path.EndsInDirectorySeparator(folder) || path[folder.Length] == Path.DirectorySeparatorChar);
}
