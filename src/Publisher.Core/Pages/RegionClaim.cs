using Publisher.Core.Model;

namespace Publisher.Core.Pages;

/// <summary>
/// The claim of a region's pages (the region, its years, its working groups), made where <c>regions.yml</c> gives the
/// region its id: a region id that is one of the site's own addresses (<c>rok</c>, <c>regiony</c>, a feature's) is
/// found here, whatever the site or its features publish.
/// </summary>
public sealed record RegionClaim(Region Region) : ClaimSource($"the region '{Region.Id}' of regions.yml", Region.At)
{
    public override string Fix => "give the region another id in regions.yml";
}
