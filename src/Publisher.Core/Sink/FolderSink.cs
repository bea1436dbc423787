namespace Publisher.Core.Sink;

/// <summary>
/// One folder of another sink, for a feature that fills a folder it claimed: the names it writes are relative to the
/// folder and cannot leave it.
/// </summary>
public sealed class FolderSink(IOutputSink output, string folderPath) : IOutputSink
{
    public void Write(string relativePath, ReadOnlySpan<byte> content) => output.Write(Inside(relativePath), content);

    public void Write(string relativePath, Action<Stream> write) => output.Write(Inside(relativePath), write);

    /// <summary>Whether <paramref name="path"/> (in the output, forward slashes) names a file below <paramref name="folderPath"/>, with no step out of it.</summary>
    public static bool IsInside(string folderPath, string path) =>
        path.Length > folderPath.Length + 1
        && path.StartsWith(folderPath, StringComparison.Ordinal)
        && path[folderPath.Length] == '/'
        && IsPlainRelative(path[(folderPath.Length + 1)..]);

    private string Inside(string name) =>
        IsPlainRelative(name)
            ? $"{folderPath}/{name}"
            : throw new ArgumentException($"'{name}' is not a plain path inside the folder {folderPath}", nameof(name));

    private static bool IsPlainRelative(string name) =>
        name.Length > 0 && name.Split('/').All(part => part.Length > 0 && part != "." && part != ".." && !part.Contains('\\'));
}
