namespace Publisher.Core.Model;

/// <summary>Everything the site shows, built once and then only read by the rendering stages.</summary>
public sealed record SiteModel(SiteSettings Settings, RegionCatalog Regions, IReadOnlyList<Document> Documents, SiteIndex Index)
{
    /// <summary>Each feature's index of the site, by the feature's name.</summary>
    public IReadOnlyDictionary<string, object> Features { get; init; } = new Dictionary<string, object>();
}

/// <summary>The documents of a tag, for tag pages.</summary>
public sealed record TagListing(Tag Tag, IReadOnlyList<Document> Documents);

/// <summary>The previous and next meeting of the same working group.</summary>
public sealed record MeetingNeighbours(Document? Previous, Document? Next)
{
    public static readonly MeetingNeighbours None = new(null, null);
}

/// <summary>
/// Lists of documents by region, group, year, tag and type, each newest first. List pages read
/// these instead of scanning all documents, so building every list page stays linear in the site's size.
/// </summary>
/// <param name="Announcements">Documents announcing a next meeting on or after the build's day, soonest meeting first.</param>
public sealed record SiteIndex(
    IReadOnlyDictionary<string, IReadOnlyList<Document>> ByRegion,
    IReadOnlyDictionary<WorkingGroup, IReadOnlyList<Document>> ByGroup,
    IReadOnlyDictionary<int, IReadOnlyList<Document>> ByYear,
    IReadOnlyList<int> Years,
    IReadOnlyList<TagListing> Tags,
    IReadOnlyDictionary<DocumentType, IReadOnlyList<Document>> ByType,
    IReadOnlyDictionary<string, MeetingNeighbours> Neighbours,
    IReadOnlyList<Document> Announcements)
{
    public IReadOnlyList<Document> OfRegion(Region region) => ByRegion.GetValueOrDefault(region.Id) ?? [];
    public IReadOnlyList<Document> OfGroup(WorkingGroup group) => ByGroup.GetValueOrDefault(group) ?? [];
    public IReadOnlyList<Document> OfType(DocumentType type) => ByType.GetValueOrDefault(type) ?? [];
    public MeetingNeighbours NeighboursOf(Document document) => Neighbours.GetValueOrDefault(document.Url) ?? MeetingNeighbours.None;
}
