using System.Collections.Concurrent;
using Publisher.Core.Diagnostics;

namespace Publisher.Core.Load;

/// <summary>
/// Reads the input folder: the data files (<c>site.yml</c>, <c>regions.yml</c>) and every Markdown
/// document below it, in a stable order so that the build does not depend on the file system's listing order.
/// Every listing and read goes through <see cref="SiteFolder"/>, so nothing outside the input folder is read.
/// </summary>
/// <param name="maxKeptBodyCharacters">How many characters of bodies <see cref="KeepBody"/> keeps in memory.</param>
public sealed class ContentLoader(string inputDirectory, string displayRoot, long maxKeptBodyCharacters = ContentLoader.MaxKeptBodyCharacters)
{
    public const string SiteFileName = "site.yml";
    public const string RegionsFileName = "regions.yml";

    /// <summary>
    /// Largest file the build reads. Real minutes and plans are tens of kilobytes; anything near this
    /// is a pasted export or embedded data that would only slow every build down.
    /// </summary>
    public const long MaxFileBytes = 5 * 1024 * 1024;

    private readonly SiteFolder _folder = new(inputDirectory, displayRoot, MaxFileBytes,
        LoadMessages.DocumentSizeRule((int)(MaxFileBytes / (1024 * 1024))));

    public string InputDirectory => _folder.Directory;

    /// <summary>Every Markdown document below the input folder; entries that cannot be read as files are reported.</summary>
    public IReadOnlyList<string> DocumentPaths(DiagnosticBag diagnostics) =>
        _folder.ListFiles("", name => name.EndsWith(".md", StringComparison.Ordinal), includeSubfolders: true, diagnostics);

    /// <summary>Reads and decodes one file; null (with a diagnostic) when it cannot be used.</summary>
    public SourceFile? Read(string relativePath, DiagnosticBag diagnostics)
    {
        var bytes = _folder.Read(relativePath, diagnostics);
        if (bytes is null) return null;
        var display = DisplayPath(relativePath);
        var text = SourceDecoder.Decode(bytes, display, diagnostics);
        return text is null ? null : new SourceFile(relativePath, display, text);
    }

    public string DisplayPath(string relativePath) => _folder.DisplayPath(relativePath);

    /// <summary>What the file system says of a document's file without reading it; null when it is not a regular file of the folder.</summary>
    public FileStamp? StampOf(string relativePath) => _folder.StampOf(relativePath);

    /// <summary>
    /// Characters of document bodies kept in memory from the check to the rendering: every body of a site of ten thousand
    /// documents (about 190 MB). Beyond it bodies are read again when their pages are rendered, so that a national archive
    /// does not hold them all for the whole build.
    /// </summary>
    public const long MaxKeptBodyCharacters = 96L * 1024 * 1024;

    private readonly ConcurrentDictionary<string, string> _keptBodies = new(StringComparer.Ordinal);
    private long _keptBodyCharacters;

    /// <summary>Keeps a checked document's body for its rendering while the kept bodies fit the budget (<see cref="MaxKeptBodyCharacters"/>).</summary>
    public void KeepBody(string relativePath, string body)
    {
        if (Interlocked.Add(ref _keptBodyCharacters, body.Length) <= maxKeptBodyCharacters)
            _keptBodies[relativePath] = body;
    }

    /// <summary>
    /// The Markdown body of a document: the one kept from its check (<see cref="KeepBody"/>), else read again from its
    /// file; null, with an error, when the file cannot be read or changed since it was checked.
    /// </summary>
    /// <param name="bodyHash">The <see cref="DocumentBody.Hash"/> of the body as it was validated.</param>
    public string? ReadBody(string relativePath, UInt128 bodyHash, DiagnosticBag diagnostics)
    {
        // A kept body is the very text the checksum was taken of.
        if (_keptBodies.TryGetValue(relativePath, out var kept)) return kept;
        var file = Read(relativePath, diagnostics);
        var split = file is null ? null : FrontMatterSplitter.Split(file, diagnostics);
        if (split is null) return null;
        var body = DocumentBody.Clean(split.Body);
        if (DocumentBody.Hash(body) == bodyHash) return body;
        diagnostics.Error(file!.DisplayPath, 1, 1, LoadMessages.FileChangedDuringBuild);
        return null;
    }
}
