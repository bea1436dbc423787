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
public sealed record PlanVersion(Document Document, PlanInfo Plan);

/// <summary>All versions of one plan (oldest first) and the documents that discuss it (newest first).</summary>
public sealed record PlanHistory(string Id, Region Region, IReadOnlyList<PlanVersion> Versions, IReadOnlyList<Document> DiscussedIn)
{
    public PlanVersion Latest => Versions[^1];

    public string Url => PlansExtension.Address(Id);
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

/// <summary>What a document's page shows of plans: the plan it is a version of, and links to the plans it discusses.</summary>
public sealed record DocumentPlans(PlanInfo? Plan, string? PlanUrl, IReadOnlyList<PlanLink> Discusses);

/// <summary>The layout of a plan's page reads this as <c>data</c>.</summary>
public sealed record PlanView(PlanHistory Plan);
