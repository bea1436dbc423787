using System.Text;
using Publisher.Core.Diagnostics;
using Publisher.Core.Model;
using Publisher.Core.Pages;
using Publisher.Core.Theming;

namespace Publisher.Core.Extensions.Redirects;

public sealed record RedirectView(string Target, string Title);

/// <summary>An old address that must keep working (a document's <c>aliases</c>), and where the editor wrote it.</summary>
public sealed record OldAddress(string Path, SourcePosition At);

/// <summary>
/// Keeps old addresses (a document's <c>aliases</c>) working: a Netlify <c>_redirects</c> rule answers with
/// a real 301, and a small page at the old address redirects any other static host.
/// </summary>
public sealed class RedirectsExtension : SiteExtension
{
    public const string RulesFile = "_redirects";

    public override string Name => "redirects";

    public override ThemeNeeds ThemeNeeds { get; } = new([new("redirect", "the pages that redirect old addresses")], []);

    public override IReadOnlyList<string> FrontMatterKeys { get; } = ["aliases"];

    /// <summary>A document's old addresses, checked as paths of this site and given the trailing '/' of a page address.</summary>
    public override object? ReadDocument(DocumentFrontMatter frontMatter)
    {
        var fields = frontMatter.Fields;
        var aliases = new List<OldAddress>();
        foreach (var alias in fields.LocatedTextList("aliases"))
        {
            if (AliasPath.IsValid(alias.Value))
                aliases.Add(new OldAddress(AliasPath.Normalise(alias.Value), new SourcePosition(fields.File, alias.Line, alias.Column)));
            else
                fields.Error(alias, $"'aliases': '{alias.Value}' is not a path on this site; write it like /stare-zapisy/2020/zapis/");
        }
        return aliases.Count == 0 ? null : aliases;
    }

    /// <summary>The old addresses of a document.</summary>
    public static IReadOnlyList<OldAddress> Of(Document document) =>
        document.Features.TryGetValue("redirects", out var aliases) ? (IReadOnlyList<OldAddress>)aliases : [];

    public override IEnumerable<Page> Pages(SiteModel site, UiTexts texts) =>
        Redirects(site)
            .Where(r => HasPage(r.Alias))
            .Select(r => new Page(r.Alias.Path, "redirect", r.Document.Title, [], new RedirectView(r.Document.Url, r.Document.Title), InBaseLayout: false)
            {
                Claim = new OldAddressClaim(r.Document, r.Alias),
                Indexable = false,
            });

    public override IEnumerable<OutputFile> Files(SiteModel site)
    {
        var rules = new StringBuilder();
        foreach (var (alias, document) in Redirects(site))
            rules.Append(alias.Path).Append(' ').Append(document.Url).Append(" 301\n");
        yield return OutputFile.OfText(RulesFile, "the redirect rules", rules.ToString());
    }

    /// <summary>Old addresses that are not pages (<c>/archiv/zapis.php</c>): only the rule answers them, so no file may be there.</summary>
    public override IEnumerable<ClaimedAddress> Addresses(SiteModel site) =>
        Redirects(site)
            .Where(r => !HasPage(r.Alias))
            .Select(r => new ClaimedAddress(r.Alias.Path, new OldAddressClaim(r.Document, r.Alias)));

    /// <summary>A redirect page can only stand where a browser expects a page: a folder address or an .html file.</summary>
    private static bool HasPage(OldAddress alias) =>
        alias.Path.EndsWith('/') || alias.Path.EndsWith(".html", StringComparison.Ordinal);

    /// <summary>Every old address, in path order and, for one path, in the order of the files and lines naming it.</summary>
    private static IEnumerable<(OldAddress Alias, Document Document)> Redirects(SiteModel site) =>
        site.Documents
            .SelectMany(d => Of(d).Select(a => (Alias: a, Document: d)))
            .OrderBy(r => r.Alias.Path, StringComparer.Ordinal)
            .ThenBy(r => r.Alias.At.File, StringComparer.Ordinal)
            .ThenBy(r => r.Alias.At.Line);
}
