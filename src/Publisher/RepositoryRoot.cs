namespace Publisher;

/// <summary>Finds the site's repository from the working directory, so the build command works from any folder in it.</summary>
public static class RepositoryRoot
{
    /// <summary>The nearest folder from <paramref name="start"/> upwards that holds both input/ and theme/, or null.</summary>
    public static string? Find(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (Directory.Exists(Path.Combine(directory.FullName, "input")) && Directory.Exists(Path.Combine(directory.FullName, "theme")))
                return directory.FullName;
        }
        return null;
    }
}
