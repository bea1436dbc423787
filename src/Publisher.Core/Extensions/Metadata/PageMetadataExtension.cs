using Publisher.Core.Model;
using Publisher.Core.Pages;

namespace Publisher.Core.Extensions.Metadata;

/// <summary>
/// What a page tells search engines and social networks about itself. The Open Graph tags are the theme's
/// (<c>partials/page-metadata.html</c>); this feature gives a document's page its schema.org description as JSON-LD,
/// which the theme puts into a <c>&lt;script type="application/ld+json"&gt;</c> data block, read as
/// <c>page.features.metadata.json_ld</c>.
/// </summary>
public sealed class PageMetadataExtension : SiteExtension
{
    public override string Name => "metadata";

    public override object? PageData(Page page, SiteModel site) =>
        page is { IsDocumentsOwnPage: true, Document: { } document } ? new DocumentMetadata(document, site.Settings) : null;
}

/// <summary>
/// The schema.org description of a document's page. It is made when the page is rendered and not kept: a site of
/// 100,000 documents would otherwise hold all of them from planning to the end.
/// </summary>
public sealed record DocumentMetadata(Document Document, SiteSettings Settings)
{
    /// <summary>JSON in which <c>&lt;</c>, <c>&gt;</c> and <c>&amp;</c> are escaped, so that no value can end the script element holding it.</summary>
    [Derived]
    public string JsonLd => SchemaOrg.Describe(Document, Settings);
}
