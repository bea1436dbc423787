using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Publisher.Core.Diagnostics;
using Publisher.Core.Model;
using Publisher.Core.Render.Markdown;

namespace Publisher.Core.PostProcess;

/// <summary>
/// Checks, before the build is published, that every internal link and <c>#anchor</c> of every page points at a
/// file the build publishes and an id that page has. External links (with a scheme) are not followed. A link from a
/// document's body is reported at its line and column in the Markdown file; any other link comes from the layout.
/// </summary>
public sealed partial class LinkChecker
{
    private static readonly Uri SiteRoot = new("https://site.invalid/");
    private readonly ConcurrentDictionary<string, PageLinks> _pages = new(StringComparer.Ordinal);

    public void Add(PageLinks page) => _pages[UrlScheme.OutputPath(page.Url)] = page;

    /// <param name="isPublished">Whether the build publishes a file at this output-relative path.</param>
    /// <param name="addressOfSource">The published address of the document whose Markdown file is at a path below the input folder.</param>
    public void Check(Func<string, bool> isPublished, Func<string, string?> addressOfSource, DiagnosticBag diagnostics)
    {
        foreach (var page in _pages.Values.OrderBy(p => p.Url, StringComparer.Ordinal))
        {
            var fromBody = page.BodyLinks.Select(l => l.Url).ToHashSet(StringComparer.Ordinal);
            foreach (var target in page.Targets.Distinct(StringComparer.Ordinal).Where(t => !fromBody.Contains(t)))
            {
                if (Problem(page, target, isPublished, addressOfSource) is { } problem)
                    diagnostics.Error(page.Origin, 1, 1, $"page {page.Url}: {problem}");
            }
            foreach (var link in page.BodyLinks)
            {
                if (Problem(page, link.Url, isPublished, addressOfSource) is { } problem)
                    diagnostics.Error(page.BodySource!, link.Line, link.Column, problem);
            }
        }
    }

    private string? Problem(PageLinks page, string target, Func<string, bool> isPublished, Func<string, string?> addressOfSource)
    {
        if (target.Length == 0) return "a link with an empty address";
        if (Scheme().IsMatch(target) || target.StartsWith("//", StringComparison.Ordinal)) return null;

        if (!Uri.TryCreate(new Uri(SiteRoot, page.Url), target, out var resolved) || resolved.Host != SiteRoot.Host)
            return $"the link address '{target}' cannot be read as an address on this site; correct it";
        var path = Uri.UnescapeDataString(resolved.AbsolutePath);
        var file = UrlScheme.OutputPath(path);
        if (!isPublished(file))
            return $"broken link '{target}' (nothing is published at {path}){Suggestion(path, isPublished, addressOfSource)}";

        var fragment = Uri.UnescapeDataString(resolved.Fragment.TrimStart('#'));
        if (fragment.Length == 0) return null;
        if (!_pages.TryGetValue(file, out var targetPage) || !targetPage.Ids.Contains(fragment))
            return $"broken anchor '{target}' (page {path} has no element with id '{fragment}')";
        return null;
    }

    /// <summary>
    /// What the editor most likely meant: the page address with its final '/', or the address of the document whose
    /// Markdown file the link names from the site's root (<c>/documents/…/x.md</c> or <c>/input/documents/…/x.md</c>).
    /// </summary>
    private static string Suggestion(string path, Func<string, bool> isPublished, Func<string, string?> addressOfSource)
    {
        if (!path.EndsWith('/') && isPublished(UrlScheme.OutputPath(path + "/")))
            return $"; did you mean {path}/?";
        if (path.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
        {
            var source = path.TrimStart('/');
            var address = addressOfSource(source) ?? (source.StartsWith("input/", StringComparison.Ordinal) ? addressOfSource(source["input/".Length..]) : null);
            if (address is not null)
                return $"; did you mean {address}? (a link to a document's .md file is written relative to this document's file)";
        }
        return "";
    }

    [GeneratedRegex("^[a-zA-Z][a-zA-Z0-9+.-]*:")]
    private static partial Regex Scheme();
}
