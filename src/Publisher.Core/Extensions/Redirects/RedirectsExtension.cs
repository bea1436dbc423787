using System.Text;
using Publisher.Core.Diagnostics;
using Publisher.Core.Model;
using Publisher.Core.Pages;
using Publisher.Core.Records;
using Publisher.Core.Theming;

namespace Publisher.Core.Extensions.Redirects;

public sealed record RedirectView(string Target, string Title);

/// <summary>An old address that must keep working (a document's <c>aliases</c>), and where the editor wrote it.</summary>
public sealed record OldAddress(string Path, SourcePosition At);

/// <summary>
/// Keeps old addresses (a document's <c>aliases</c>) working: a Netlify <c>_redirects</c> rule answers with
/// a real 301, and a small page at the old address redirects any other static host. Addresses documents had before
/// (from <paramref name="earlierAddresses"/>) are redirected the same way wherever the site publishes nothing else.
/// </summary>
public sealed class RedirectsExtension(IReadOnlyList<IEarlierAddressSource> earlierAddresses) : SiteExtension
{
    public RedirectsExtension() : this([]) { }

    public const string RulesFile = "_redirects";

    public override string Name => "redirects";

    public override ThemeNeeds ThemeNeeds { get; } = new([new("redirect", RedirectsMessages.RedirectPages)], []);

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
                fields.Error(alias, RedirectsMessages.NotAPath(alias.Value));
        }
        return aliases.Count == 0 ? null : aliases;
    }

    public override bool RecordsDocumentData => true;

    public override void WriteDocumentData(RecordWriter writer, object data) =>
        writer.WriteList((IReadOnlyList<OldAddress>)data, (w, alias) =>
        {
            w.Write(alias.Path);
            w.Write(alias.At);
        });

    public override object ReadDocumentData(RecordReader reader) =>
        reader.ReadList(r => new OldAddress(r.ReadString(), r.ReadPosition()));

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
            })
            .Concat(Earlier(site).Select(e => new Page(e.Url, "redirect", e.Document.Title, [], new RedirectView(e.Document.Url, e.Document.Title), InBaseLayout: false)
            {
                Claim = new EarlierAddressClaim(e.Document, e.Url),
                Indexable = false,
            }));

    public override IEnumerable<OutputFile> Files(PlannedSite planned)
    {
        var site = planned.Site;
        var rules = new StringBuilder();
        var all = Redirects(site).Select(r => (From: r.Alias.Path, To: r.Document.Url))
            .Concat(Earlier(site).Select(e => (From: e.Url, To: e.Document.Url)))
            .OrderBy(r => r.From, StringComparer.Ordinal);
        foreach (var (from, to) in all)
            rules.Append(from).Append(' ').Append(to).Append(" 301\n");
        yield return OutputFile.OfText(RulesFile, RedirectsMessages.RedirectRules, rules.ToString());
    }

    /// <summary>One line for each document whose earlier addresses now redirect to it.</summary>
    public override IEnumerable<Message> Summary(SiteModel site) =>
        Earlier(site)
            .GroupBy(e => e.Document)
            .OrderBy(g => g.Key.AddressAt.File, StringComparer.Ordinal)
            .Select(g => g.Count() == 1
                ? RedirectsMessages.EarlierAddressRedirects(g.Key.AddressAt.File, g.First().Url, g.Key.Url)
                : RedirectsMessages.EarlierAddressesRedirect(g.Key.AddressAt.File, string.Join(", ", g.Select(e => e.Url)), g.Key.Url));

    /// <summary>Old addresses that are not pages (<c>/archiv/zapis.php</c>): only the rule answers them, so no file may be there.</summary>
    public override IEnumerable<ClaimedAddress> Addresses(SiteModel site) =>
        Redirects(site)
            .Where(r => !HasPage(r.Alias))
            .Select(r => new ClaimedAddress(r.Alias.Path, new OldAddressClaim(r.Document, r.Alias)));

    /// <summary>A redirect page can only stand where a browser expects a page: a folder address or an .html file.</summary>
    private static bool HasPage(OldAddress alias) =>
        alias.Path.EndsWith('/') || alias.Path.EndsWith(".html", StringComparison.Ordinal);

    /// <summary>
    /// Earlier addresses of documents that nothing else uses: not a document's address, not an alias, each once (for
    /// the first document in file order that had it); in path order. Pages and files of the site that still claim one
    /// of them are found when the pages are planned (<see cref="EarlierAddressClaim"/>).
    /// </summary>
    private IEnumerable<EarlierAddress> Earlier(SiteModel site)
    {
        if (earlierAddresses.Count == 0) yield break;
        var taken = new HashSet<string>(site.Documents.Select(d => d.Url), StringComparer.Ordinal);
        taken.UnionWith(site.Documents.SelectMany(d => Of(d).Select(a => a.Path)));
        var earlier = earlierAddresses
            .SelectMany(source => source.EarlierAddresses(site))
            .Where(e => AliasPath.IsValid(e.Url) && e.Url.EndsWith('/'))
            .OrderBy(e => e.Url, StringComparer.Ordinal)
            .ThenBy(e => e.Document.Source, StringComparer.Ordinal);
        foreach (var address in earlier)
        {
            if (taken.Add(address.Url)) yield return address;
        }
    }

    /// <summary>Every old address, in path order and, for one path, in the order of the files and lines naming it.</summary>
    private static IEnumerable<(OldAddress Alias, Document Document)> Redirects(SiteModel site) =>
        site.Documents
            .SelectMany(d => Of(d).Select(a => (Alias: a, Document: d)))
            .OrderBy(r => r.Alias.Path, StringComparer.Ordinal)
            .ThenBy(r => r.Alias.At.File, StringComparer.Ordinal)
            .ThenBy(r => r.Alias.At.Line);
}
