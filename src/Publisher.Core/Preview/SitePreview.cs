using Publisher.Core.Build;
using Publisher.Core.Diagnostics;
using Publisher.Core.Load;
using Publisher.Core.Render;
using Publisher.Core.Render.Reuse;
using Publisher.Core.Validate;

namespace Publisher.Core.Preview;

/// <param name="Port">The port on 127.0.0.1, or 0 for a free one.</param>
/// <param name="Language">The language of the error page.</param>
/// <param name="Today">The day each build is made on (<see cref="BuildDay"/>), asked again for every build.</param>
public sealed record PreviewOptions(string InputDirectory, string ThemeDirectory, int Port, MessageLanguage Language, Func<DateOnly> Today);

/// <summary>
/// <c>preview</c>: builds the site into memory, serves it (<see cref="PreviewServer"/>) and builds it again, as a
/// whole, whenever the input or the theme changes (<see cref="SourceWatcher"/>). Each new build replaces the one
/// served only when it is complete, and only if no file changed again while it read them; a build with errors is
/// served as the page listing them.
/// </summary>
public sealed class SitePreview : IDisposable
{
    private readonly PreviewOptions _options;
    private readonly Action<PreviewBuild> _built;
    private readonly ErrorPage _errorPage;
    private readonly PreviewServer _server;
    private readonly SourceWatcher _watcher;
    private readonly PreviewBuilds _builds;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _rebuilding;
    private PreviousRender? _lastRender;
    private readonly ValidatedDocumentCache _checkedDocuments = new();
    private Task _stamping = Task.CompletedTask;
    // The documents checked anew by builds thrown away since the last build served (a file changed again while they ran).
    private readonly HashSet<string> _changedSinceServed = new(StringComparer.Ordinal);

    /// <param name="built">Told of each build, the first one included, when it is served.</param>
    private SitePreview(PreviewOptions options, Action<PreviewBuild> built)
    {
        _options = options;
        _built = built;
        _errorPage = new ErrorPage(options.Language);
        _server = PreviewServer.Listen(options.Port);
        try
        {
            // Watching starts before the first build reads the folders, so no change made meanwhile is missed.
            _watcher = new SourceWatcher([options.InputDirectory, options.ThemeDirectory]);
            var (first, render) = Build(before: null, change: null);
            _lastRender = render;
            _builds = new PreviewBuilds(first);
            _server.Serve(_builds);
            built(first);
            StampWhenSettled();
            _rebuilding = Task.Run(RebuildOnChanges);
        }
        catch
        {
            _watcher?.Dispose();
            _server.Dispose();
            throw;
        }
    }

    /// <exception cref="PreviewPortException">The port is in use or may not be used.</exception>
    public static SitePreview Start(PreviewOptions options, Action<PreviewBuild> built) => new(options, built);

    public Uri Address => _server.Address;

    public PreviewBuild Current => _builds.Current;

    public void Dispose()
    {
        _stop.Cancel();
        _server.Dispose();
        _rebuilding.GetAwaiter().GetResult();
        _stamping.GetAwaiter().GetResult();
        _watcher.Dispose();
        _stop.Dispose();
    }

    private async Task RebuildOnChanges()
    {
        while (true)
        {
            try
            {
                var change = await _watcher.NextChange(_stop.Token);
                // Built as soon as the save's events pause, served only if none follows: a file written again while it
                // was read may have been read half written, and the next change builds it again.
                var (build, render) = Build(_builds.Current, change);
                if (!await _watcher.StayedQuiet(change, _stop.Token))
                {
                    // Its files may be read unchanged by the next build, whose edited pages must still come first.
                    _changedSinceServed.UnionWith(_checkedDocuments.Changed);
                    continue;
                }
                _changedSinceServed.Clear();
                if (render is not null) _lastRender = render;
                _builds.Publish(build);
                _built(build);
                StampWhenSettled();
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>
    /// Once the files read too soon after they changed have settled, takes their stamps while the preview waits for the
    /// next save, so that the save does not read them all again (after a checkout, every file).
    /// </summary>
    private void StampWhenSettled()
    {
        if (!_stamping.IsCompleted || !_checkedDocuments.HasUnstampedFiles) return;
        var loader = new ContentLoader(_options.InputDirectory, displayRoot: "");
        _stamping = Task.Run(async () =>
        {
            try
            {
                await Task.Delay(FileStamp.Settled, _stop.Token);
                _checkedDocuments.StampSettled(loader);
            }
            catch (Exception e) when (e is OperationCanceledException or IOException or UnauthorizedAccessException)
            {
                // Stopping, or a file that cannot be read now: the next build reads it as it would have anyway.
            }
        });
    }

    /// <summary>
    /// Builds the site into memory, keeping the pages of the last build that succeeded whose inputs did not change, and
    /// the checks of the documents whose files did not change. The pages of the documents whose files changed are
    /// rendered first and served at once, in the build before, while the rest of the site is built. Builds run one
    /// after the other, never at once.
    /// </summary>
    /// <param name="before">The build served now; null for the first build.</param>
    /// <param name="change">The change this build is of; the pages rendered first are served once the files have stayed quiet since it.</param>
    /// <returns>The build, and what it rendered for the next build to keep pages from when it succeeded.</returns>
    private (PreviewBuild Build, PreviousRender? Render) Build(PreviewBuild? before, SourceChange? change)
    {
        var number = (before?.Number ?? 0) + 1;
        try
        {
            var sink = new MemorySink();
            // The output folder is never written: the site goes into the sink.
            var options = new BuildOptions(_options.InputDirectory, OutputDirectory: "", _options.ThemeDirectory, _options.Today())
            {
                DocumentsCheckedBefore = _checkedDocuments,
            };
            var first = before is { Succeeded: true } && change is { } changed ? new PagesFirst(
                page => page is { IsDocumentsOwnPage: true, Document: { } document }
                    && (_checkedDocuments.Changed.Contains(document.Source) || _changedSinceServed.Contains(document.Source)),
                () =>
                {
                    if (_watcher.StayedQuiet(changed, _stop.Token).GetAwaiter().GetResult())
                        _builds.Publish(PreviewBuild.Early(number++, before, sink.Files()));
                }) : null;
            var result = new SiteBuild(options).RenderInto(sink, _lastRender, first);
            var build = PreviewBuild.Of(number, result, sink, _errorPage);
            return (build, build.Succeeded && result.RenderCache is { } cache ? new PreviousRender(cache, new PreviousOutputInMemory(build.Files)) : null);
        }
        catch (Exception e)
        {
            // The preview keeps running: the error page says what stopped the build, and the next save builds again.
            var cause = e is AggregateException aggregate ? aggregate.Flatten().InnerExceptions[0] : e;
            var reason = cause switch
            {
                IExplainedException explained => PreviewMessages.Stopped(explained.Text),
                IOException or UnauthorizedAccessException => PreviewMessages.StoppedBySystem(cause.Message),
                _ => PreviewMessages.StoppedOnDefect(cause.ToString()),
            };
            return (PreviewBuild.Stopped(number, reason, _errorPage), null);
        }
    }
}
