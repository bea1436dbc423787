using Publisher.Core.Model;

namespace Publisher.Core.Pages;

// The data each layout reads as `data`: small read-only views over the model, one per page kind.

public sealed record YearLink(int Year, string Url, int Count);

public sealed record YearSection(int Year, string Url, IReadOnlyList<Document> Documents);

public sealed record RegionSummary(Region Region, int DocumentCount);

public sealed record GroupSummary(WorkingGroup Group, int DocumentCount, Document? Latest);

public sealed record TagSummary(Tag Tag, int Count);

public sealed record HomeView(
    IReadOnlyList<RegionSummary> Regions,
    IReadOnlyList<Document> Latest,
    IReadOnlyList<Document> Announcements,
    IReadOnlyList<YearLink> Years,
    int DocumentCount);

public sealed record RegionIndexView(IReadOnlyList<RegionSummary> Regions);

public sealed record RegionView(
    Region Region,
    IReadOnlyList<GroupSummary> Groups,
    IReadOnlyList<YearLink> Years,
    IReadOnlyList<Document> Latest,
    int DocumentCount);

public sealed record RegionYearView(Region Region, int Year, IReadOnlyList<Document> Documents);

/// <summary>One page of a working group's documents, newest first, under the headings of their years.</summary>
public sealed record GroupView(Region Region, WorkingGroup Group, IReadOnlyList<YearSection> Years, int DocumentCount, Pagination Pagination);

public sealed record GroupYearView(Region Region, WorkingGroup Group, int Year, IReadOnlyList<Document> Documents);

public sealed record YearIndexView(IReadOnlyList<YearLink> Years);

public sealed record TagIndexView(IReadOnlyList<TagSummary> Tags);

/// <summary>One page of a long list (a year, a tag, a document type).</summary>
public sealed record ListingView(IReadOnlyList<Document> Documents, Pagination Pagination, int Total);

public sealed record DocumentView(Document Document, MeetingNeighbours Neighbours);

public sealed record NotFoundView(IReadOnlyList<RegionSummary> Regions);
