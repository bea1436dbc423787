using Publisher.Core.Diagnostics;
using Publisher.Core.Model;

namespace Publisher.Core.Pages;

/// <summary>
/// The claim of a region's pages (the region, its years, its working groups), made where <c>regions.yml</c> gives the
/// region its id: a region id that is one of the site's own addresses (<c>rok</c>, <c>regiony</c>, a feature's) is
/// found here, whatever the site or its features publish.
/// </summary>
public sealed record RegionClaim(Region Region) : ClaimSource($"the region '{Region.Id}' of regions.yml", Region.At)
{
    public override string Fix => Remedy.English;

    public override Message Remedy => PagesMessages.GiveTheRegionAnotherId;

    public override Message Collision(string address, ClaimSource other) => PagesMessages.AlsoClaimedBy(address, other.Description, Remedy);
}

/// <summary>
/// The claim of a file a feature publishes among a region's pages (a working group's feed), made where the region's
/// pages are claimed: the region's id decides where the file is.
/// </summary>
/// <param name="What">What the file is, for messages: "the feed", "the feed of the working group 'seniori'".</param>
public sealed record RegionFileClaim(Region Region, string What) : ClaimSource($"{What} of the region '{Region.Id}' in regions.yml", Region.At)
{
    public override string Fix => Remedy.English;

    public override Message Remedy => PagesMessages.GiveTheRegionAnotherId;

    public override Message Collision(string address, ClaimSource other) => PagesMessages.AlsoClaimedBy(address, other.Description, Remedy);
}
