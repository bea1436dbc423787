namespace Publisher.Core.Load;

/// <summary>A content file as read from disk, decoded and with line ends normalised to LF.</summary>
/// <param name="RelativePath">Path below the input folder with forward slashes, e.g. <c>documents/zatec/2020/x.md</c>.</param>
/// <param name="DisplayPath">How diagnostics name the file, e.g. <c>input/documents/zatec/2020/x.md</c>.</param>
public sealed record SourceFile(string RelativePath, string DisplayPath, string Text);
