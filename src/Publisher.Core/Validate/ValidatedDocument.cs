using Publisher.Core.Model;

namespace Publisher.Core.Validate;

/// <summary>A document that passed its own checks, and whether it is a draft, which is checked but not published.</summary>
public sealed record ValidatedDocument(Document Document, bool IsDraft);
