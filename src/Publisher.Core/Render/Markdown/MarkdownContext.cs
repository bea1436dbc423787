namespace Publisher.Core.Render.Markdown;

/// <summary>What rendering a body needs to know about the page and the site around it.</summary>
/// <param name="ThemeIds">
/// Element ids the page's layout writes itself: heading ids avoid them, and a raw HTML id that repeats one is removed.
/// </param>
/// <param name="SourcePath">The document's file below the input folder, with forward slashes (<c>documents/zatec/2020/x.md</c>).</param>
/// <param name="FirstLine">The line of that file the body starts on, after the front matter: findings and links are located in the file.</param>
/// <param name="ResolveDocument">
/// Where the document whose file is at a path below the input folder is published. A link whose address is a
/// relative path ending in <c>.md</c> is such a path, relative to <paramref name="SourcePath"/>, and is replaced by
/// the document's address; without a resolver such links are left as written.
/// </param>
/// <param name="ShownAwayFrom">
/// The address of the document's own page when the body is shown on another page (a plan's page shows its latest
/// version): relative addresses in the body are then written from the site's root, to lead where they lead from the
/// document's page. A bare <c>#fragment</c> stays as written, as the body brings the ids it names along.
/// </param>
public sealed record MarkdownContext(
    IReadOnlySet<string> ThemeIds,
    string SourcePath = "",
    int FirstLine = 1,
    Func<string, DocumentLinkTarget>? ResolveDocument = null,
    string? ShownAwayFrom = null)
{
    public static MarkdownContext Empty { get; } = new(new HashSet<string>());
}

/// <summary>
/// What a link to another document's file leads to: its published address, or null when no published document
/// has that file, with the path of the file the editor most likely meant when there is one.
/// </summary>
public sealed record DocumentLinkTarget(string? Url, string? ClosestSourcePath = null);
