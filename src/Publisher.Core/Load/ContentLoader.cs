using System.Globalization;
using Publisher.Core.Diagnostics;

namespace Publisher.Core.Load;

/// <summary>
/// Reads the input folder: the data files (<c>site.yml</c>, <c>regions.yml</c>) and every Markdown
/// document below it, in a stable order so that the build does not depend on the file system's listing order.
/// </summary>
public sealed class ContentLoader(string inputDirectory, string displayRoot)
{
    public const string SiteFileName = "site.yml";
    public const string RegionsFileName = "regions.yml";

    /// <summary>
    /// Largest file the build reads. Real minutes and plans are tens of kilobytes; anything near this
    /// is a pasted export or embedded data that would only slow every build down.
    /// </summary>
    public const long MaxFileBytes = 5 * 1024 * 1024;

    public string InputDirectory { get; } = Path.GetFullPath(inputDirectory);

    public IReadOnlyList<string> DocumentPaths()
    {
        if (!Directory.Exists(InputDirectory)) return [];
        return Directory.EnumerateFiles(InputDirectory, "*.md", SearchOption.AllDirectories)
            .Select(RelativePath)
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Reads and decodes one file; null (with a diagnostic) when it cannot be used.</summary>
    public SourceFile? Read(string relativePath, DiagnosticBag diagnostics)
    {
        var display = DisplayPath(relativePath);
        var full = Path.Combine(InputDirectory, relativePath);
        if (!File.Exists(full))
        {
            diagnostics.Error(display, 1, 1, "the file is missing");
            return null;
        }
        var length = new FileInfo(full).Length;
        if (length > MaxFileBytes)
        {
            diagnostics.Error(display, 1, 1,
                $"the file is {(length / (1024.0 * 1024.0)).ToString("0.0", CultureInfo.InvariantCulture)} MB; a document may have at most {MaxFileBytes / (1024 * 1024)} MB (split it, or link large attachments instead of pasting them)");
            return null;
        }
        var text = SourceDecoder.Decode(File.ReadAllBytes(full), display, diagnostics);
        return text is null ? null : new SourceFile(relativePath, display, text);
    }

    public string DisplayPath(string relativePath) =>
        displayRoot.Length == 0 ? relativePath : $"{displayRoot}/{relativePath}";

    private string RelativePath(string fullPath) =>
        Path.GetRelativePath(InputDirectory, fullPath).Replace(Path.DirectorySeparatorChar, '/');
}
