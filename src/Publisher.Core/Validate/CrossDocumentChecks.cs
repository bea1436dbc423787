using Publisher.Core.Diagnostics;
using Publisher.Core.Model;

namespace Publisher.Core.Validate;

/// <summary>
/// Checks that need all documents at once: no two documents (or old addresses) publish to the same URL,
/// every referenced plan exists, and the versions of one plan belong to one region.
/// Drafts take no part: they are not published, so they can neither collide nor be referenced.
/// </summary>
public static class CrossDocumentChecks
{
    public static IReadOnlyList<Document> Published(IReadOnlyList<ValidatedDocument> documents, DiagnosticBag diagnostics)
    {
        var published = documents.Where(d => !d.IsDraft).ToList();
        CheckUniqueUrls(published, diagnostics);
        CheckPlans(published, diagnostics);
        return published.Select(d => d.Document).ToList();
    }

    private static void CheckUniqueUrls(List<ValidatedDocument> documents, DiagnosticBag diagnostics)
    {
        var owners = new Dictionary<string, ValidatedDocument>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            var url = document.Document.Url;
            if (owners.TryGetValue(url, out var first))
            {
                diagnostics.Error(document.DisplayPath, document.Title.Line, document.Title.Column,
                    $"this document publishes to the same address {url} as {first.DisplayPath}; change the title or the date of one of them");
                diagnostics.Error(first.DisplayPath, first.Title.Line, first.Title.Column,
                    $"this document publishes to the same address {url} as {document.DisplayPath}; change the title or the date of one of them");
            }
            else
            {
                owners[url] = document;
            }
        }
        foreach (var document in documents)
        {
            foreach (var alias in document.Aliases)
            {
                if (owners.TryGetValue(alias.Value, out var owner) && owner != document)
                    diagnostics.Error(document.DisplayPath, alias.Line, alias.Column,
                        $"'aliases': {alias.Value} is already the address of {owner.DisplayPath}");
                else if (owner == document)
                    diagnostics.Error(document.DisplayPath, alias.Line, alias.Column, alias.Value == document.Document.Url
                        ? $"'aliases': {alias.Value} is this document's own address"
                        : $"'aliases': {alias.Value} is listed more than once");
                else
                    owners[alias.Value] = document;
            }
        }
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
