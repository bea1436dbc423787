namespace Publisher.Core.Load;

/// <summary>A content file as read from disk, decoded and with line ends normalised to LF.</summary>
/// <param name="RelativePath">Path below the input folder with forward slashes, e.g. <c>documents/zatec/2020/x.md</c>.</param>
/// <param name="DisplayPath">How diagnostics name the file, e.g. <c>input/documents/zatec/2020/x.md</c>.</param>
/// <param name="Text">The text: a string of its own, or for a file that is only checked, a buffer of the reading thread's
/// (<see cref="ContentLoader.ReadTransient"/>).</param>
public sealed record SourceFile(string RelativePath, string DisplayPath, ReadOnlyMemory<char> Text)
{
    public SourceFile(string relativePath, string displayPath, string text) : this(relativePath, displayPath, text.AsMemory()) { }
}
