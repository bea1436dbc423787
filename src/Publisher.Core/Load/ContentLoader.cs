using System.Collections.Concurrent;
using Publisher.Core.Diagnostics;

namespace Publisher.Core.Load;

/// <summary>
/// Reads the input folder: the data files (<c>site.yml</c>, <c>regions.yml</c>) and every Markdown
/// document below it, in a stable order so that the build does not depend on the file system's listing order.
/// Every listing and read goes through <see cref="SiteFolder"/>, so nothing outside the input folder is read.
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

    private readonly SiteFolder _folder = new(inputDirectory, displayRoot, MaxFileBytes,
        LoadMessages.DocumentSizeRule((int)(MaxFileBytes / (1024 * 1024))));

    public string InputDirectory => _folder.Directory;

    /// <summary>How messages name the input folder, e.g. <c>input</c>.</summary>
    public string DisplayRoot => _folder.DisplayRoot;

    /// <summary>Every Markdown document below the input folder; entries that cannot be read as files are reported.</summary>
    public IReadOnlyList<string> DocumentPaths(DiagnosticBag diagnostics) =>
        _folder.ListFiles("", name => name.EndsWith(".md", StringComparison.Ordinal), includeSubfolders: true, diagnostics);

    /// <summary>Reads and decodes one file; null (with a diagnostic) when it cannot be used.</summary>
    public SourceFile? Read(string relativePath, DiagnosticBag diagnostics) =>
        _folder.TryReadIntoThreadBuffer(relativePath, diagnostics, out var bytes) ? Decode(relativePath, bytes, diagnostics) : null;

    /// <summary>
    /// Reads and decodes one file into a buffer of the reading thread's, which its next transient read overwrites: for a
    /// check that keeps nothing of the file's text, not even a part of it, once it is done.
    /// </summary>
    public SourceFile? ReadTransient(string relativePath, DiagnosticBag diagnostics)
    {
        if (!_folder.TryReadIntoThreadBuffer(relativePath, diagnostics, out var bytes)) return null;
        var display = DisplayPath(relativePath);
        return SourceDecoder.DecodeTransient(bytes, display, diagnostics) is { } text ? new SourceFile(relativePath, display, text) : null;
    }

    private SourceFile? Decode(string relativePath, ReadOnlySpan<byte> bytes, DiagnosticBag diagnostics)
    {
        var display = DisplayPath(relativePath);
        var text = SourceDecoder.Decode(bytes, display, diagnostics);
        return text is null ? null : new SourceFile(relativePath, display, text);
    }

    public string DisplayPath(string relativePath) => _folder.DisplayPath(relativePath);

    /// <summary>What the file system says of a document's file without reading it; null when it is not a regular file of the folder.</summary>
    public FileStamp? StampOf(string relativePath) => _folder.StampOf(relativePath);

    // Bodies the preview's record of checked documents holds for as long as the preview runs (HoldBody).
    private readonly ConcurrentDictionary<string, ReadOnlyMemory<char>> _heldBodies = new(StringComparer.Ordinal);

    /// <summary>
    /// Gives the rendering the body of a checked document that something else holds anyway (the preview's record of
    /// checked documents), so that its page shows the very text that was checked whatever its file holds meanwhile. A
    /// build holds no body: each is read again when its page is rendered, so that no build holds all of a site's text.
    /// </summary>
    public void HoldBody(string relativePath, ReadOnlyMemory<char> body) => _heldBodies[relativePath] = body;

    /// <summary>
    /// The Markdown body of a document: the one held from its check (<see cref="HoldBody"/>), else read again from its
    /// file; null, with an error, when the file cannot be read or changed since it was checked.
    /// </summary>
    /// <param name="bodyLine">The line of the file on which the body started when it was validated.</param>
    /// <param name="bodyHash">The <see cref="DocumentBody.Hash"/> of the body as it was validated.</param>
    public string? ReadBody(string relativePath, int bodyLine, UInt128 bodyHash, DiagnosticBag diagnostics)
    {
        // A held body is the very text the checksum was taken of; one that is a whole string comes back as that string.
        if (_heldBodies.TryGetValue(relativePath, out var held)) return held.ToString();
        if (!_folder.TryReadIntoThreadBuffer(relativePath, diagnostics, out var bytes)) return null;
        var display = DisplayPath(relativePath);
        if (bytes.StartsWith(SourceDecoder.ByteOrderMark)) bytes = bytes[SourceDecoder.ByteOrderMark.Length..];
        ReadOnlyMemory<char> body;
        // Only the body is decoded, from the start of its line: the lines before it were checked with the rest of the
        // file. A file with carriage returns, whose line ends the decoder normalises, is decoded and split whole.
        if (bytes.IndexOf((byte)'\r') < 0 && StartOfLine(bytes, bodyLine) is >= 0 and var start)
        {
            if (SourceDecoder.DecodeCheckedTransient(bytes[start..]) is not { } text) return Changed(display, diagnostics);
            body = text;
        }
        else
        {
            var file = Decode(relativePath, bytes, diagnostics);
            var split = file is null ? null : FrontMatterSplitter.Split(file, diagnostics);
            if (split is null) return null;
            body = split.Body;
        }
        body = DocumentBody.Clean(body);
        return DocumentBody.Hash(body.Span) == bodyHash ? body.ToString() : Changed(display, diagnostics);
    }

    /// <summary>Where line <paramref name="line"/> (1-based) starts in text whose lines end with LF; -1 when it has fewer lines.</summary>
    private static int StartOfLine(ReadOnlySpan<byte> text, int line)
    {
        var start = 0;
        for (var i = 1; i < line; i++)
        {
            var end = text[start..].IndexOf((byte)'\n');
            if (end < 0) return -1;
            start += end + 1;
        }
        return start;
    }

    private static string? Changed(string displayPath, DiagnosticBag diagnostics)
    {
        diagnostics.Error(displayPath, 1, 1, LoadMessages.FileChangedDuringBuild);
        return null;
    }
}
