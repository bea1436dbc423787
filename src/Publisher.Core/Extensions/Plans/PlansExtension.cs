using Publisher.Core.Czech;
using Publisher.Core.Diagnostics;
using Publisher.Core.Model;
using Publisher.Core.Pages;
using Publisher.Core.Records;
using Publisher.Core.Render.Templates;
using Publisher.Core.Theming;
using Publisher.Core.Validate;

namespace Publisher.Core.Extensions.Plans;

/// <summary>
/// Plans over the years: a plan document's <c>id</c>, <c>period</c>, <c>status</c> and <c>approved_by</c>, and the
/// <c>plans:</c> any document discusses. Checks that every discussed plan exists and that all versions of a plan
/// share a region; publishes the list of plans by region at <c>/plany/</c>, a page per plan at <c>/plany/ID/</c> with
/// its latest text and its history in date order, a comparison of each two consecutive versions at
/// <c>/plany/ID/srovnani/OLD-NEW/</c>, and shows the plans on the pages of the documents and regions concerned.
/// </summary>
public sealed class PlansExtension : SiteExtension
{
    public const string FeatureName = "plans";

    private static readonly string[] Statuses = ["draft", "approved", "in-force", "expired"];

    public override string Name => FeatureName;

    public override ThemeNeeds ThemeNeeds { get; } = new(
        [new("plan", PlansMessages.PlanPages), new("plans", PlansMessages.PlanList), new("plan-comparison", PlansMessages.PlanComparisons)],
        ["nav.home", "types.plan.plural", "plan_compare.title"]);

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
            fields.Warning(id, PlansMessages.IdOutsidePlan);
        }
        var references = new List<Located<string>>();
        foreach (var reference in fields.LocatedTextList("plans"))
        {
            if (Slug.IsValid(reference.Value)) references.Add(reference);
            else fields.Error(reference, PlansMessages.NotAPlanId(reference.Value));
        }
        return plan is null && references.Count == 0 ? null : new PlanFacts(plan, references);
    }

    public override bool RecordsDocumentData => true;

    public override void WriteDocumentData(RecordWriter writer, object data)
    {
        var facts = (PlanFacts)data;
        writer.Write(facts.Plan is not null);
        if (facts.Plan is { } plan)
        {
            writer.Write(plan.Id);
            writer.WriteOptional(plan.Period);
            writer.WriteOptional(plan.Status);
            writer.WriteOptional(plan.ApprovedBy);
        }
        writer.WriteList(facts.References, (w, reference) =>
        {
            w.Write(reference.Value);
            w.Write(reference.Line);
            w.Write(reference.Column);
        });
    }

    public override object ReadDocumentData(RecordReader reader)
    {
        var plan = reader.ReadBoolean() ? new PlanInfo(reader.ReadString(), reader.ReadOptional(), reader.ReadOptional(), reader.ReadOptional()) : null;
        return new PlanFacts(plan, reader.ReadList(r => new Located<string>(r.ReadString(), r.ReadInt32(), r.ReadInt32())));
    }

    private static PlanInfo? ReadPlan(YamlFields fields)
    {
        var id = fields.Id("id", PlansMessages.IdWhat);
        if (id == UrlScheme.PageSegment)
        {
            fields.Error(fields.Get("id")!, PlansMessages.IdIsPageSegment(UrlScheme.PageSegment));
            id = null;
        }
        var status = fields.Text("status");
        if (status is not null && !Statuses.Contains(status))
        {
            fields.Error(fields.Get("status")!, PlansMessages.UnknownStatus(status, ClosestMatch.Hint(status, Statuses)));
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
                    PlansMessages.PlanInAnotherRegion(plan.Id, first.Region.Id, first.AddressAt.File));
        }
        foreach (var document in published)
        {
            foreach (var reference in PlanFacts.Of(document).References)
            {
                if (!plans.ContainsKey(reference.Value))
                    diagnostics.Error(document.AddressAt.File, reference.Line, reference.Column,
                        PlansMessages.UnknownPlan(reference.Value, ClosestMatch.Hint(reference.Value, plans.Keys)));
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

    /// <summary>
    /// The list of plans by region at <c>/plany/</c>, which takes the place of the core's list of plan documents there;
    /// a page per plan, which shows its latest version's text; a page per pair of consecutive versions comparing them.
    /// </summary>
    public override IEnumerable<Page> Pages(SiteModel site, UiTexts texts)
    {
        var plans = IndexOf(site).Plans;
        var listCrumb = new Breadcrumb(texts.Get("types.plan.plural"), ListAddress);
        var homeCrumb = new Breadcrumb(texts.Get("nav.home"), UrlScheme.Home);
        yield return new Page(ListAddress, "plans", listCrumb.Title, [homeCrumb, listCrumb], ListView(site, plans));
        foreach (var plan in plans)
        {
            var title = plan.Latest.Document.Title;
            var planCrumb = new Breadcrumb(title, plan.Url);
            yield return new Page(plan.Url, "plan", title, [homeCrumb, listCrumb, planCrumb], new PlanView(plan), plan.Latest.Document.Summary,
                Document: plan.Latest.Document);
            foreach (var comparison in plan.Comparisons)
            {
                var comparisonTitle = texts.Format("plan_compare.title", ("title", title),
                    ("older", CzechCulture.FormatDate(comparison.Older.Document.Date)), ("newer", CzechCulture.FormatDate(comparison.Newer.Document.Date)));
                var basis = new PlanComparisonBasis(plan, comparison);
                yield return new Page(comparison.Url, "plan-comparison", comparisonTitle, [homeCrumb, listCrumb, planCrumb, new(comparisonTitle, comparison.Url)], basis)
                {
                    DataFromBodies = readBody => Compare(basis, readBody),
                };
            }
        }
    }

    private static string ListAddress => UrlScheme.Type(DocumentType.Plan);

    private static PlanListView ListView(SiteModel site, IReadOnlyList<PlanHistory> plans)
    {
        var byRegion = plans.ToLookup(p => p.Region.Id, StringComparer.Ordinal);
        var regions = site.Regions.Regions
            .Where(r => byRegion.Contains(r.Id))
            .OrderBy(r => r.Name, CzechCulture.Collator)
            .ThenBy(r => r.Id, StringComparer.Ordinal)
            .Select(r => new RegionPlans(r, byRegion[r.Id].ToList()))
            .ToList();
        return new PlanListView(regions, plans.Count);
    }

    /// <summary>The two versions' sections compared, their bodies read now, when the page is rendered; null when a body cannot be read.</summary>
    private static PlanComparisonView? Compare(PlanComparisonBasis basis, Func<Document, string?> readBody)
    {
        var (plan, comparison) = basis;
        if (readBody(comparison.Older.Document) is not { } older || readBody(comparison.Newer.Document) is not { } newer) return null;
        try
        {
            return new PlanComparisonView(plan, comparison, PlanComparison.Compare(PlanSections.Of(older), PlanSections.Of(newer)));
        }
        catch (ArgumentException)
        {
            // Markdig refuses a body nested beyond its limit; the version's own page reports it, and the build fails there.
            return null;
        }
    }

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
        if (facts.Plan is not { } plan) return new DocumentPlans(null, null, discusses);
        var (withPrevious, withNext) = index.Find(plan.Id)?.ComparisonsOf(document) ?? (null, null);
        return new DocumentPlans(plan, Address(plan.Id), discusses, PlanPeriod.Shown(plan.Period), withPrevious, withNext);
    }

    public override IEnumerable<DocumentFactKind> DocumentFactKinds { get; } =
    [
        new("plans", typeof(IReadOnlyList<string>), "Označení plánů, které dokument projednává.", PlansJson.Default),
        new("plan", typeof(PlanInfo), "Jen u plánů: označení plánu společné všem jeho verzím (id), období (period), stav (status: draft, approved, in-force, expired) a kdo plán schválil (approved_by).", PlansJson.Default),
    ];

    public override IEnumerable<KeyValuePair<string, object>> DocumentFacts(Document document)
    {
        var facts = PlanFacts.Of(document);
        yield return new("plans", facts.Discusses);
        if (facts.Plan is { } plan) yield return new("plan", plan);
    }
}
