using Publisher.Core.Model;
using Publisher.Core.Pages;
using Publisher.Core.Theming;

namespace Publisher.Core.Extensions.Feeds;

/// <summary>How a page links a feed: its name in a reader and its address.</summary>
public sealed record FeedLink(string Title, string Url);

/// <summary>
/// Atom feeds of new documents, so that citizens subscribe instead of checking the site: <c>/feed.xml</c> for the
/// whole site, and <c>feed.xml</c> next to the page of each region and working group. Every page names the site's
/// feed in its head (<c>url.feed</c>); the pages of a region or group, their years and their documents name theirs
/// (<c>page.features.feeds</c>).
/// </summary>
public sealed class FeedsExtension : SiteExtension
{
    public const string FeatureName = "feeds";

    public override string Name => FeatureName;

    public override ThemeNeeds ThemeNeeds { get; } = new([], AtomWriter.TextKeys);

    public override IEnumerable<KeyValuePair<string, object>> Urls { get; } = [new("feed", AtomFeed.SiteUrl)];

    public override IEnumerable<OutputFile> Files(PlannedSite planned)
    {
        var (site, texts) = (planned.Site, planned.Texts);
        var settings = site.Settings;
        yield return File(AtomFeed.Of(UrlScheme.Home, settings.Title, site.Documents), null);
        foreach (var region in site.Regions.Regions)
        {
            yield return File(AtomFeed.Of(region.Url, AtomFeed.RegionTitle(settings, region), site.Index.OfRegion(region)),
                new RegionFileClaim(region, "the feed"));
            foreach (var group in region.Groups)
                yield return File(AtomFeed.Of(group.Url, AtomFeed.GroupTitle(settings, region, group), site.Index.OfGroup(group)),
                    new RegionFileClaim(region, $"the feed of the working group '{group.Id}'"));
        }

        // A region's id decides where its feeds are, so a collision is reported where regions.yml gives it.
        OutputFile File(AtomFeed feed, RegionFileClaim? claim) =>
            new(UrlScheme.OutputPath(feed.Url), claim?.Description ?? "the site's feed", stream => AtomWriter.Write(stream, feed, settings, texts))
            {
                Claim = claim,
            };
    }

    /// <summary>The feed of what a page lists: its region's or working group's; a document's page names its group's.</summary>
    public override object? PageData(Page page, SiteModel site) => page.Data switch
    {
        RegionView { Region: var region } => RegionFeed(site, region),
        RegionYearView { Region: var region } => RegionFeed(site, region),
        GroupView { Region: var region, Group: var group } => GroupFeed(site, region, group),
        GroupYearView { Region: var region, Group: var group } => GroupFeed(site, region, group),
        DocumentView { Document: { Group: { } group } document } => GroupFeed(site, document.Region, group),
        DocumentView { Document: var document } => RegionFeed(site, document.Region),
        _ => null,
    };

    private static FeedLink RegionFeed(SiteModel site, Region region) =>
        new(AtomFeed.RegionTitle(site.Settings, region), AtomFeed.RegionUrl(region));

    private static FeedLink GroupFeed(SiteModel site, Region region, WorkingGroup group) =>
        new(AtomFeed.GroupTitle(site.Settings, region, group), AtomFeed.GroupUrl(group));
}
