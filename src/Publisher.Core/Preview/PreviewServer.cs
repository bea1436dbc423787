using System.IO.Hashing;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Publisher.Core.Diagnostics;

namespace Publisher.Core.Preview;

/// <summary>
/// Serves the preview's builds over HTTP on 127.0.0.1 only: the site's addresses as <see cref="SiteResponder"/>
/// answers them, with the published site's Content-Security-Policy, and the preview's own files under
/// <see cref="OwnPrefix"/>, which the site cannot shadow: the reload script and the stream of build numbers it listens to.
/// </summary>
public sealed class PreviewServer : IDisposable
{
    public const string OwnPrefix = "/_preview/";
    public const string EventsPath = OwnPrefix + "events";

    /// <summary>
    /// The policy the published site is sent with (netlify.toml's headers for "/*"), so the preview shows what the
    /// policy blocks there. It allows scripts and connections of the same origin, which the reload script needs.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'; upgrade-insecure-requests";

    /// <summary>How often an open event stream gets a comment, which finds the browsers that have gone away.</summary>
    private static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(15);

    private const int AttemptsAtAFreePort = 10;

    /// <summary>Threads of the pool kept for requests beyond those the builds use: a browser's connections to one site.</summary>
    private const int SpareThreads = 8;

    private readonly HttpListener _listener;
    private readonly CancellationTokenSource _stop = new();
    private Task _accepting = Task.CompletedTask;
    private PreviewBuilds? _builds;

    private PreviewServer(HttpListener listener, int port)
    {
        _listener = listener;
        Address = new Uri($"http://127.0.0.1:{port}/");
    }

    public Uri Address { get; }

    /// <summary>Takes the port, so that a port in use is known at once; requests wait until <see cref="Serve"/>.</summary>
    /// <param name="port">The port, or 0 for a free one.</param>
    /// <exception cref="PreviewPortException">The port is in use or may not be used.</exception>
    public static PreviewServer Listen(int port)
    {
        if (port != 0) return new PreviewServer(Start(port), port);
        for (var attempt = 1; ; attempt++)
        {
            var free = FreePort();
            try
            {
                return new PreviewServer(Start(free), free);
            }
            catch (PreviewPortException) when (attempt < AttemptsAtAFreePort)
            {
                // Another program took the port between finding it free and listening on it.
            }
        }
    }

    public void Serve(PreviewBuilds builds)
    {
        // A build keeps every thread of the pool busy, and a busy pool grows by about a thread a second: with none to
        // spare, a request (the page an editor just saved) would wait for the build. A browser opens a few
        // connections to one site, and keeps one open for the reload events.
        ThreadPool.GetMinThreads(out var workers, out var completions);
        ThreadPool.SetMinThreads(Math.Max(workers, Environment.ProcessorCount + SpareThreads), completions);
        _builds = builds;
        _accepting = Task.Run(Accept);
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Close();
        _accepting.GetAwaiter().GetResult();
        _stop.Dispose();
    }

    private static HttpListener Start(int port)
    {
        var listener = new HttpListener { IgnoreWriteExceptions = true };
        listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        // The same loopback socket, for a browser sent to localhost: the listener checks the Host header against its prefixes.
        listener.Prefixes.Add($"http://localhost:{port}/");
        try
        {
            listener.Start();
            return listener;
        }
        catch (HttpListenerException e)
        {
            listener.Close();
            throw new PreviewPortException(port, e.Message);
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private async Task Accept()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            _ = Task.Run(() => Serve(context));
        }
    }

    private async Task Serve(HttpListenerContext context)
    {
        var request = context.Request;
        var response = context.Response;
        try
        {
            response.Headers["Content-Security-Policy"] = ContentSecurityPolicy;
            response.Headers["X-Content-Type-Options"] = "nosniff";
            // Every build may change any file: the browser asks again each time.
            response.Headers["Cache-Control"] = "no-store";
            var target = request.RawUrl ?? "";
            var path = RequestPath.Of(target);
            if (request.HttpMethod is not ("GET" or "HEAD"))
            {
                response.StatusCode = 405;
                response.Headers["Allow"] = "GET, HEAD";
            }
            else if (path == EventsPath)
            {
                await SendBuildNumbers(response);
            }
            else
            {
                await Send(response, Answer(path, target), withBody: request.HttpMethod == "GET");
            }
            response.Close();
        }
        catch (Exception e) when (e is HttpListenerException or IOException or ObjectDisposedException or OperationCanceledException)
        {
            // The browser went away, or the preview is stopping.
            response.Abort();
        }
    }

    private PreviewResponse Answer(string? path, string target)
    {
        if (path == ReloadScript.Path) return new PreviewResponse(200, ContentTypes.Of(path), ReloadScript.Content);
        if (path is not null && (path.StartsWith(OwnPrefix, StringComparison.Ordinal) || path == OwnPrefix.TrimEnd('/'))) return PreviewResponse.NotFound;
        var answer = SiteResponder.Answer(_builds!.Current, path, RequestPath.Query(target));
        return answer.ContentType == ContentTypes.Html ? answer with { Body = ReloadScript.AddTo(answer.Body) } : answer;
    }

    private async Task Send(HttpListenerResponse response, PreviewResponse answer, bool withBody)
    {
        response.StatusCode = answer.Status;
        response.ContentType = answer.ContentType;
        if (answer.Location is { } location) response.RedirectLocation = location;
        // What the reload script compares after a build, so that a page the change did not touch is not reloaded.
        if (answer.Body.Length > 0) response.Headers["ETag"] = $"\"{XxHash64.HashToUInt64(answer.Body):x16}\"";
        response.ContentLength64 = answer.Body.Length;
        if (withBody) await response.OutputStream.WriteAsync(answer.Body, _stop.Token);
    }

    /// <summary>
    /// The event stream the reload script listens to: the number of the build served now, then that of each new
    /// build, until the browser leaves the page or the preview stops.
    /// </summary>
    private async Task SendBuildNumbers(HttpListenerResponse response)
    {
        response.ContentType = "text/event-stream; charset=utf-8";
        response.SendChunked = true;
        var stream = response.OutputStream;
        async Task Write(string text)
        {
            await stream.WriteAsync(Encoding.UTF8.GetBytes(text), _stop.Token);
            await stream.FlushAsync(_stop.Token);
        }

        // A stopped preview that is started again is found within half a second.
        await Write("retry: 500\n\n");
        var (build, next) = _builds!.Now();
        var sent = 0;
        while (true)
        {
            if (build.Number != sent)
            {
                await Write($"data: {build.Number}\n\n");
                sent = build.Number;
            }
            var woken = await Task.WhenAny(next, Task.Delay(KeepAlive, _stop.Token));
            if (_stop.IsCancellationRequested) return;
            if (woken == next) (build, next) = _builds.Now();
            else await Write(":\n\n");
        }
    }
}

/// <summary>The preview cannot listen on the port asked for: another program uses it, or it needs rights the user lacks.</summary>
public sealed class PreviewPortException(int port, string reason)
    : Exception(PreviewMessages.PortUnavailable(port, reason).English), IExplainedException
{
    public Message Text { get; } = PreviewMessages.PortUnavailable(port, reason);
}
