using System.Runtime.InteropServices;
using System.Text;
using Publisher.Core.Diagnostics;

namespace Publisher.Core.Load;

/// <summary>
/// Reads the input folder: the data files (<c>site.yml</c>, <c>regions.yml</c>) and every Markdown
/// document below it, in a stable order so that the build does not depend on the file system's listing order.
/// Every listing and read goes through <see cref="SiteFolder"/>, so nothing outside the input folder is read.
/// </summary>
/// <param name="maxKeptBodyBytes">How many bytes of bodies <see cref="KeepBody"/> keeps in memory, as UTF-8.</param>
public sealed class ContentLoader(string inputDirectory, string displayRoot, long maxKeptBodyBytes = ContentLoader.MaxKeptBodyBytes)
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
    public SourceFile? Read(string relativePath, DiagnosticBag diagnostics) => Read(relativePath, diagnostics, keepBytes: false);

    /// <summary>
    /// Reads and decodes a document, as <see cref="Read"/> does, and keeps a copy of its bytes for its body while the
    /// kept bodies fit the budget (<see cref="KeepBody"/>): the body is then kept as the file has it, not encoded again.
    /// </summary>
    public SourceFile? ReadDocument(string relativePath, DiagnosticBag diagnostics) => Read(relativePath, diagnostics, keepBytes: true);

    private SourceFile? Read(string relativePath, DiagnosticBag diagnostics, bool keepBytes)
    {
        if (!_folder.TryReadIntoThreadBuffer(relativePath, diagnostics, out var bytes)) return null;
        var display = DisplayPath(relativePath);
        var text = SourceDecoder.Decode(bytes, display, diagnostics);
        if (text is null) return null;
        if (!keepBytes) return new SourceFile(relativePath, display, text);
        var withoutMark = bytes.StartsWith(SourceDecoder.ByteOrderMark) ? bytes[SourceDecoder.ByteOrderMark.Length..] : bytes;
        // Where line ends were normalised, the text is not the bytes decoded: the body is then encoded when kept.
        var utf8 = withoutMark.Contains((byte)'\r') ? null : _keptBodies.TryCopy(withoutMark);
        return new SourceFile(relativePath, display, text, utf8 ?? default);
    }

    public string DisplayPath(string relativePath) => _folder.DisplayPath(relativePath);

    /// <summary>What the file system says of a document's file without reading it; null when it is not a regular file of the folder.</summary>
    public FileStamp? StampOf(string relativePath) => _folder.StampOf(relativePath);

    /// <summary>
    /// Bytes of documents kept in memory for their bodies from the check to the rendering: room for every document of a
    /// site of ten thousand (about 100 MB) and to spare. Beyond it bodies are read again when their pages are rendered, so
    /// that a national archive does not hold them all for the whole build.
    /// </summary>
    public const long MaxKeptBodyBytes = 192L * 1024 * 1024;

    private readonly KeptBodies _keptBodies = new(maxKeptBodyBytes);

    /// <summary>
    /// Keeps a checked document's body for its rendering while the kept bodies fit the budget (<see cref="MaxKeptBodyBytes"/>).
    /// Which bodies fit depends on the order they are offered in; a body not kept is read again, the same text.
    /// </summary>
    /// <param name="file">The document's file as <see cref="ReadDocument"/> gave it, if it was read: a body that is the
    /// end of its text as written is kept as the part of the file's bytes that holds it.</param>
    /// <param name="heldElsewhere">Whether something else holds the body's string for the whole build anyway (the
    /// preview's record of checked documents): then it is kept as it is, outside the budget, instead of copied.</param>
    public void KeepBody(string relativePath, ReadOnlyMemory<char> body, SourceFile? file = null, bool heldElsewhere = false)
    {
        if (heldElsewhere)
        {
            _keptBodies.KeepHeld(relativePath, body);
        }
        else if (file is { Utf8.IsEmpty: false } && IsEndOf(file.Text, body, out var start))
        {
            _keptBodies.KeepCopied(relativePath, file.Utf8[Encoding.UTF8.GetByteCount(file.Text.AsSpan(0, start))..]);
        }
        else
        {
            _keptBodies.TryKeep(relativePath, body.Span);
        }
    }

    /// <summary>Whether <paramref name="body"/> is the end of <paramref name="text"/> itself, from <paramref name="start"/> on.</summary>
    private static bool IsEndOf(string text, ReadOnlyMemory<char> body, out int start)
    {
        start = 0;
        if (!MemoryMarshal.TryGetString(body, out var whole, out var bodyStart, out var length)
            || !ReferenceEquals(whole, text) || bodyStart + length != text.Length) return false;
        start = bodyStart;
        return true;
    }

    /// <summary>
    /// The Markdown body of a document: the one kept from its check (<see cref="KeepBody"/>), else read again from its
    /// file; null, with an error, when the file cannot be read or changed since it was checked.
    /// </summary>
    /// <param name="bodyHash">The <see cref="DocumentBody.Hash"/> of the body as it was validated.</param>
    public string? ReadBody(string relativePath, UInt128 bodyHash, DiagnosticBag diagnostics)
    {
        // A kept body is the very text the checksum was taken of.
        if (_keptBodies.Get(relativePath) is { } kept) return kept;
        var file = Read(relativePath, diagnostics);
        var split = file is null ? null : FrontMatterSplitter.Split(file, diagnostics);
        if (split is null) return null;
        var body = DocumentBody.Clean(split.Body.ToString());
        if (DocumentBody.Hash(body) == bodyHash) return body;
        diagnostics.Error(file!.DisplayPath, 1, 1, LoadMessages.FileChangedDuringBuild);
        return null;
    }
}
