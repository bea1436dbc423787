using Publisher.Core.Diagnostics;
using Publisher.Core.Extensions.Redirects;
using Publisher.Core.Model;
using Publisher.Core.Pages;

namespace Publisher.Core.Extensions.History;

/// <summary>
/// What a document's page shows of its history; <see cref="More"/> changes beyond those listed are only counted. Every
/// document page has one, <see cref="IsKnown"/> false when there is no history to show (no repository, a file not
/// committed yet), so the layout can ask for it on every page.
/// </summary>
public sealed record HistoryView(bool IsKnown, DateOnly FirstPublished, DateOnly LastChanged, bool IsAmended, IReadOnlyList<Change> Changes, int More)
{
    public static readonly HistoryView Unknown = new(false, default, default, false, [], 0);
}

/// <summary>
/// The change history of every document, read from the git history of its file: when it was first published, when it
/// was last changed and its changes, on its page; and the addresses its earlier versions had, which
/// <see cref="RedirectsExtension"/> keeps working. A file changed but not committed yet shows its history up to the last
/// commit, so the page depends only on what is committed.
/// </summary>
public sealed class HistoryExtension : SiteExtension, IEarlierAddressSource
{
    public override string Name => "history";

    public override object? Index(SiteModel site, SiteInput input, DiagnosticBag diagnostics) =>
        RepositoryHistory.Read(input, site.Documents, diagnostics);

    public override object? PageData(Page page, SiteModel site)
    {
        if (page is not { Layout: "document", Document: { } document }) return null;
        if (IndexOf(site)?.Of(document) is not { } history) return HistoryView.Unknown;
        return new HistoryView(true, history.FirstPublished, history.LastChanged, history.IsAmended, history.Changes,
            history.ChangeCount - history.Changes.Count);
    }

    public IEnumerable<EarlierAddress> EarlierAddresses(SiteModel site) =>
        IndexOf(site) is not { } index
            ? []
            : site.Documents.SelectMany(d => (index.Of(d)?.EarlierUrls ?? []).Select(url => new EarlierAddress(d, url)));

    private HistoryIndex? IndexOf(SiteModel site) => site.Features.GetValueOrDefault(Name) as HistoryIndex;
}
