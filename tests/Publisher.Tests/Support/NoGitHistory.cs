namespace Publisher.Tests.Support;

/// <summary>What a build says, once, when its input folder lies outside any git repository, as the command line prints it.</summary>
public static class NoGitHistory
{
    /// <param name="input">How the build names the input folder: relative to the working folder when inside it, else in full.</param>
    public static string Warning(string input) =>
        $"{input}:1:1: warning: the build sees no full git history (the input folder is not inside a git repository), so pages show no dates of "
        + "publication or changes and earlier addresses are not redirected; build in a clone of the repository with its whole history "
        + "(in a shallow clone run git fetch --unshallow)\n";
}
