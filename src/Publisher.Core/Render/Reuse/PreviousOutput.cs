using Publisher.Core.Diagnostics;
using Publisher.Core.Load;

namespace Publisher.Core.Render.Reuse;

/// <summary>Where the files of the build before this one can be read: the output folder it published, or the preview's memory.</summary>
public interface IPreviousOutput
{
    /// <summary>The file's bytes; null when it is not there or cannot be read.</summary>
    /// <param name="relativePath">Path in the output with forward slashes.</param>
    byte[]? Read(string relativePath);
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
}

/// <summary>The files of the previous preview build, held in memory.</summary>
public sealed class PreviousOutputInMemory(IReadOnlyDictionary<string, byte[]> files) : IPreviousOutput
{
    public byte[]? Read(string relativePath) => files.GetValueOrDefault(relativePath);
}
