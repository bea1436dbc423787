using System.Collections.Concurrent;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Publisher.Core.Build;

namespace Publisher.Tests.Support;

/// <summary>A site built into a temporary folder, with its pages parsed by AngleSharp on demand.</summary>
public sealed class BuiltSite : IDisposable
{
    private static readonly HtmlParser Parser = new();
    private readonly TempDirectory _temp = new();
    private readonly ConcurrentDictionary<string, IDocument> _pages = new(StringComparer.Ordinal);

    /// <param name="additions">Folders whose files are copied over the input before building.</param>
    public BuiltSite(string input, params string[] additions) : this(input, PinnedBuildDay.Today, additions) { }

    /// <param name="today">The day the build is made on.</param>
    /// <param name="additions">Folders whose files are copied over the input before building.</param>
    public BuiltSite(string input, DateOnly today, params string[] additions) : this(input, today, _ => { }, additions) { }

    /// <param name="prepare">Runs on the copied input folder before the build (to give it a history in git, say).</param>
    /// <param name="additions">Folders whose files are copied over the input before building.</param>
    public BuiltSite(string input, Action<string> prepare, params string[] additions) : this(input, PinnedBuildDay.Today, prepare, additions) { }

    private BuiltSite(string input, DateOnly today, Action<string> prepare, string[] additions)
    {
        Input = _temp.Combine("input");
        TempDirectory.CopyTree(input, Input);
        foreach (var addition in additions) TempDirectory.CopyTree(addition, Input);
        prepare(Input);
        Output = _temp.Combine("output");
        Result = new SiteBuild(new BuildOptions(Input, Output, RepositoryPaths.Theme, today)).Run();
        if (!Result.Succeeded)
            throw new InvalidOperationException("test site failed to build:\n" + string.Join("\n", Result.Diagnostics));
    }

    public string Input { get; }
    public string Output { get; }
    public BuildResult Result { get; }

    public bool Exists(string url) => File.Exists(FileOf(url));

    public string FileOf(string url) => Path.Combine(Output, Core.Model.UrlScheme.OutputPath(url));

    public IDocument Page(string url) =>
        _pages.GetOrAdd(url, u => File.Exists(FileOf(u))
            ? Parser.ParseDocument(File.ReadAllText(FileOf(u)))
            : throw new FileNotFoundException($"no page at {u}", FileOf(u)));

    /// <summary>Site URLs of every HTML file in the output ("/a/b/" for a/b/index.html).</summary>
    public IReadOnlyList<string> HtmlPageUrls() =>
        Directory.EnumerateFiles(Output, "*.html", SearchOption.AllDirectories)
            .Select(f => "/" + Path.GetRelativePath(Output, f).Replace('\\', '/'))
            .Select(u => u.EndsWith("/index.html", StringComparison.Ordinal) ? u[..^"index.html".Length] : u)
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>Internal link targets of a page, resolved to site paths (without fragment).</summary>
    /// <summary>Where a page's links and forms lead, on this site.</summary>
    public static IEnumerable<string> LinkedPaths(IDocument page) =>
        page.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!)
            .Concat(page.QuerySelectorAll("form[action]").Select(f => f.GetAttribute("action")!))
            .Where(h => h.StartsWith('/') && !h.StartsWith("//", StringComparison.Ordinal))
            .Select(h => h.Split('#')[0]);

    public void Dispose() => _temp.Dispose();
}
