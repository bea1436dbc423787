using Publisher.Core.Diagnostics;
using Publisher.Core.Model;

namespace Publisher.Core.Pages;

/// <summary>
/// The claim of a region's pages (the region, its years, its working groups), made where <c>regions.yml</c> gives the
/// region its id: a region id that is one of the site's own addresses (<c>rok</c>, <c>regiony</c>, a feature's) is
/// found here, whatever the site or its features publish.
/// </summary>
public sealed record RegionClaim(Region Region) : ClaimSource(PagesMessages.Region(Region.Id), Region.At)
{
    public override Message Remedy => PagesMessages.GiveTheRegionAnotherId;
}

/// <summary>
/// The claim of a file a feature publishes among a region's pages (a working group's feed), made where the region's
/// pages are claimed: the region's id decides where the file is.
/// </summary>
/// <param name="Description">What the file is, naming the region: <see cref="PagesMessages.FileOfRegion"/>, <see cref="PagesMessages.FileOfGroup"/>.</param>
public sealed record RegionFileClaim(Region Region, Message Description) : ClaimSource(Description, Region.At)
{
    public override Message Remedy => PagesMessages.GiveTheRegionAnotherId;
}
