using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Publisher.Tests.Support;

namespace Publisher.Tests.Browser;

/// <summary>
/// The real site built once and opened in headless Chromium from Debian's package. Pages are served from the
/// output folder through request interception at <see cref="Origin"/>, so no server or port is needed, and
/// every request for another origin is recorded (and refused) to prove pages need nothing from elsewhere.
/// Without Chromium the tests are skipped with the reason, except under CI, where they fail.
/// </summary>
public sealed partial class BrowserSiteFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";
    public const string Origin = "http://publisher.test";

    private static readonly string[] ChromiumArguments =
        ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public BuiltSite Site { get; } = Build();

    /// <summary>
    /// The real site plus the test documents that bring plans, tasks tables and hostile values, committed to git and
    /// then corrected, so that every document page shows its change history and the note that it was amended.
    /// </summary>
    public static BuiltSite Build() => new(RepositoryPaths.Input, CommitAndAmend, Path.Combine(RepositoryPaths.Fixtures, "additions"));

    private static void CommitAndAmend(string input)
    {
        TestGit.CommitAll(input);
        // A blank line at the end of a body changes the file, not the page: only the history shows it.
        foreach (var document in Directory.EnumerateFiles(Path.Combine(input, "documents"), "*.md", SearchOption.AllDirectories))
            File.AppendAllText(document, "\n");
        TestGit.Run(input, new Dictionary<string, string> { ["GIT_AUTHOR_DATE"] = "2021-03-10T10:00:00+01:00", ["GIT_COMMITTER_DATE"] = "2021-03-10T10:00:00+01:00" },
            "commit", "-q", "-a", "-m", "Opraven překlep v zápisu");
    }

    /// <summary>Why the browser tests cannot run here; null when they can.</summary>
    public string? Unavailable { get; private set; }

    /// <summary>Requests the pages made to any origin but the site's own.</summary>
    public ConcurrentQueue<string> ForeignRequests { get; } = new();

    /// <summary>One page of each page type the site has, found from the built output: new page types join by themselves.</summary>
    public IReadOnlyDictionary<string, string> PageOfEachType { get; private set; } = new Dictionary<string, string>();

    public async Task InitializeAsync()
    {
        PageOfEachType = FindPageOfEachType(Site);
        if (!File.Exists(ChromiumPath))
        {
            Unavailable = $"Chromium is not installed at {ChromiumPath} (apt-get install chromium)";
            if (ContinuousIntegration.IsRunning) throw new InvalidOperationException(Unavailable + "; CI must run the browser tests");
            return;
        }
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = ChromiumPath, Headless = true, Args = ChromiumArguments });
    }

    /// <summary>A fresh page at the given size, served from the built site.</summary>
    public async Task<IPage> OpenAsync(string url, int width = 1280, int height = 900)
    {
        Skip.If(Unavailable is not null, Unavailable);
        var context = await _browser!.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = height }, Locale = "cs-CZ" });
        await context.RouteAsync("**/*", ServeAsync);
        var page = await context.NewPageAsync();
        var response = await page.GotoAsync(Origin + url);
        Assert.True(response is { Ok: true } || url == "/404.html", $"{url} did not load");
        return page;
    }

    private async Task ServeAsync(IRoute route)
    {
        var uri = new Uri(route.Request.Url);
        if (!route.Request.Url.StartsWith(Origin + "/", StringComparison.Ordinal))
        {
            ForeignRequests.Enqueue(route.Request.Url);
            await route.AbortAsync();
            return;
        }
        var file = Site.FileOf(Uri.UnescapeDataString(uri.AbsolutePath));
        if (!File.Exists(file))
        {
            await route.FulfillAsync(new() { Status = 404, Path = Site.FileOf("/404.html"), ContentType = "text/html; charset=utf-8" });
            return;
        }
        await route.FulfillAsync(new() { Status = 200, Path = file, ContentType = ContentTypeOf(file) });
    }

    private static string ContentTypeOf(string file) => Path.GetExtension(file) switch
    {
        ".html" => "text/html; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".json" => "application/json",
        ".svg" => "image/svg+xml",
        ".png" => "image/png",
        _ => "application/octet-stream",
    };

    /// <summary>
    /// The first page of each type: its layout (from the body's <c>layout-…</c> class), and for layouts that serve
    /// several of the site's own sections (the listing of a year, a topic or a document type) also the section.
    /// </summary>
    public static Dictionary<string, string> FindPageOfEachType(BuiltSite site)
    {
        string[] listingSections =
        [
            .. new[] { Core.Model.UrlScheme.YearIndex, Core.Model.UrlScheme.TagIndex }.Concat(Enum.GetValues<Core.Model.DocumentType>().Select(Core.Model.UrlScheme.Type)).Select(u => u.Trim('/')),
        ];
        var pages = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var url in site.HtmlPageUrls())
        {
            var match = LayoutClass().Match(File.ReadAllText(site.FileOf(url)));
            if (!match.Success) continue;
            var section = url.Split('/', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "";
            var type = listingSections.Contains(section) && match.Groups[1].Value == "listing"
                ? $"listing /{section}/"
                : match.Groups[1].Value;
            pages.TryAdd(type, url);
        }
        return pages;
    }

    [GeneratedRegex("<body class=\"layout-([a-z0-9-]+)\"")]
    private static partial Regex LayoutClass();

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        Site.Dispose();
    }
}

/// <summary>Browser test classes share one built site and one Chromium.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserSiteFixture>
{
    public const string Name = "browser";
}
