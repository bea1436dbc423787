using Publisher.Core.Model;
using Publisher.Core.Pages;

namespace Publisher.Core.Extensions.Sitemap;

/// <summary>
/// <c>/sitemap.xml</c> for search engines, listing the absolute address of every page the site publishes, other
/// features' pages included, except those no search engine should list (<see cref="Page.Indexable"/>: the not-found
/// page, redirects); a document's page carries the document's date as its last change. <c>/robots.txt</c> allows
/// everything and names the sitemap.
/// </summary>
public sealed class SitemapExtension : SiteExtension
{
    public const string RobotsPath = "robots.txt";

    public override string Name => "sitemap";

    public override IEnumerable<OutputFile> Files(PlannedSite planned)
    {
        var site = planned.Site;
        yield return OutputFile.OfText(RobotsPath, SitemapMessages.RulesForSearchEngines,
            $"User-agent: *\nAllow: /\n\nSitemap: {site.Settings.Absolute("/" + SitemapFiles.IndexPath)}\n");
        foreach (var file in SitemapFiles.Of(Entries(site, planned.Pages), site.Settings.Absolute))
            yield return file;
    }

    private static IReadOnlyList<SitemapEntry> Entries(SiteModel site, IReadOnlyList<Page> pages) =>
        pages.Where(p => p.Indexable)
            .Select(p => new SitemapEntry(site.Settings.Absolute(p.Url), p.IsDocumentsOwnPage ? p.Document!.Date : null))
            .ToList();
}
