using System.Text;
using Publisher.Core.Model;
using Publisher.Core.Render.Pages;
using Publisher.Core.Render.Templates;

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
            .Where(r => r.From.EndsWith('/') || r.From.EndsWith(".html", StringComparison.Ordinal))
            .Select(r => new Page(r.From, "redirect", r.Document.Title, [], new RedirectView(r.Document.Url, r.Document.Title), InBaseLayout: false));

    public IEnumerable<OutputFile> Files(SiteModel site)
    {
        var rules = new StringBuilder();
        foreach (var (from, document) in Redirects(site))
            rules.Append(from).Append(' ').Append(document.Url).Append(" 301\n");
        yield return new OutputFile(RulesFile, rules.ToString());
    }

    private static IEnumerable<(string From, Document Document)> Redirects(SiteModel site) =>
        site.Documents
            .SelectMany(d => d.Aliases.Select(a => (From: a, Document: d)))
            .OrderBy(r => r.From, StringComparer.Ordinal);
}
