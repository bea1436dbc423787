namespace Publisher.Core.Load;

/// <summary>How messages name a folder: relative to the working directory when inside it ("input"), else in full.</summary>
public static class FolderDisplay
{
    public static string Of(string directory)
    {
        var full = Path.GetFullPath(directory).TrimEnd(Path.DirectorySeparatorChar);
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, full);
        var display = relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? full : relative;
        return display.Replace(Path.DirectorySeparatorChar, '/');
    }
}
