using System.Text;

namespace Publisher.Core.Render;

/// <summary>
/// A few text buffers per thread for the steps every page goes through (the page, its layout, a body's HTML), so that a buffer grows to the size of a page once rather than anew for every page. A buffer is taken
/// out while in use, so a step that runs inside another gets a buffer of its own.
/// </summary>
internal static class ThreadTextBuffer
{
    // A body far larger than most would keep its buffer alive for the rest of the build.
    private const int MaxKeptCapacity = 1 << 20;

    // A page holds its own buffer, its body's and its layout's: three are never short.
    private const int KeptPerThread = 3;

    [ThreadStatic] private static StringBuilder?[]? t_free;

    /// <summary>An empty buffer: one of the thread's own when one is free, else a new one.</summary>
    public static StringBuilder Take()
    {
        var free = t_free ??= new StringBuilder?[KeptPerThread];
        for (var i = 0; i < free.Length; i++)
        {
            if (free[i] is { } buffer)
            {
                free[i] = null;
                return buffer.Clear();
            }
        }
        return new StringBuilder();
    }

    /// <summary>Gives a buffer from <see cref="Take"/> back once what it holds has been copied out.</summary>
    public static void Return(StringBuilder buffer)
    {
        if (buffer.Capacity > MaxKeptCapacity) return;
        var free = t_free ??= new StringBuilder?[KeptPerThread];
        var slot = Array.IndexOf(free, null);
        if (slot >= 0) free[slot] = buffer;
    }
}
