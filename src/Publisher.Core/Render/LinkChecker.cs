using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Publisher.Core.Diagnostics;
using Publisher.Core.Model;

namespace Publisher.Core.Render;

/// <summary>A link's address as written, and where it is written.</summary>
public sealed record LocatedLink(string Target, SourcePosition At);

/// <summary>
/// Checks, before the build is published, that every internal link points at a file the build publishes and every
/// <c>#anchor</c> at an id its page has. The build gives it the links of document bodies, located in their Markdown
/// files, as the Markdown renderer found them; the theme's own links are the same on every page of a layout and are
/// checked by the tests. External links (with a scheme) are not followed.
/// </summary>
/// <param name="layoutIds">The ids the theme's layouts give every page, which any page's anchors may name.</param>
public sealed partial class LinkChecker(IReadOnlySet<string> layoutIds)
{
    private static readonly Uri SiteRoot = new("https://site.invalid/");
    private readonly ConcurrentDictionary<string, (string Url, IReadOnlySet<string> Ids, IReadOnlyList<LocatedLink> Links)> _pages = new(StringComparer.Ordinal);

    /// <param name="ids">The ids of the page's own content (its body's headings and elements), besides the layouts' ids.</param>
    public void AddPage(string url, IReadOnlySet<string> ids, IEnumerable<LocatedLink> links) =>
        _pages[UrlScheme.OutputPath(url)] = (url, ids, links.ToList());

    /// <param name="isPublished">Whether the build publishes a file at this output-relative path.</param>
    /// <param name="addressOfSource">The published address of the document whose Markdown file is at a path below the input folder.</param>
    public void Check(Func<string, bool> isPublished, Func<string, string?> addressOfSource, DiagnosticBag diagnostics)
    {
        foreach (var (url, _, links) in _pages.Values)
        {
            // A link written twice at one place (an image inside a link) is reported once.
            foreach (var link in links.DistinctBy(l => (l.Target, l.At)))
            {
                if (Problem(url, link.Target, isPublished, addressOfSource) is { } problem)
                    diagnostics.Error(link.At.File, link.At.Line, link.At.Column, problem);
            }
        }
    }

    private Message? Problem(string pageUrl, string target, Func<string, bool> isPublished, Func<string, string?> addressOfSource)
    {
        if (target.Length == 0) return RenderMessages.EmptyLink;
        if (Scheme().IsMatch(target) || target.StartsWith("//", StringComparison.Ordinal)) return null;

        if (!Uri.TryCreate(new Uri(SiteRoot, pageUrl), target, out var resolved) || resolved.Host != SiteRoot.Host)
            return RenderMessages.UnreadableLinkAddress(target);
        var path = Uri.UnescapeDataString(resolved.AbsolutePath);
        var file = UrlScheme.OutputPath(path);
        if (!isPublished(file))
            return RenderMessages.BrokenLink(target, path, Suggestion(path, isPublished, addressOfSource));

        var fragment = Uri.UnescapeDataString(resolved.Fragment.TrimStart('#'));
        if (fragment.Length == 0) return null;
        if (!_pages.TryGetValue(file, out var targetPage) || !layoutIds.Contains(fragment) && !targetPage.Ids.Contains(fragment))
            return RenderMessages.BrokenAnchor(target, path, fragment);
        return null;
    }

    /// <summary>
    /// What the editor most likely meant: the page address with its final '/', or the address of the document whose
    /// Markdown file the link names from the site's root (<c>/documents/…/x.md</c> or <c>/input/documents/…/x.md</c>).
    /// </summary>
    private static Message Suggestion(string path, Func<string, bool> isPublished, Func<string, string?> addressOfSource)
    {
        if (!path.EndsWith('/') && isPublished(UrlScheme.OutputPath(path + "/")))
            return RenderMessages.DidYouMean(path + "/");
        if (path.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
        {
            var source = path.TrimStart('/');
            var address = addressOfSource(source) ?? (source.StartsWith("input/", StringComparison.Ordinal) ? addressOfSource(source["input/".Length..]) : null);
            if (address is not null)
                return RenderMessages.DidYouMeanDocument(address);
        }
        return Message.Empty;
    }

    [GeneratedRegex("^[a-zA-Z][a-zA-Z0-9+.-]*:")]
    private static partial Regex Scheme();
}
