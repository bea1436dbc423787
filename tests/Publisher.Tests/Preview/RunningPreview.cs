using System.Net;
using System.Net.Sockets;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Publisher.Core.Diagnostics;
using Publisher.Core.Preview;
using Publisher.Tests.Support;

namespace Publisher.Tests.Preview;

/// <summary>What the preview answered: status, headers and body as text.</summary>
public sealed record PreviewAnswer(HttpStatusCode Status, string? ContentType, string? Location, string? ContentSecurityPolicy, string Body)
{
    private static readonly HtmlParser Parser = new();

    public IDocument Page() => Parser.ParseDocument(Body);
}

/// <summary>
/// A preview of a copy of the repository's input, with messages in English, running in this process on a free
/// port until disposed. Tests change the copy and wait for the preview to show the change.
/// </summary>
public sealed class RunningPreview : IDisposable
{
    /// <summary>How long a change may take to be served: a build of the test site takes about a second.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private readonly TempDirectory _temp = new();
    private readonly HttpClient _client;
    private readonly SitePreview _preview;

    /// <param name="prepare">Changes the copied input before the first build.</param>
    public RunningPreview(Action<string>? prepare = null)
    {
        Input = _temp.Combine("input");
        TempDirectory.CopyTree(RepositoryPaths.Input, Input);
        prepare?.Invoke(Input);
        _preview = SitePreview.Start(new PreviewOptions(Input, RepositoryPaths.Theme, Port: 0, MessageLanguage.English, () => PinnedBuildDay.Today), _ => { });
        _client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = _preview.Address, Timeout = Patience };
    }

    public string Input { get; }

    public Uri Address => _preview.Address;

    public PreviewBuild Current => _preview.Current;

    /// <summary>The seed site's minutes of a working group in Žatec, and the address of their page.</summary>
    public string Minutes => Path.Combine(Input, "documents", "zatec", "2020", "2020-06-10-socialni-prevence-a-poradenstvi.md");

    public const string MinutesUrl = "/zatec/socialni-prevence-a-odborne-socialni-poradenstvi/2020/2020-06-10-zapis-z-jednani-pracovni-skupiny-socialni-prevence-a-odborne/";

    public async Task<PreviewAnswer> Get(string path)
    {
        using var response = await _client.GetAsync(path);
        return new PreviewAnswer(
            response.StatusCode,
            response.Content.Headers.ContentType?.ToString(),
            response.Headers.Location?.OriginalString,
            response.Headers.TryGetValues("Content-Security-Policy", out var policy) ? policy.Single() : null,
            await response.Content.ReadAsStringAsync());
    }

    /// <summary>Asks until the answer is as <paramref name="expected"/> says, and returns it; fails after <see cref="Patience"/>.</summary>
    public async Task<PreviewAnswer> GetWhen(string path, Func<PreviewAnswer, bool> expected)
    {
        var giveUp = DateTime.UtcNow + Patience;
        while (true)
        {
            var answer = await Get(path);
            if (expected(answer)) return answer;
            if (DateTime.UtcNow > giveUp)
                throw new Xunit.Sdk.XunitException($"{path} was still answered {(int)answer.Status} after {Patience.TotalSeconds} s:\n{answer.Body}");
            await Task.Delay(100);
        }
    }

    /// <summary>Sends <paramref name="target"/> exactly as written, which HttpClient would normalise first, and returns the status.</summary>
    /// <param name="host">The Host header, the preview's own address unless given.</param>
    public async Task<(int Status, string Response)> GetRaw(string target, string? host = null)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, Address.Port);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"GET {target} HTTP/1.1\r\nHost: {host ?? Address.Authority}\r\nConnection: close\r\n\r\n"));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var response = await reader.ReadToEndAsync();
        return (int.Parse(response.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture), response);
    }

    /// <summary>The build numbers the reload script is sent, read as they come.</summary>
    public async Task<BuildNumbers> ListenForBuilds()
    {
        var response = await _client.GetAsync(PreviewServer.EventsPath, HttpCompletionOption.ResponseHeadersRead);
        return new BuildNumbers(response, new StreamReader(await response.Content.ReadAsStreamAsync()));
    }

    public void Dispose()
    {
        _client.Dispose();
        _preview.Dispose();
        _temp.Dispose();
    }
}

/// <summary>The event stream of build numbers, open until disposed.</summary>
public sealed class BuildNumbers(HttpResponseMessage response, StreamReader reader) : IDisposable
{
    public string ContentType => response.Content.Headers.ContentType!.MediaType!;

    /// <summary>The next build number sent; fails if none comes within <see cref="RunningPreview.Patience"/>.</summary>
    public async Task<int> Next()
    {
        using var timeout = new CancellationTokenSource(RunningPreview.Patience);
        while (await reader.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.StartsWith("data: ", StringComparison.Ordinal))
                return int.Parse(line["data: ".Length..], System.Globalization.CultureInfo.InvariantCulture);
        }
        throw new Xunit.Sdk.XunitException("the event stream ended");
    }

    public void Dispose()
    {
        reader.Dispose();
        response.Dispose();
    }
}
