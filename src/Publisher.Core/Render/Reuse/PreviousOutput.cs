using System.IO.Hashing;
using Publisher.Core.Diagnostics;
using Publisher.Core.Load;
using Publisher.Core.Sink;

namespace Publisher.Core.Render.Reuse;

/// <summary>Where the files of the build before this one can be read: the output folder it published, or the preview's memory.</summary>
public interface IPreviousOutput
{
    /// <summary>The file's bytes; null when it is not there or cannot be read.</summary>
    /// <param name="relativePath">Path in the output with forward slashes.</param>
    byte[]? Read(string relativePath);

    /// <summary>
    /// Puts the file into <paramref name="sink"/> as this build's, when it still has the very length and hash that the
    /// previous build wrote; false, with nothing put, when it does not or cannot be read.
    /// </summary>
    bool HandOver(string relativePath, long length, UInt128 contentHash, IOutputSink sink) => CopyInto(this, relativePath, length, contentHash, sink);

    /// <summary>The file's bytes when they still have the length and hash the previous build wrote; null otherwise.</summary>
    byte[]? ReadUnchanged(string relativePath, long length, UInt128 contentHash) =>
        Read(relativePath) is { } content && content.Length == length && XxHash128.HashToUInt128(content) == contentHash ? content : null;

    /// <summary>Hands a file over by reading it and writing its bytes into the sink.</summary>
    protected static bool CopyInto(IPreviousOutput output, string relativePath, long length, UInt128 contentHash, IOutputSink sink)
    {
        if (output.ReadUnchanged(relativePath, length, contentHash) is not { } content) return false;
        sink.WriteUnchanging(relativePath, content);
        return true;
    }
}

/// <summary>
/// The published output folder, read as the build reads its input: nothing outside the folder, through a link or '..',
/// and nothing but regular files. What cannot be read is rendered again; it is never an error of the site.
/// </summary>
public sealed class PreviousOutputFolder(string outputDirectory) : IPreviousOutput
{
    /// <summary>
    /// No page is this large, and the record of a build's pages (<see cref="RenderCache"/>) stays below it: its text is
    /// bounded by <see cref="PageReuse.MaxRecordedTextCharacters"/>, each character at most three bytes.
    /// </summary>
    private const long MaxPageBytes = 1024L * 1024 * 1024;

    private readonly SiteFolder _folder = new(outputDirectory, displayRoot: "", MaxPageBytes, Message.Empty);

    public bool Exists => _folder.Exists;

    public byte[]? Read(string relativePath) => _folder.Read(relativePath, new DiagnosticBag());

    /// <summary>
    /// Links the file into the sink when the sink can take it so, rather than reading it and writing it again: a site
    /// that changed in one document keeps nearly all of its hundreds of megabytes. The sink checks what it linked.
    /// </summary>
    public bool HandOver(string relativePath, long length, UInt128 contentHash, IOutputSink sink) =>
        _folder.RealPathOf(relativePath) is { } path && sink.TryLink(relativePath, path, length, contentHash)
        || IPreviousOutput.CopyInto(this, relativePath, length, contentHash, sink);
}

/// <summary>The files of the previous preview build, held in memory.</summary>
public sealed class PreviousOutputInMemory(IReadOnlyDictionary<string, byte[]> files) : IPreviousOutput
{
    public byte[]? Read(string relativePath) => files.GetValueOrDefault(relativePath);
}
