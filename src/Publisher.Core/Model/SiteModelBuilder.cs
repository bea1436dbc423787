using Publisher.Core.Czech;

namespace Publisher.Core.Model;

/// <summary>Builds the immutable <see cref="SiteModel"/> and its indexes from validated, published documents.</summary>
public static class SiteModelBuilder
{
    /// <summary>Newest first; ties broken by time, title (Czech order) and URL so the order never depends on input order.</summary>
    public static readonly IComparer<Document> NewestFirst = Comparer<Document>.Create((a, b) =>
    {
        var byDate = b.Date.CompareTo(a.Date);
        if (byDate != 0) return byDate;
        var byTime = Nullable.Compare(b.Time, a.Time);
        if (byTime != 0) return byTime;
        var byTitle = CzechCulture.Collator.Compare(a.Title, b.Title);
        return byTitle != 0 ? byTitle : string.CompareOrdinal(a.Url, b.Url);
    });

    /// <param name="today">The build's day: only meetings on or after it are announced.</param>
    public static SiteModel Build(SiteSettings settings, RegionCatalog regions, IEnumerable<Document> published, DateOnly today)
    {
        var documents = published.Order(NewestFirst).ToList();

        var byRegion = Group(documents, d => d.Region.Id);
        var byGroup = Group(documents.Where(d => d.Group is not null), d => d.Group!);
        var byYear = Group(documents, d => d.Date.Year);
        var byType = Group(documents, d => d.Type);

        var tags = documents
            .SelectMany(d => d.Tags.Select(t => (Tag: t, Document: d)))
            .GroupBy(x => x.Tag.Slug, StringComparer.Ordinal)
            .Select(g => new TagListing(
                // One display name per slug: the Czech-first spelling, so "Bydlení" and "bydlení" share a page.
                g.Select(x => x.Tag).OrderBy(t => t.Name, CzechCulture.Collator).ThenBy(t => t.Name, StringComparer.Ordinal).First(),
                g.Select(x => x.Document).Distinct(ReferenceEqualityComparer.Instance).Cast<Document>().ToList()))
            .OrderBy(t => t.Tag.Name, CzechCulture.Collator)
            .ThenBy(t => t.Tag.Slug, StringComparer.Ordinal)
            .ToList();

        var neighbours = new Dictionary<string, MeetingNeighbours>(StringComparer.Ordinal);
        foreach (var (_, groupDocuments) in byGroup)
        {
            var meetings = groupDocuments.Where(d => d.Type == DocumentType.Minutes).ToList();
            for (var i = 0; i < meetings.Count; i++)
            {
                // meetings is newest first: the next meeting is the one before it in the list.
                neighbours[meetings[i].Url] = new MeetingNeighbours(
                    Previous: i + 1 < meetings.Count ? meetings[i + 1] : null,
                    Next: i > 0 ? meetings[i - 1] : null);
            }
        }

        var announcements = documents
            .Where(d => d.NextMeeting is { } next && next.Date >= today)
            .OrderBy(d => d.NextMeeting!.Date)
            .ThenBy(d => d.NextMeeting!.Time ?? TimeOnly.MinValue)
            .ThenBy(d => d, NewestFirst)
            .ToList();

        var index = new SiteIndex(
            byRegion, byGroup, byYear,
            byYear.Keys.OrderDescending().ToList(),
            tags, byType, neighbours, announcements);
        return new SiteModel(settings, regions, documents, index);
    }

    /// <summary>Groups an already sorted list, keeping the order inside each group.</summary>
    private static IReadOnlyDictionary<TKey, IReadOnlyList<Document>> Group<TKey>(IEnumerable<Document> documents, Func<Document, TKey> key)
        where TKey : notnull =>
        documents.GroupBy(key).ToDictionary(g => g.Key, g => (IReadOnlyList<Document>)g.ToList());
}
