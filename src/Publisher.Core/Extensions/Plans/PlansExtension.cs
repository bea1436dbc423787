using Publisher.Core.Czech;
using Publisher.Core.Diagnostics;
using Publisher.Core.Model;
using Publisher.Core.Pages;
using Publisher.Core.Render.Templates;
using Publisher.Core.Theming;
using Publisher.Core.Validate;

namespace Publisher.Core.Extensions.Plans;

/// <summary>
/// Plans over the years: a plan document's <c>id</c>, <c>period</c>, <c>status</c> and <c>approved_by</c>, and the
/// <c>plans:</c> any document discusses. Checks that every discussed plan exists and that all versions of a plan
/// share a region; publishes a page per plan at <c>/plany/ID/</c> with its versions and the meetings that discussed
/// it, and shows the plans on the pages of the documents and regions concerned.
/// </summary>
public sealed class PlansExtension : SiteExtension
{
    public const string FeatureName = "plans";

    private static readonly string[] Statuses = ["draft", "approved", "in-force", "expired"];

    public override string Name => FeatureName;

    public override ThemeNeeds ThemeNeeds { get; } = new([new("plan", "plan pages")], ["nav.home", "types.plan.plural"]);

    public override IReadOnlyList<string> FrontMatterKeys { get; } = ["plans", "id", "period", "status", "approved_by"];

    public override IEnumerable<KeyValuePair<string, object>> Urls { get; } =
        [new("plan", TemplateFunction.OfText("url.plan", Address))];

    /// <summary>The address of a plan's page.</summary>
    public static string Address(string planId) => $"{UrlScheme.Type(DocumentType.Plan)}{planId}/";

    public override object? ReadDocument(DocumentFrontMatter frontMatter)
    {
        var fields = frontMatter.Fields;
        PlanInfo? plan = null;
        if (frontMatter.Type == DocumentType.Plan)
        {
            plan = ReadPlan(fields);
            if (plan is null) frontMatter.Reject();
        }
        else if (fields.Get("id") is { } id)
        {
            fields.Warning(id, "'id' is only used for plans (type: plan) and is ignored here");
        }
        var references = new List<Located<string>>();
        foreach (var reference in fields.LocatedTextList("plans"))
        {
            if (Slug.IsValid(reference.Value)) references.Add(reference);
            else fields.Error(reference, $"'plans': '{reference.Value}' is not a plan id (lower-case letters, digits and dashes)");
        }
        return plan is null && references.Count == 0 ? null : new PlanFacts(plan, references);
    }

    private static PlanInfo? ReadPlan(YamlFields fields)
    {
        var id = fields.Id("id", "the plan's stable id, shared by all its versions");
        if (id == UrlScheme.PageSegment)
        {
            fields.Error(fields.Get("id")!, $"'id': '{UrlScheme.PageSegment}' is used by the site's page numbering; choose another plan id");
            id = null;
        }
        var status = fields.Text("status");
        if (status is not null && !Statuses.Contains(status))
        {
            fields.Error(fields.Get("status")!, $"'status': '{status}' is not a plan status; use draft, approved, in-force or expired{ClosestMatch.Hint(status, Statuses)}");
            status = null;
        }
        var period = fields.Text("period");
        var approvedBy = fields.Text("approved_by");
        return id is null ? null : new PlanInfo(id, period, status, approvedBy);
    }

    /// <summary>Every discussed plan exists; the versions of one plan belong to one region.</summary>
    public override void Check(IReadOnlyList<Document> published, DiagnosticBag diagnostics)
    {
        var plans = new Dictionary<string, Document>(StringComparer.Ordinal);
        foreach (var document in published)
        {
            if (PlanFacts.Of(document).Plan is not { } plan) continue;
            if (!plans.TryGetValue(plan.Id, out var first))
                plans[plan.Id] = document;
            else if (first.Region.Id != document.Region.Id)
                diagnostics.Error(document.AddressAt.File, document.AddressAt.Line, 1,
                    $"plan '{plan.Id}' already belongs to region '{first.Region.Id}' ({first.AddressAt.File}); versions of one plan must share the region");
        }
        foreach (var document in published)
        {
            foreach (var reference in PlanFacts.Of(document).References)
            {
                if (!plans.ContainsKey(reference.Value))
                    diagnostics.Error(document.AddressAt.File, reference.Line, reference.Column,
                        $"'plans': no plan has the id '{reference.Value}'{ClosestMatch.Hint(reference.Value, plans.Keys)}");
            }
        }
    }

    public override object Index(SiteModel site)
    {
        var discussed = site.Documents
            .SelectMany(d => PlanFacts.Of(d).Discusses.Select(id => (Id: id, Document: d)))
            .ToLookup(x => x.Id, x => x.Document, StringComparer.Ordinal);
        // The site's documents are newest first; a plan's versions are listed oldest first.
        var plans = site.Documents
            .Where(d => PlanFacts.Of(d).Plan is not null)
            .Select(d => new PlanVersion(d, PlanFacts.Of(d).Plan!))
            .GroupBy(v => v.Plan.Id, StringComparer.Ordinal)
            .Select(g =>
            {
                var versions = g.Reverse().ToList();
                return new PlanHistory(g.Key, versions[0].Document.Region, versions, discussed[g.Key].ToList());
            })
            .OrderBy(p => p.Latest.Document.Title, CzechCulture.Collator)
            .ThenBy(p => p.Id, StringComparer.Ordinal)
            .ToList();
        return new PlanIndex(plans);
    }

    private static PlanIndex IndexOf(SiteModel site) => (PlanIndex)site.Features[FeatureName];

    public override IEnumerable<Page> Pages(SiteModel site, UiTexts texts) =>
        IndexOf(site).Plans.Select(plan => new Page(
            plan.Url,
            "plan",
            plan.Latest.Document.Title,
            [
                new Breadcrumb(texts.Get("nav.home"), UrlScheme.Home),
                new Breadcrumb(texts.Get("types.plan.plural"), UrlScheme.Type(DocumentType.Plan)),
                new Breadcrumb(plan.Latest.Document.Title, plan.Url),
            ],
            new PlanView(plan),
            plan.Latest.Document.Summary));

    /// <summary>A document's page shows its plan data and the plans it discusses; a region's page lists the region's plans.</summary>
    public override object? PageData(Page page, SiteModel site) => page.Data switch
    {
        DocumentView { Document: var document } => DocumentPlansOf(document, IndexOf(site)),
        RegionView { Region: var region } => IndexOf(site).OfRegion(region),
        _ => null,
    };

    private static DocumentPlans DocumentPlansOf(Document document, PlanIndex index)
    {
        var facts = PlanFacts.Of(document);
        var discusses = facts.Discusses
            .Select(index.Find)
            .OfType<PlanHistory>()
            .Select(p => new PlanLink(p.Id, p.Latest.Document.Title, p.Url))
            .ToList();
        return new DocumentPlans(facts.Plan, facts.Plan is { } plan ? Address(plan.Id) : null, discusses);
    }

    public override IEnumerable<DocumentFactKind> DocumentFactKinds { get; } =
    [
        new("plans", typeof(IReadOnlyList<string>), "Označení plánů, které dokument projednává."),
        new("plan", typeof(PlanInfo), "Jen u plánů: označení plánu společné všem jeho verzím (id), období (period), stav (status: draft, approved, in-force, expired) a kdo plán schválil (approved_by)."),
    ];

    public override IEnumerable<KeyValuePair<string, object>> DocumentFacts(Document document)
    {
        var facts = PlanFacts.Of(document);
        yield return new("plans", facts.Discusses);
        if (facts.Plan is { } plan) yield return new("plan", plan);
    }
}
