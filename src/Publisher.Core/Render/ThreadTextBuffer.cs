using System.Text;

namespace Publisher.Core.Render;

/// <summary>
/// One text buffer per thread for the steps every page goes through (a body's HTML, its plain text), so that a buffer
/// grows to the size of a body once rather than anew for every body. A buffer is taken out while in use, so a step
/// that runs inside another gets a buffer of its own.
/// </summary>
internal static class ThreadTextBuffer
{
    // A body far larger than most would keep its buffer alive for the rest of the build.
    private const int MaxKeptCapacity = 1 << 20;

    [ThreadStatic] private static StringBuilder? t_free;

    /// <summary>An empty buffer: the thread's own when it is free, else a new one.</summary>
    public static StringBuilder Take()
    {
        var buffer = t_free;
        t_free = null;
        return buffer?.Clear() ?? new StringBuilder();
    }

    /// <summary>Gives a buffer from <see cref="Take"/> back once what it holds has been copied out.</summary>
    public static void Return(StringBuilder buffer)
    {
        if (buffer.Capacity <= MaxKeptCapacity) t_free = buffer;
    }
}
