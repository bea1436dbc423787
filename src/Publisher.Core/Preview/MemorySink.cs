using System.Collections.Concurrent;
using System.Collections.Frozen;
using Publisher.Core.Sink;

namespace Publisher.Core.Preview;

/// <summary>
/// Keeps a rendered site in memory, path → bytes, for the preview to serve: nothing is written to disk, so the
/// preview never touches the published output folder. Thread-safe, as the renderer writes from both cores.
/// </summary>
public sealed class MemorySink : IOutputSink
{
    private readonly ConcurrentDictionary<string, byte[]> _files = new(StringComparer.Ordinal);

    public void Write(string relativePath, ReadOnlySpan<byte> content) => Add(relativePath, content.ToArray());

    public void WriteUnchanging(string relativePath, byte[] content) => Add(relativePath, content);

    public void Write(string relativePath, Action<Stream> write)
    {
        using var buffer = new MemoryStream();
        write(buffer);
        Add(relativePath, buffer.ToArray());
    }

    /// <summary>Every file written, by its relative path with forward slashes.</summary>
    public FrozenDictionary<string, byte[]> Files() => _files.ToFrozenDictionary(StringComparer.Ordinal);

    private void Add(string relativePath, byte[] content)
    {
        if (!_files.TryAdd(relativePath, content))
            throw new InvalidOperationException($"two outputs want the same file '{relativePath}'");
    }
}
