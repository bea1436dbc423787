using System.Text;
using Publisher.Core.Model;
using Publisher.Core.Pages;
using Publisher.Core.Theming;

namespace Publisher.Core.Extensions.Redirects;

public sealed record RedirectView(string Target, string Title);

/// <summary>
/// Keeps old addresses (a document's <c>aliases</c>) working: a Netlify <c>_redirects</c> rule answers with
/// a real 301, and a small page at the old address redirects any other static host.
/// </summary>
public sealed class RedirectsExtension : ISiteExtension
{
    public const string RulesFile = "_redirects";

    public ThemeNeeds ThemeNeeds { get; } = new([new("redirect", "the pages that redirect old addresses")], []);

    public IEnumerable<Page> Pages(SiteModel site, UiTexts texts) =>
        Redirects(site)
            .Where(r => HasPage(r.Alias))
            .Select(r => new Page(r.Alias.Path, "redirect", r.Document.Title, [], new RedirectView(r.Document.Url, r.Document.Title), InBaseLayout: false)
            {
                Claim = new OldAddressClaim(r.Document, r.Alias),
            });

    public IEnumerable<OutputFile> Files(SiteModel site)
    {
        var rules = new StringBuilder();
        foreach (var (alias, document) in Redirects(site))
            rules.Append(alias.Path).Append(' ').Append(document.Url).Append(" 301\n");
        yield return OutputFile.OfText(RulesFile, "the redirect rules", rules.ToString());
    }

    /// <summary>Old addresses that are not pages (<c>/archiv/zapis.php</c>): only the rule answers them, so no file may be there.</summary>
    public IEnumerable<ClaimedAddress> Addresses(SiteModel site) =>
        Redirects(site)
            .Where(r => !HasPage(r.Alias))
            .Select(r => new ClaimedAddress(r.Alias.Path, new OldAddressClaim(r.Document, r.Alias)));

    /// <summary>A redirect page can only stand where a browser expects a page: a folder address or an .html file.</summary>
    private static bool HasPage(OldAddress alias) =>
        alias.Path.EndsWith('/') || alias.Path.EndsWith(".html", StringComparison.Ordinal);

    /// <summary>Every old address, in path order and, for one path, in the order of the files and lines naming it.</summary>
    private static IEnumerable<(OldAddress Alias, Document Document)> Redirects(SiteModel site) =>
        site.Documents
            .SelectMany(d => d.Aliases.Select(a => (Alias: a, Document: d)))
            .OrderBy(r => r.Alias.Path, StringComparer.Ordinal)
            .ThenBy(r => r.Alias.At.File, StringComparer.Ordinal)
            .ThenBy(r => r.Alias.At.Line);
}
