using Publisher.Core.Model;

namespace Publisher.Core.Validate;

/// <summary>A document that passed its own checks, with the positions that checks across documents report.</summary>
/// <param name="Slug">The editor's 'slug:', when the document's address does not come from its title.</param>
public sealed record ValidatedDocument(
    Document Document,
    bool IsDraft,
    string DisplayPath,
    Located<string> Title,
    IReadOnlyList<Located<string>> PlanReferences,
    IReadOnlyList<Located<string>> Aliases,
    Located<string>? Slug);
