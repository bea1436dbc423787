using System.Buffers;
using System.Runtime.InteropServices;

namespace Publisher.Core.Extensions.Search;

/// <summary>
/// An array of integers outside the collector's heap, freed when disposed. The index's postings of a large site are
/// tens of megabytes that live for a moment at the end of the build: as arrays they would land in the large-object
/// heap, whose growth sets off a full collection of everything the build still holds, just before it ends.
/// </summary>
internal sealed unsafe class NativeInts : MemoryManager<int>
{
    private int* _items;
    private readonly int _length;

    /// <param name="zeroed">Whether every item starts at 0; otherwise their values are whatever the memory held.</param>
    public NativeInts(int length, bool zeroed)
    {
        _length = length;
        var bytes = (nuint)Math.Max(length, 1) * sizeof(int);
        _items = (int*)(zeroed ? NativeMemory.AllocZeroed(bytes) : NativeMemory.Alloc(bytes));
    }

    public Span<int> Span => GetSpan();

    public override Span<int> GetSpan()
    {
        ObjectDisposedException.ThrowIf(_items is null, this);
        return new Span<int>(_items, _length);
    }

    // The memory never moves: pinning it is only handing out where it is.
    public override MemoryHandle Pin(int elementIndex = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(elementIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(elementIndex, _length);
        return new MemoryHandle(_items + elementIndex);
    }

    public override void Unpin() { }

    protected override void Dispose(bool disposing)
    {
        if (_items is null) return;
        NativeMemory.Free(_items);
        _items = null;
    }
}
