namespace Publisher.Core.Preview;

/// <summary>
/// The build the preview serves, swapped for the next one as a whole: a request sees one build or the other,
/// never a site half built. Those waiting for a new build (the reload script's event stream) are told of each.
/// </summary>
public sealed class PreviewBuilds(PreviewBuild first)
{
    private readonly Lock _lock = new();
    private PreviewBuild _current = first;
    private TaskCompletionSource<PreviewBuild> _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public PreviewBuild Current
    {
        get { lock (_lock) return _current; }
    }

    /// <summary>The build served now, and a task that completes with the one after it; read together, so no build is missed between them.</summary>
    public (PreviewBuild Current, Task<PreviewBuild> Next) Now()
    {
        lock (_lock) return (_current, _next.Task);
    }

    public void Publish(PreviewBuild build)
    {
        TaskCompletionSource<PreviewBuild> waiting;
        lock (_lock)
        {
            _current = build;
            waiting = _next;
            _next = new TaskCompletionSource<PreviewBuild>(TaskCreationOptions.RunContinuationsAsynchronously);
        }
        waiting.SetResult(build);
    }
}
