using System.Buffers;
using System.Text.Json;

namespace Publisher.Core.Render;

/// <summary>
/// A JSON writer and its buffer for each thread, reset for each small document written with it: the steps that
/// write one for every page (a result file of the search index, a page's schema.org description) would otherwise
/// grow a new buffer and make a new writer each time.
/// </summary>
public sealed class ThreadJsonWriter(JsonWriterOptions options)
{
    private readonly ThreadLocal<(ArrayBufferWriter<byte> Buffer, Utf8JsonWriter Writer)> _writers = new(() =>
    {
        var buffer = new ArrayBufferWriter<byte>(4 * 1024);
        return (buffer, new Utf8JsonWriter(buffer, options));
    });

    /// <summary>Writes one JSON document; <paramref name="write"/> must not write with this instance itself.</summary>
    /// <returns>The document's UTF-8 bytes, which stay valid until the thread writes with this instance again.</returns>
    public ReadOnlyMemory<byte> Write<TState>(TState state, Action<Utf8JsonWriter, TState> write)
    {
        var (buffer, writer) = _writers.Value;
        buffer.ResetWrittenCount();
        writer.Reset(buffer);
        write(writer, state);
        writer.Flush();
        return buffer.WrittenMemory;
    }
}
