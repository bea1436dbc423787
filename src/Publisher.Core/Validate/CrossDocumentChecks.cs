using Publisher.Core.Diagnostics;
using Publisher.Core.Model;

namespace Publisher.Core.Validate;

/// <summary>
/// Checks that need all documents at once: every referenced plan exists, and the versions of one plan belong to
/// one region. (Two documents on one address are found when pages are planned, with every other file's address.)
/// Drafts take no part: they are not published, so they can neither collide nor be referenced.
/// </summary>
public static class CrossDocumentChecks
{
    public static IReadOnlyList<Document> Published(IReadOnlyList<ValidatedDocument> documents, DiagnosticBag diagnostics)
    {
        var published = documents.Where(d => !d.IsDraft).ToList();
        CheckPlans(published, diagnostics);
        return published.Select(d => d.Document).ToList();
    }

    private static void CheckPlans(List<ValidatedDocument> documents, DiagnosticBag diagnostics)
    {
        var plans = new Dictionary<string, ValidatedDocument>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            if (document.Document.Plan is not { } plan) continue;
            if (!plans.TryGetValue(plan.Id, out var first))
            {
                plans[plan.Id] = document;
            }
            else if (first.Document.Region.Id != document.Document.Region.Id)
            {
                diagnostics.Error(document.DisplayPath, document.Title.Line, 1,
                    $"plan '{plan.Id}' already belongs to region '{first.Document.Region.Id}' ({first.DisplayPath}); versions of one plan must share the region");
            }
        }
        foreach (var document in documents)
        {
            foreach (var reference in document.PlanReferences)
            {
                if (!plans.ContainsKey(reference.Value))
                    diagnostics.Error(document.DisplayPath, reference.Line, reference.Column,
                        $"'plans': no plan has the id '{reference.Value}'{ClosestMatch.Hint(reference.Value, plans.Keys)}");
            }
        }
    }
}
