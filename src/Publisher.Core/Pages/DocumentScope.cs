using Publisher.Core.Diagnostics;
using Publisher.Core.Extensions;
using Publisher.Core.Model;

namespace Publisher.Core.Pages;

/// <summary>
/// A part of the site that a feature publishes one file for, next to the page that lists it (a feed, a calendar): the
/// whole site, a region or a working group, with its documents and the name a reader's application shows for it.
/// </summary>
/// <param name="PageUrl">The page that lists the scope's documents.</param>
/// <param name="Title">The region or group, then the site, as in a page's title; groups of different regions often
/// share a name ("Senioři"), so a group's region is named too.</param>
/// <param name="Documents">Newest first, as the model's lists keep them.</param>
public sealed record DocumentScope(string PageUrl, string Title, IReadOnlyList<Document> Documents, Region? Region, WorkingGroup? Group)
{
    /// <summary>The whole site, then each region followed by its working groups, in the order of <c>regions.yml</c>.</summary>
    public static IEnumerable<DocumentScope> All(SiteModel site)
    {
        yield return new DocumentScope(UrlScheme.Home, site.Settings.Title, site.Documents, null, null);
        foreach (var region in site.Regions.Regions)
        {
            yield return OfRegion(site, region);
            foreach (var group in region.Groups)
                yield return OfGroup(site, region, group);
        }
    }

    public static DocumentScope OfRegion(SiteModel site, Region region) =>
        new(region.Url, $"{region.Name} – {site.Settings.Title}", site.Index.OfRegion(region), region, null);

    public static DocumentScope OfGroup(SiteModel site, Region region, WorkingGroup group) =>
        new(group.Url, $"{group.Name} ({region.Name}) – {site.Settings.Title}", site.Index.OfGroup(group), region, group);

    /// <summary>
    /// The scope's file at <paramref name="url"/>. A region's or group's is claimed by the region, whose id decides
    /// where the file is, so a collision is reported where <c>regions.yml</c> gives it.
    /// </summary>
    /// <param name="file">What the file is, without an article, for messages: "feed", "kanál novinek".</param>
    public OutputFile File(string url, Message file, Action<Stream> write)
    {
        var claim = Region is null ? null
            : new RegionFileClaim(Region, Group is null ? PagesMessages.FileOfRegion(file, Region.Id) : PagesMessages.FileOfGroup(file, Group.Id, Region.Id));
        return new OutputFile(UrlScheme.OutputPath(url), claim?.Description ?? PagesMessages.FileOfSite(file), write) { Claim = claim };
    }
}
