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
                SameAddress(document, first, diagnostics);
                SameAddress(first, document, diagnostics);
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

    /// <summary>
    /// Reports that <paramref name="document"/> has the address of <paramref name="other"/>, at its 'slug:' if it has one,
    /// else at its title. Titles that differ only after the first <see cref="Slug.MaxLength"/> characters of their
    /// addresses cannot be told apart by changing them a little, so then a 'slug:' is offered.
    /// </summary>
    private static void SameAddress(ValidatedDocument document, ValidatedDocument other, DiagnosticBag diagnostics)
    {
        var fix = document.Slug is not null || other.Slug is not null
            ? "give one of them another 'slug:'"
            : Slug.IsCut(document.Document.Title) || Slug.IsCut(other.Document.Title)
                ? $"addresses use only the first {Slug.MaxLength} characters of the title, so give one of them its own 'slug:' (e.g. slug: {OwnSlug(document.Document, other.Document)})"
                : "change the title or the date of one of them";
        var at = document.Slug ?? document.Title;
        diagnostics.Error(document.DisplayPath, at.Line, at.Column,
            $"this document publishes to the same address {document.Document.Url} as {other.DisplayPath}; {fix}");
    }

    /// <summary>
    /// A 'slug:' that gives <paramref name="document"/> an address of its own: the segment made from its date and title,
    /// with the title taken up to its first word that differs from <paramref name="other"/>'s, or numbered when its
    /// title has no such word within the length of an id.
    /// </summary>
    private static string OwnSlug(Document document, Document other)
    {
        var date = IsoText.Date(document.Date);
        var current = Slug.From(document.Title);
        var words = Slug.From(document.Title, int.MaxValue).Split('-');
        var otherWords = Slug.From(other.Title, int.MaxValue).Split('-');
        for (var count = 1; count <= words.Length; count++)
        {
            var longer = string.Join('-', words[..count]);
            if (date.Length + 1 + longer.Length > Slug.MaxIdLength) break;
            if (longer.Length > current.Length && words[count - 1] != otherWords.ElementAtOrDefault(count - 1))
                return $"{date}-{longer}";
        }
        return UrlScheme.DocumentSegment(document.Date, document.Title) + "-2";
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
