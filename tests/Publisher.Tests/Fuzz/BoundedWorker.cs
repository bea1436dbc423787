using System.Collections.Concurrent;

namespace Publisher.Tests.Fuzz;

/// <summary>
/// Runs work items one after another on a dedicated thread and waits for each at most a time bound.
/// A dedicated thread, rather than the thread pool, so that a busy pool (the build itself uses it) cannot
/// make a fast input look slow. .NET cannot abort a thread: after a timeout the worker is abandoned, and as
/// a background thread it ends with the test process.
/// </summary>
public sealed class BoundedWorker : IDisposable
{
    private readonly BlockingCollection<Action> _queue = new();

    public BoundedWorker(string name)
    {
        var thread = new Thread(() =>
        {
            foreach (var work in _queue.GetConsumingEnumerable()) work();
        })
        { IsBackground = true, Name = name };
        thread.Start();
    }

    /// <summary>The work's result or its exception, unwrapped; a <see cref="TimeoutException"/> when it takes longer than <paramref name="bound"/>.</summary>
    public T Run<T>(Func<T> work, TimeSpan bound)
    {
        var done = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        _queue.Add(() =>
        {
            try { done.SetResult(work()); }
            catch (Exception e) { done.SetException(e); }
        });
        if (Task.WaitAny([done.Task], bound) < 0)
            throw new TimeoutException($"did not finish within {bound.TotalSeconds:0.#} s");
        return done.Task.GetAwaiter().GetResult();
    }

    /// <summary>Lets the thread end once its queue is empty. The queue itself is not disposed: an abandoned worker may still be reading it.</summary>
    public void Dispose() => _queue.CompleteAdding();
}
