namespace Publisher.Tests.Support;

/// <summary>The real input plus many copies of one of its minutes, so that a build takes many seconds.</summary>
public static class LargeInput
{
    /// <summary>Writes the input into <paramref name="input"/> with <paramref name="copies"/> extra documents under documents/zatec/hromadne/.</summary>
    public static void Create(string input, int copies)
    {
        TempDirectory.CopyTree(RepositoryPaths.Input, input);
        var seed = File.ReadAllText(Directory.EnumerateFiles(Path.Combine(input, "documents", "zatec"), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).First());
        var folder = Path.Combine(input, "documents", "zatec", "hromadne");
        Directory.CreateDirectory(folder);
        for (var i = 0; i < copies; i++)
            File.WriteAllText(Path.Combine(folder, $"zapis-{i}.md"), seed.Replace("title: \"", $"title: \"Kopie {i}: "));
    }
}
