using Publisher.Core.Model;
using Publisher.Core.Validate;

namespace Publisher.Core.Extensions.Plans;

/// <summary>What only a plan document carries: the stable id shared by its versions and its approval data.</summary>
public sealed record PlanInfo(string Id, string? Period, string? Status, string? ApprovedBy);

/// <summary>What the plans feature knows about one document: the plan it is a version of, and the plans it discusses.</summary>
/// <param name="References">The ids of its <c>plans:</c> list, where they are written.</param>
public sealed record PlanFacts(PlanInfo? Plan, IReadOnlyList<Located<string>> References)
{
    /// <summary>The ids of the plans the document discusses, each once, in the order written.</summary>
    public IReadOnlyList<string> Discusses { get; } = References.Select(r => r.Value).Distinct(StringComparer.Ordinal).ToList();

    public static PlanFacts Of(Document document) =>
        document.Features.TryGetValue(PlansExtension.FeatureName, out var facts) ? (PlanFacts)facts : None;

    private static readonly PlanFacts None = new(null, []);
}

/// <summary>One version of a plan: the document and its plan data.</summary>
public sealed record PlanVersion(Document Document, PlanInfo Plan)
{
    /// <summary>The period as pages show it, years joined by an en dash ("2020–2022").</summary>
    public string? Period => PlanPeriod.Shown(Plan.Period);
}

/// <summary>All versions of one plan (oldest first) and the documents that discuss it (newest first).</summary>
public sealed record PlanHistory(string Id, Region Region, IReadOnlyList<PlanVersion> Versions, IReadOnlyList<Document> DiscussedIn)
{
    // Positions by the document itself, not by the value of all its fields.
    private readonly Dictionary<object, int> _positions = Versions
        .Select((version, position) => (Document: (object)version.Document, position))
        .ToDictionary(v => v.Document, v => v.position, ReferenceEqualityComparer.Instance);

    public PlanVersion Latest => Versions[^1];

    public string Url => PlansExtension.Address(Id);

    /// <summary>Each version compared with the one before it, oldest first.</summary>
    public IReadOnlyList<VersionComparison> Comparisons { get; } = VersionComparison.Between(Id, Versions);

    /// <summary>The comparison of a version with the one before it, and with the one after it; null where there is none.</summary>
    public (VersionComparison? WithPrevious, VersionComparison? WithNext) ComparisonsOf(Document version) =>
        _positions.TryGetValue(version, out var position)
            ? (position > 0 ? Comparisons[position - 1] : null, position < Comparisons.Count ? Comparisons[position] : null)
            : (null, null);
}

/// <summary>
/// Two consecutive versions of a plan and the address of their comparison, <c>/plany/ID/srovnani/OLD-NEW/</c>, where a
/// version is named by its date, and the second and later versions of one date by the date and their number ("2021-02-01-2").
/// </summary>
public sealed record VersionComparison(PlanVersion Older, PlanVersion Newer, string Url)
{
    public const string Segment = "srovnani";

    public static IReadOnlyList<VersionComparison> Between(string planId, IReadOnlyList<PlanVersion> versions)
    {
        var keys = new string[versions.Count];
        for (var i = 0; i < versions.Count; i++)
        {
            var date = IsoText.Date(versions[i].Document.Date);
            var sameDate = 1;
            while (i - sameDate >= 0 && versions[i - sameDate].Document.Date == versions[i].Document.Date) sameDate++;
            keys[i] = sameDate == 1 ? date : $"{date}-{sameDate}";
        }
        return Enumerable.Range(1, Math.Max(0, versions.Count - 1))
            .Select(i => new VersionComparison(versions[i - 1], versions[i], $"{PlansExtension.Address(planId)}{Segment}/{keys[i - 1]}-{keys[i]}/"))
            .ToList();
    }
}

/// <summary>The plans of the site in Czech order of their latest titles, by id and by region.</summary>
public sealed class PlanIndex
{
    private readonly Dictionary<string, PlanHistory> _byId;
    private readonly ILookup<string, PlanHistory> _byRegion;

    public PlanIndex(IReadOnlyList<PlanHistory> plans)
    {
        Plans = plans;
        _byId = plans.ToDictionary(p => p.Id, StringComparer.Ordinal);
        _byRegion = plans.ToLookup(p => p.Region.Id, StringComparer.Ordinal);
    }

    public IReadOnlyList<PlanHistory> Plans { get; }

    public PlanHistory? Find(string id) => _byId.GetValueOrDefault(id);

    public IReadOnlyList<PlanHistory> OfRegion(Region region) => _byRegion[region.Id].ToList();
}

/// <summary>A plan as a link: its id, latest title and page.</summary>
public sealed record PlanLink(string Id, string Title, string Url);

/// <summary>
/// What a document's page shows of plans: the plan it is a version of (its period with an en dash, and its comparisons
/// with the versions before and after it), and links to the plans it discusses.
/// </summary>
public sealed record DocumentPlans(PlanInfo? Plan, string? PlanUrl, IReadOnlyList<PlanLink> Discusses,
    string? Period = null, VersionComparison? ComparedWithPrevious = null, VersionComparison? ComparedWithNext = null);

/// <summary>The layout of a plan's page reads this as <c>data</c>: the plan, and everything about it in date order.</summary>
public sealed record PlanView(PlanHistory Plan)
{
    public IReadOnlyList<TimelineEntry> Timeline { get; } = TimelineEntry.Of(Plan);
}

public enum TimelineKind { Version, Approval, Discussion }

/// <summary>
/// One event in a plan's history: a version published, a version approved (by <c>approved_by</c>, on the version's
/// date), or a document that discusses the plan.
/// </summary>
/// <param name="Version">The version, for a version or its approval.</param>
/// <param name="Comparison">For a version, its comparison with the version before it.</param>
public sealed record TimelineEntry(DateOnly Date, TimelineKind Kind, Document Document, PlanVersion? Version, VersionComparison? Comparison)
{
    /// <summary>The kind as templates test it: "version", "approval" or "discussion".</summary>
    public string KindKey => Kind.ToString().ToLowerInvariant();

    /// <summary>Everything about a plan, oldest first; on one day a version comes before its approval and both before discussions.</summary>
    public static IReadOnlyList<TimelineEntry> Of(PlanHistory plan)
    {
        var entries = new List<TimelineEntry>(plan.Versions.Count * 2 + plan.DiscussedIn.Count);
        for (var i = 0; i < plan.Versions.Count; i++)
        {
            var version = plan.Versions[i];
            entries.Add(new(version.Document.Date, TimelineKind.Version, version.Document, version, i > 0 ? plan.Comparisons[i - 1] : null));
            if (version.Plan.ApprovedBy is not null)
                entries.Add(new(version.Document.Date, TimelineKind.Approval, version.Document, version, null));
        }
        // Discussions are listed newest first; reversed, they are oldest first like the versions, so the sort keeps their order on one day.
        entries.AddRange(plan.DiscussedIn.Reverse().Select(d => new TimelineEntry(d.Date, TimelineKind.Discussion, d, null, null)));
        return entries.OrderBy(e => e.Date).ThenBy(e => e.Kind).ToList();
    }
}

/// <summary>The page of all plans (<c>/plany/</c>) reads this as <c>data</c>: the plans of each region, regions in Czech order.</summary>
public sealed record PlanListView(IReadOnlyList<RegionPlans> Regions, int Total);

public sealed record RegionPlans(Region Region, IReadOnlyList<PlanHistory> Plans);

/// <summary>What a comparison page is made from besides the two versions' bodies, until they are read and compared.</summary>
public sealed record PlanComparisonBasis(PlanHistory Plan, VersionComparison Versions);

/// <summary>
/// The layout of a comparison page reads this as <c>data</c>: the plan, the two versions and their sections compared,
/// with the totals of words added and removed.
/// </summary>
public sealed record PlanComparisonView(PlanHistory Plan, VersionComparison Versions, IReadOnlyList<SectionComparison> Sections)
{
    public int WordsAdded { get; } = Sections.Sum(s => s.Diff.WordsAdded);
    public int WordsRemoved { get; } = Sections.Sum(s => s.Diff.WordsRemoved);
    /// <summary>True when a section was too long to compare word by word and is shown replaced whole.</summary>
    public bool AnyReplacedWhole { get; } = Sections.Any(s => s.Diff.ReplacedWhole);
}
