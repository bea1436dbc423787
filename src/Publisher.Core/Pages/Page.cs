namespace Publisher.Core.Pages;

public sealed record Breadcrumb(string Title, string Url);

/// <summary>
/// One HTML page to render: its URL, the theme layout that renders it and the data that layout reads.
/// Pages are produced lazily so the site is rendered and written one page at a time.
/// </summary>
/// <param name="Layout">Name of a layout in the theme's <c>layouts</c> folder.</param>
/// <param name="Data">The page's view of the model; the layout reads it as <c>data</c>.</param>
/// <param name="Document">
/// The document whose Markdown body the page shows; its body is read and rendered with the page. A page other than
/// the document's own (a plan's page showing its latest version) shows the body as the document's page does: its
/// relative links lead where they lead from the document's address, and what the body holds is reported, checked and
/// indexed on the document's own page only (<see cref="IsDocumentsOwnPage"/>).
/// </param>
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

    /// <summary>True for the page at the address of the document whose body it shows.</summary>
    public bool IsDocumentsOwnPage => Document is not null && Document.Url == Url;

    /// <summary>
    /// Makes the page's data when it is rendered, from the Markdown bodies of documents (two versions compared), so
    /// that bodies are read one page at a time instead of all being held while pages are planned; null when
    /// <see cref="Data"/> is all the page needs. It is given a reader of bodies, which returns null for a body that
    /// cannot be read and reports why; it returns null when it cannot make the data, and the page is not written.
    /// It makes the data from <see cref="Data"/> and the bodies it reads alone: a later build keeps the page, rather than
    /// render it again, when <see cref="Data"/> and those bodies did not change.
    /// </summary>
    public Func<Func<Model.Document, string?>, object?>? DataFromBodies { get; init; }

    /// <summary>Who claims the page's file, for the message when another claim wants it too.</summary>
    public ClaimSource Claim { get; init; } = new SiteClaim(PagesMessages.SitePage(Title));

    /// <summary>False for a page search engines should not list, such as the not-found page or a redirect: it is left out of the sitemap.</summary>
    public bool Indexable { get; init; } = true;

    /// <summary>What features add to the page, by feature name; templates read it as <c>page.features.NAME</c>.</summary>
    public IReadOnlyDictionary<string, object> Features { get; init; } = NoFeatures;

    private static readonly IReadOnlyDictionary<string, object> NoFeatures = new Dictionary<string, object>();
}
