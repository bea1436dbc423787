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

    public override IEnumerable<OutputFile> Files(PlannedSite planned) =>
        DocumentScope.All(planned.Site).Select(scope =>
        {
            var feed = AtomFeed.Of(scope.PageUrl, scope.Title, scope.Documents);
            return scope.File(feed.Url, FeedsMessages.Feed, stream => AtomWriter.Write(stream, feed, planned.Site.Settings, planned.Texts));
        });

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
        new(DocumentScope.OfRegion(site, region).Title, AtomFeed.RegionUrl(region));

    private static FeedLink GroupFeed(SiteModel site, Region region, WorkingGroup group) =>
        new(DocumentScope.OfGroup(site, region, group).Title, AtomFeed.GroupUrl(group));
}
