using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Unicode;

namespace Publisher.Core.Load;

/// <summary>
/// Document bodies kept in memory from their check to their rendering, up to a budget of bytes, as UTF-8 in large
/// blocks. A body is taken while its document is checked, so the text the check made dies young; kept as strings,
/// ten thousand bodies would be copied by the collector from one generation to the next while the rest of the site is
/// read, and take twice the memory. The blocks are never moved, hold no references for the collector to follow, and
/// are not cleared before they are written.
/// </summary>
/// <param name="maxBytes">How many bytes of bodies are kept at most; beyond it <see cref="TryKeep"/> keeps nothing.</param>
public sealed class KeptBodies(long maxBytes)
{
    /// <summary>Large enough to be allocated apart from small objects, small enough that the last block wastes little.</summary>
    private const int BlockBytes = 4 * 1024 * 1024;

    // Each body as UTF-8, or as the string itself when something else holds that string for longer anyway.
    private readonly ConcurrentDictionary<string, (ReadOnlyMemory<char>? Text, ReadOnlyMemory<byte> Utf8)> _bodies = new(StringComparer.Ordinal);
    private readonly object _gate = new();
    private byte[] _block = [];
    private int _blockUsed;
    private long _reserved;

    /// <summary>Keeps <paramref name="body"/> under <paramref name="relativePath"/> while the kept bodies fit the budget.</summary>
    /// <returns>Whether it was kept.</returns>
    public bool TryKeep(string relativePath, ReadOnlySpan<char> body)
    {
        // Counting a body's bytes takes a pass over it: not done once the budget is spent.
        if (Volatile.Read(ref _reserved) > maxBytes || TryReserve(Encoding.UTF8.GetByteCount(body)) is not { } place) return false;
        // A string that is not well-formed UTF-16 (a lone surrogate, which no decoded file holds) would not come back
        // as it was: it is not kept, and is read again from its file.
        if (Utf8.FromUtf16(body, place.Span, out _, out _, replaceInvalidSequences: false) != System.Buffers.OperationStatus.Done)
            return false;
        _bodies[relativePath] = (null, place);
        return true;
    }

    /// <summary>A copy of a file's bytes in the blocks, while they fit the budget; null beyond it.</summary>
    public ReadOnlyMemory<byte>? TryCopy(ReadOnlySpan<byte> bytes)
    {
        if (TryReserve(bytes.Length) is not { } place) return null;
        bytes.CopyTo(place.Span);
        return place;
    }

    /// <summary>Keeps a body given as UTF-8 already in the blocks (part of what <see cref="TryCopy"/> gave).</summary>
    public void KeepCopied(string relativePath, ReadOnlyMemory<byte> utf8) => _bodies[relativePath] = (null, utf8);

    /// <summary>
    /// Keeps a reference to <paramref name="body"/>, outside the budget: for a body that something else holds for longer
    /// anyway (the preview's record of checked documents), where a copy would only cost time and memory.
    /// </summary>
    public void KeepHeld(string relativePath, ReadOnlyMemory<char> body) => _bodies[relativePath] = (body, default);

    /// <summary>The body kept under <paramref name="relativePath"/>, the very text given to keep; null when none was kept.</summary>
    public string? Get(string relativePath)
    {
        if (!_bodies.TryGetValue(relativePath, out var kept)) return null;
        if (kept.Text is not { } held) return Encoding.UTF8.GetString(kept.Utf8.Span);
        // A held body that is a whole string is given as it is; the end of a file's text is copied out of it.
        return MemoryMarshal.TryGetString(held, out var text, out var start, out var length) && start == 0 && length == text.Length
            ? text
            : held.ToString();
    }

    /// <summary>A place of <paramref name="length"/> bytes while the budget allows; null beyond it.</summary>
    private Memory<byte>? TryReserve(int length)
    {
        // Not a conditional expression: its null would become an empty Memory through the conversion from an array.
        if (Interlocked.Add(ref _reserved, length) > maxBytes) return null;
        return Reserve(length);
    }

    /// <summary>A place of <paramref name="length"/> bytes in the current block, or in a new one; a body larger than a block gets one of its own.</summary>
    private Memory<byte> Reserve(int length)
    {
        if (length > BlockBytes / 4) return GC.AllocateUninitializedArray<byte>(length);
        lock (_gate)
        {
            if (_blockUsed + length > _block.Length)
            {
                _block = GC.AllocateUninitializedArray<byte>(BlockBytes);
                _blockUsed = 0;
            }
            var place = _block.AsMemory(_blockUsed, length);
            _blockUsed += length;
            return place;
        }
    }
}
