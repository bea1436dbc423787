using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Publisher.Core.Diagnostics;
using Publisher.Core.Model;

namespace Publisher.Core.PostProcess;

/// <summary>
/// Checks, before the build is published, that every internal link and <c>#anchor</c> of every page points
/// at a file the build wrote and an id that page has. External links (with a scheme) are not followed.
/// </summary>
public sealed partial class LinkChecker
{
    private static readonly Uri SiteRoot = new("https://site.invalid/");
    private readonly ConcurrentDictionary<string, PageLinks> _pages = new(StringComparer.Ordinal);

    public void Add(PageLinks page) => _pages[UrlScheme.OutputPath(page.Url)] = page;

    /// <param name="fileExists">Whether the build wrote a file at this output-relative path.</param>
    public void Check(Func<string, bool> fileExists, DiagnosticBag diagnostics)
    {
        foreach (var page in _pages.Values.OrderBy(p => p.Url, StringComparer.Ordinal))
        {
            foreach (var target in page.Targets.Distinct(StringComparer.Ordinal))
            {
                var problem = Problem(page, target, fileExists);
                if (problem is not null)
                    diagnostics.Error(page.Origin, 1, 1, $"page {page.Url}: {problem}");
            }
        }
    }

    private string? Problem(PageLinks page, string target, Func<string, bool> fileExists)
    {
        if (target.Length == 0) return "a link with an empty address";
        if (Scheme().IsMatch(target) || target.StartsWith("//", StringComparison.Ordinal)) return null;

        var resolved = new Uri(new Uri(SiteRoot, page.Url), target);
        var path = Uri.UnescapeDataString(resolved.AbsolutePath);
        var file = UrlScheme.OutputPath(path);
        if (!fileExists(file)) return $"broken link '{target}' (nothing is published at {path})";

        var fragment = Uri.UnescapeDataString(resolved.Fragment.TrimStart('#'));
        if (fragment.Length == 0) return null;
        if (!_pages.TryGetValue(file, out var targetPage) || !targetPage.Ids.Contains(fragment))
            return $"broken anchor '{target}' (page {path} has no element with id '{fragment}')";
        return null;
    }

    [GeneratedRegex("^[a-zA-Z][a-zA-Z0-9+.-]*:")]
    private static partial Regex Scheme();
}
