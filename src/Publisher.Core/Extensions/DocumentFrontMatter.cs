using Publisher.Core.Model;
using Publisher.Core.Validate;

namespace Publisher.Core.Extensions;

/// <summary>One document's front matter as a feature reads its own keys: located values, and what the core read already.</summary>
/// <param name="Fields">The front matter's keys, with located errors and warnings.</param>
/// <param name="Type">The document's type, when it is valid.</param>
/// <param name="Region">The document's region, when it is valid.</param>
public sealed class DocumentFrontMatter(YamlFields fields, DocumentType? type, Region? region)
{
    public YamlFields Fields { get; } = fields;

    public DocumentType? Type { get; } = type;

    public Region? Region { get; } = region;

    /// <summary>Whether a feature found the document unpublishable as written; its errors are reported.</summary>
    public bool IsRejected { get; private set; }

    /// <summary>Marks the document as not publishable as written (a required key of the feature is missing or wrong).</summary>
    public void Reject() => IsRejected = true;
}
