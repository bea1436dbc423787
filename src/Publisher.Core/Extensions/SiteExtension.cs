using Markdig;
using Publisher.Core.Diagnostics;
using Publisher.Core.Model;
using Publisher.Core.Pages;
using Publisher.Core.Records;
using Publisher.Core.Render.Templates;
using Publisher.Core.Sink;
using Publisher.Core.Theming;

namespace Publisher.Core.Extensions;

/// <summary>
/// A feature of the site, self-contained behind one seam: it may own front-matter keys, read them into its own data
/// about each document, check the site, index the model, add pages, files and addresses, give core pages data of its
/// own, extend the Markdown of bodies and see every rendered page. Each hook does nothing unless the feature overrides
/// it. Features are registered in one place (<see cref="StandardExtensions"/>); the core names none of them.
/// </summary>
/// <remarks>
/// Hooks run in the build's order: <see cref="SetupMarkdown"/> once; <see cref="ReadDocument"/> for every document,
/// on several threads at once; <see cref="Check"/> and <see cref="Index"/> once the documents are read; then
/// <see cref="Pages"/>, <see cref="PageData"/>, <see cref="Files"/>, <see cref="Folders"/> and
/// <see cref="Addresses"/> while pages are planned; <see cref="Rendered"/> for every page, on several threads at once; at the end the files and
/// folders are written. None of them changes the model.
/// </remarks>
public abstract class SiteExtension
{
    /// <summary>
    /// The feature's name: its data about a document is <c>document.features.NAME</c>, about the site
    /// <c>site.Features[NAME]</c>, and what it gives a page <c>page.features.NAME</c> in templates.
    /// </summary>
    public abstract string Name { get; }

    /// <summary>The layouts of the feature's pages and the UI texts its code reads; checked when the theme loads.</summary>
    public virtual ThemeNeeds ThemeNeeds => ThemeNeeds.None;

    /// <summary>The front-matter keys the feature reads; the core reports any key no one reads.</summary>
    public virtual IReadOnlyList<string> FrontMatterKeys => [];

    /// <summary>Adds Markdown syntax to document bodies.</summary>
    public virtual void SetupMarkdown(MarkdownPipelineBuilder pipeline) { }

    /// <summary>
    /// Reads the feature's keys of one document, reporting problems through <paramref name="frontMatter"/>;
    /// the result, when not null, is kept as the document's <c>features.NAME</c>.
    /// </summary>
    public virtual object? ReadDocument(DocumentFrontMatter frontMatter) => null;

    /// <summary>
    /// Whether the feature writes what <see cref="ReadDocument"/> gives into the record of checked documents, which the
    /// next build reads instead of checking an unchanged file again (<see cref="WriteDocumentData"/> and
    /// <see cref="ReadDocumentData"/>). A document with data of a feature that does not is checked again by every build.
    /// </summary>
    public virtual bool RecordsDocumentData => false;

    /// <summary>Writes what <see cref="ReadDocument"/> gave for a document, for <see cref="ReadDocumentData"/> to give back.</summary>
    public virtual void WriteDocumentData(RecordWriter writer, object data) =>
        throw new NotSupportedException($"the feature '{Name}' keeps no record of its data about documents");

    /// <summary>What <see cref="WriteDocumentData"/> wrote; a <see cref="FormatException"/> when the record is damaged.</summary>
    public virtual object ReadDocumentData(RecordReader reader) =>
        throw new NotSupportedException($"the feature '{Name}' keeps no record of its data about documents");

    /// <summary>Checks that need every published document (references between them, say).</summary>
    public virtual void Check(IReadOnlyList<Document> published, DiagnosticBag diagnostics) { }

    /// <summary>The feature's index of the site, built once from the model; kept as <c>site.Features[NAME]</c>.</summary>
    public virtual object? Index(SiteModel site) => null;

    /// <summary>
    /// The feature's index when it also reads what lies around the documents, such as the version history of the input
    /// folder (<paramref name="input"/>), reporting problems to <paramref name="diagnostics"/>. A build calls this one;
    /// by default it is <see cref="Index(SiteModel)"/>.
    /// </summary>
    public virtual object? Index(SiteModel site, SiteInput input, DiagnosticBag diagnostics) => Index(site);

    /// <summary>The feature's own pages.</summary>
    public virtual IEnumerable<Page> Pages(SiteModel site, UiTexts texts) => [];

    /// <summary>
    /// Files the feature writes as they are, not through a layout: feeds, data, rules, a sitemap. Runs once every page is
    /// planned, so a file may list the pages of the site, other features' pages included.
    /// </summary>
    public virtual IEnumerable<OutputFile> Files(PlannedSite planned) => [];

    /// <summary>
    /// Folders the feature fills alone, for sets of files whose names are known only once the pages are rendered (the
    /// shards of a search index). Nothing else may be published inside them; <see cref="Rendered"/> may write into them.
    /// </summary>
    public virtual IEnumerable<OutputFolder> Folders(SiteModel site) => [];

    /// <summary>Addresses the feature answers without a page or file, claimed so that nothing else is published there.</summary>
    public virtual IEnumerable<ClaimedAddress> Addresses(SiteModel site) => [];

    /// <summary>What the feature adds to another page (a document's page, a region's), read in templates as <c>page.features.NAME</c>.</summary>
    public virtual object? PageData(Page page, SiteModel site) => null;

    /// <summary>Facts about a document that the feature publishes in machine-readable form, as name and value, in order.</summary>
    public virtual IEnumerable<KeyValuePair<string, object>> DocumentFacts(Document document) => [];

    /// <summary>
    /// Every fact <see cref="DocumentFacts"/> may yield, whatever the document: its name, the type of its value and what it
    /// means. The open data describes its fields from these (a JSON Schema, the columns of a table) before any document is read.
    /// </summary>
    public virtual IEnumerable<DocumentFactKind> DocumentFactKinds => [];

    /// <summary>
    /// Addresses of the feature's pages that templates may ask for, as <c>url.NAME</c>: a text for a fixed address
    /// (<c>url.search</c>), a <see cref="TemplateFunction"/> for one made from a value (<c>url.plan id</c>).
    /// </summary>
    public virtual IEnumerable<KeyValuePair<string, object>> Urls => [];

    /// <summary>
    /// Sees a rendered page and returns the files it makes of it, each inside one of the feature's <see cref="Folders"/>.
    /// Runs on the rendering threads, several pages at a time: the feature must be safe for that.
    /// </summary>
    public virtual IEnumerable<PageFile> Rendered(RenderedPageText page) => [];

    /// <summary>
    /// Lines the feature adds to the build's summary, for things an editor should know that are not problems (an
    /// address the build now redirects by itself); each is printed on one line.
    /// </summary>
    public virtual IEnumerable<Message> Summary(SiteModel site) => [];

    /// <summary>
    /// The core model with every feature's index of it; with <paramref name="input"/>, as a build makes it, each feature
    /// may also read around the documents (<see cref="Index(SiteModel, SiteInput, DiagnosticBag)"/>).
    /// </summary>
    public static SiteModel IndexAll(SiteModel core, IReadOnlyList<SiteExtension> features, SiteInput? input = null, DiagnosticBag? diagnostics = null) => core with
    {
        Features = features
            .Select(f => (f.Name, Index: input is null ? f.Index(core) : f.Index(core, input, diagnostics ?? new DiagnosticBag())))
            .Where(f => f.Index is not null)
            .ToDictionary(f => f.Name, f => f.Index!, StringComparer.Ordinal),
    };

    /// <summary>A page with what every feature adds to it (<see cref="PageData"/>).</summary>
    public static Page WithPageData(Page page, SiteModel site, IReadOnlyList<SiteExtension> features)
    {
        Dictionary<string, object>? data = null;
        foreach (var feature in features)
        {
            if (feature.PageData(page, site) is { } value)
                (data ??= new(StringComparer.Ordinal))[feature.Name] = value;
        }
        return data is null ? page : page with { Features = data };
    }
}

/// <summary>The site as its pages are planned: the model, the theme's UI texts, and every page that won its address, in the plan's order.</summary>
public sealed record PlannedSite(SiteModel Site, UiTexts Texts, IReadOnlyList<Page> Pages);

/// <summary>What a feature may read of the input beyond the model: where the input folder is, and how a build reads a document.</summary>
/// <param name="Directory">The input folder, as the build was given it.</param>
/// <param name="DisplayRoot">How messages name the input folder ("input").</param>
/// <param name="ReadDocument">
/// The document a text would be if it were the file at a path below the input folder (an earlier version of it, say),
/// read and checked as the build reads documents; null when it has errors or is a draft, so it would not be published.
/// </param>
public sealed record SiteInput(string Directory, string DisplayRoot, Func<string, string, Document?> ReadDocument);

/// <summary>A fact a feature publishes about documents (<see cref="SiteExtension.DocumentFacts"/>), described for data users.</summary>
/// <param name="Type">The .NET type of the value, as it is serialised: a text, a list of texts, a record of texts.</param>
/// <param name="Description">What the fact says, in the site's language, for the schema and the open data page.</param>
/// <param name="Json">A contract for <paramref name="Type"/> generated when the program is compiled (a
/// <see cref="System.Text.Json.Serialization.JsonSerializerContext"/>): the published program, compiled ahead of time to
/// native code, cannot make one by reflection.</param>
public sealed record DocumentFactKind(string Name, Type Type, string Description, System.Text.Json.Serialization.Metadata.IJsonTypeInfoResolver Json);

/// <summary>A file an extension writes as it is (not through a layout): feeds, data files, redirect rules.</summary>
/// <param name="Description">How messages name the file when something else claims its address, e.g. "the open data file" (<see cref="ClaimSource.Description"/>).</param>
/// <param name="Write">Writes the file's content to a stream, so that a large file is never held in memory whole.</param>
public sealed record OutputFile(string Path, Message Description, Action<Stream> Write)
{
    /// <summary>
    /// Who claims the file, for the message when another claim wants it too: a claim made in content when content
    /// decides the path (a region's feed is claimed where regions.yml gives the region its id); null for a file the
    /// site adds by itself.
    /// </summary>
    public ClaimSource? Claim { get; init; }

    /// <summary>A small file whose text is known at once.</summary>
    public static OutputFile OfText(string path, Message description, string text) =>
        new(path, description, stream => stream.Write(System.Text.Encoding.UTF8.GetBytes(text)));
}

/// <summary>A folder a feature fills alone.</summary>
/// <param name="Path">The folder's path in the output, with forward slashes and no trailing one ("hledat/index").</param>
/// <param name="Description">How messages name the folder when something else claims an address inside it (<see cref="ClaimSource.Description"/>).</param>
/// <param name="WriteAtEnd">Writes what the folder holds once every page is rendered; names given to the sink are relative to the folder.</param>
public sealed record OutputFolder(string Path, Message Description, Action<IOutputSink> WriteAtEnd);

/// <summary>A file a feature makes from one rendered page; its path is in the output, inside one of the feature's folders.</summary>
/// <param name="Content">
/// The file's bytes, which may lie in a buffer the feature writes its next file into: each file is written before the
/// next is asked for, so a feature need not copy every file it makes out of such a buffer.
/// </param>
public sealed record PageFile(string Path, ReadOnlyMemory<byte> Content);

/// <summary>An address an extension answers without a file of its own, such as a redirect rule's old address.</summary>
public sealed record ClaimedAddress(string Url, ClaimSource Source);

/// <summary>A rendered page as features see it: its address, its HTML and, when it shows a document, the text of the body.</summary>
/// <param name="Html">The page's HTML, made only when asked for and only while <see cref="SiteExtension.Rendered"/> runs:
/// pages are rendered into buffers that the next page reuses, and most features never read the whole page.</param>
/// <param name="BodyText">The body's plain text, made only when asked for; null for a page without a body. Like the HTML,
/// it may lie in a buffer that the next page reuses: read it while <see cref="SiteExtension.Rendered"/> runs.</param>
/// <param name="BodyHeadings">The plain text of the body's headings, in order; empty for a page without a body.</param>
public sealed record RenderedPageText(SiteModel Site, Page Page, Func<string> Html, Func<ReadOnlyMemory<char>?> BodyText, IReadOnlyList<string> BodyHeadings);
