namespace Publisher.Core.Pages;

public sealed record Breadcrumb(string Title, string Url);

/// <summary>
/// One HTML page to render: its URL, the theme layout that renders it and the data that layout reads.
/// Pages are produced lazily so the site is rendered and written one page at a time.
/// </summary>
/// <param name="Layout">Name of a layout in the theme's <c>layouts</c> folder.</param>
/// <param name="Data">The page's view of the model; the layout reads it as <c>data</c>.</param>
/// <param name="Document">The document whose Markdown body the page shows; its body is read and rendered with the page.</param>
/// <param name="InBaseLayout">False for pages that are complete documents by themselves (redirects).</param>
public sealed record Page(
    string Url,
    string Layout,
    string Title,
    IReadOnlyList<Breadcrumb> Breadcrumbs,
    object Data,
    string? Description = null,
    Model.Document? Document = null,
    bool InBaseLayout = true)
{
    public string OutputPath => Model.UrlScheme.OutputPath(Url);

    /// <summary>Who claims the page's file, for the message when another claim wants it too.</summary>
    public ClaimSource Claim { get; init; } = new SiteClaim($"the site's page '{Title}'");

    /// <summary>False for a page search engines should not list, such as the not-found page or a redirect: it is left out of the sitemap.</summary>
    public bool Indexable { get; init; } = true;

    /// <summary>What features add to the page, by feature name; templates read it as <c>page.features.NAME</c>.</summary>
    public IReadOnlyDictionary<string, object> Features { get; init; } = NoFeatures;

    private static readonly IReadOnlyDictionary<string, object> NoFeatures = new Dictionary<string, object>();
}
