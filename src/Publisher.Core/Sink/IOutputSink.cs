namespace Publisher.Core.Sink;

/// <summary>Where rendered pages and files go: the staged output folder of a build, or nowhere when only checking.</summary>
public interface IOutputSink
{
    /// <param name="relativePath">Path in the output folder with forward slashes.</param>
    void Write(string relativePath, ReadOnlySpan<byte> content);

    /// <summary>Writes a file whose content <paramref name="write"/> streams, for files too large to hold in memory.</summary>
    void Write(string relativePath, Action<Stream> write);

    /// <summary>
    /// Writes a file whose bytes are in an array that nothing changes any more (a page kept from the previous build):
    /// a sink that holds files in memory may keep the array itself rather than a copy.
    /// </summary>
    void WriteUnchanging(string relativePath, byte[] content) => Write(relativePath, content.AsSpan());

    /// <summary>
    /// Takes an existing file (a page kept from the previous build) as a link to it rather than a copy, when the sink
    /// can and the file still has <paramref name="length"/> bytes with <paramref name="contentHash"/> (XxHash128); false,
    /// with nothing written, otherwise, and the caller writes the file's bytes instead.
    /// </summary>
    /// <param name="existingFile">The file's real path: no links, no '..'.</param>
    bool TryLink(string relativePath, string existingFile, long length, UInt128 contentHash) => false;
}

/// <summary>
/// Takes what is rendered and keeps nothing: a build whose content already has errors still renders every page, to
/// report the problems of bodies and links in the same run, but must not write a site it will not publish.
/// </summary>
public sealed class DiscardingSink : IOutputSink
{
    public static DiscardingSink Instance { get; } = new();

    private DiscardingSink() { }

    public void Write(string relativePath, ReadOnlySpan<byte> content) { }

    public void Write(string relativePath, Action<Stream> write) => write(Stream.Null);
}
