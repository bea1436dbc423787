using Publisher.Core.Model;

namespace Publisher.Core.Validate;

/// <summary>A document that passed its own checks, with the positions that checks across documents report.</summary>
public sealed record ValidatedDocument(
    Document Document,
    bool IsDraft,
    string DisplayPath,
    Located<string> Title,
    IReadOnlyList<Located<string>> PlanReferences);
