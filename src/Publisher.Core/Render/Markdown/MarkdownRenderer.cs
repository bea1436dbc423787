using System.Text;
using Markdig;
using Markdig.Extensions.SmartyPants;
using Markdig.Extensions.Tables;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Publisher.Core.Diagnostics;
using Publisher.Core.Extensions;

namespace Publisher.Core.Render.Markdown;

/// <summary>
/// Markdown bodies to HTML: pipe tables, heading ids, auto-links, footnotes and Czech typographic quotes.
/// Links whose address could run script become plain text, and raw HTML in the source goes through an
/// allow-list sanitizer; both report what they removed. The pipeline is built once, with the Markdown the site's
/// features add, and shared by all threads.
/// </summary>
public sealed class MarkdownRenderer
{
    private readonly MarkdownPipeline _pipeline;

    /// <param name="features">Features that may add Markdown syntax (<see cref="SiteExtension.SetupMarkdown"/>).</param>
    public MarkdownRenderer(IEnumerable<SiteExtension> features) => _pipeline = BuildPipeline(features);

    /// <summary>The Markdown of the core alone.</summary>
    public static MarkdownRenderer Core { get; } = new([]);

    /// <param name="into">
    /// An empty buffer to render the HTML into, which then holds it (<see cref="MarkdownHtml.Markup"/>) until it is used
    /// again; the HTML gets a string of its own when none is given.
    /// </param>
    public MarkdownHtml Render(string markdown, MarkdownContext? context = null, StringBuilder? into = null)
    {
        context ??= MarkdownContext.Empty;
        markdown = WithoutUnencodableCharacters(markdown);
        if (LinkAddressDepth.FirstTooDeep(markdown) is var tooDeep and >= 0)
            throw new UnrenderableMarkdownException(MarkdownMessages.LinkAddressesTooDeep(LinkAddressDepth.MaxDepth), null,
                new SourceLines(markdown, context.FirstLine).Locate(tooDeep));
        MarkdownDocument document;
        try
        {
            document = Markdig.Markdown.Parse(markdown, _pipeline);
        }
        catch (ArgumentException e)
        {
            throw Unrenderable(e);
        }
        // Gathered before links are taken apart below, which would hide raw HTML around them from a later look.
        var nodes = BodyNodes.Of(document);
        var lines = new SourceLines(markdown, context.FirstLine);
        IReadOnlyDictionary<string, HeadingBlock> headings;
        IReadOnlyList<string> headingTexts;
        try
        {
            headings = HeadingIdentifiers.Assign(nodes.Headings, context.ThemeIds, out headingTexts);
        }
        catch (ArgumentException e)
        {
            // A heading's text is written out to make its id, which meets the same depth limit as rendering it.
            throw Unrenderable(e);
        }
        var (findings, linksLeft) = RemoveUnsafeLinks(nodes.Links, lines);
        var documentLinks = new DocumentLinks(context);
        var links = LinkAddresses(linksLeft, lines, documentLinks, findings);
        PrepareTables(nodes.Tables);
        KeepOneTopLevelHeading(nodes.Headings);

        var buffer = into?.Clear() ?? ThreadTextBuffer.Take();
        var output = new StringWriter(buffer);
        ReadOnlyMemory<char> html;
        RawHtmlSourceMap sourceMap;
        try
        {
            var renderer = new HtmlRenderer(output);
            _pipeline.Setup(renderer);
            TiedWords.Attach(renderer);
            sourceMap = RawHtmlSourceMap.Attach(renderer, output);
            renderer.Render(document);
            html = into is null ? output.ToString().AsMemory() : TextOf(into);
        }
        catch (ArgumentException e)
        {
            throw Unrenderable(e);
        }
        finally
        {
            if (into is null) ThreadTextBuffer.Return(buffer);
        }

        // Markdig's own markup needs no cleaning; only bodies that carry the editor's HTML pay for the sanitizer.
        if (nodes.HasRawHtml)
        {
            var sanitizer = new RawHtmlSanitizer(sourceMap, lines, context.ThemeIds, headings, documentLinks);
            html = sanitizer.Sanitize(html.ToString()).AsMemory();
            findings.AddRange(sanitizer.Findings);
            links.AddRange(sanitizer.Links);
        }
        return new MarkdownHtml(html,
            [.. findings.OrderBy(f => f.Line).ThenBy(f => f.Column)],
            [.. links.OrderBy(l => l.Line).ThenBy(l => l.Column)],
            headingTexts);
    }

    /// <summary>
    /// The text of a buffer without a copy when it is one block of memory, as a reused buffer soon is (it grows in
    /// blocks, and emptying it joins them into one); a copy otherwise.
    /// </summary>
    private static ReadOnlyMemory<char> TextOf(StringBuilder buffer)
    {
        var chunks = buffer.GetChunks();
        if (!chunks.MoveNext()) return ReadOnlyMemory<char>.Empty;
        var first = chunks.Current;
        return chunks.MoveNext() ? buffer.ToString().AsMemory() : first;
    }

    /// <summary>
    /// Pipe tables, footnotes, Czech quotes and exact source positions from Markdig; heading ids and links made of
    /// bare addresses by this project's own code, which takes time linear in the body where Markdig's does not;
    /// numbered lists that leave a Czech date at the start of a line as text.
    /// </summary>
    private static MarkdownPipeline BuildPipeline(IEnumerable<SiteExtension> features)
    {
        var builder = new MarkdownPipelineBuilder()
            .UsePipeTables()
            .UseFootnotes()
            .UseSmartyPants(CzechQuotes())
            .UsePreciseSourceLocation();
        builder.Extensions.Add(new HeadingIdentifiers());
        builder.Extensions.Add(new CzechDateLines());
        var anchors = new RawAnchorTracker();
        builder.InlineParsers.Replace<AutolinkInlineParser>(anchors);
        // First, as Markdig's own parser of bare addresses is: "www.…" must not be read as plain text first.
        builder.InlineParsers.Insert(0, new BareUrlParser(anchors));
        foreach (var feature in features)
            feature.SetupMarkdown(builder);
        return builder.Build();
    }

    /// <summary>
    /// Markdig refuses input nested beyond its depth limit (hundreds of brackets, quotes or emphasis levels), while
    /// parsing and again while rendering emphasis, rather than overflow the stack.
    /// </summary>
    private static UnrenderableMarkdownException Unrenderable(ArgumentException e) =>
        new(MarkdownMessages.Unrenderable(e.Message), e);

    /// <summary>Takes the links that could run script out of the body; one finding for each.</summary>
    /// <param name="links">The body's links and autolinks in document order, all found before any is taken apart.</param>
    /// <returns>The findings, and the links left, in document order: a removed link's text stays, and so does any image in it.</returns>
    private static (List<BodyFinding> Findings, List<Inline> Left) RemoveUnsafeLinks(List<Inline> links, SourceLines lines)
    {
        var removals = new List<BodyFinding>();
        var left = new List<Inline>(links.Count);
        foreach (var inline in links)
        {
            switch (inline)
            {
                case AutolinkInline autolink when !UrlPolicy.IsAllowedLink(autolink.Url):
                    removals.Add(Removal(lines, autolink, autolink.Url));
                    autolink.ReplaceBy(new LiteralInline(autolink.Url));
                    break;
                case LinkInline link when IsUnsafe(link):
                    removals.Add(Removal(lines, link, link.Url));
                    // Keep what the reader sees (the link text or an image's alternative text), drop the address. Each
                    // child goes after the one before: Markdig's InsertBefore leaves the inserted inline without its
                    // previous sibling, which hides what stands before it from every later walk of the paragraph.
                    Inline place = link;
                    foreach (var child in link.ToList())
                    {
                        child.Remove();
                        place.InsertAfter(child);
                        place = child;
                    }
                    link.Remove();
                    break;
                default:
                    left.Add(inline);
                    break;
            }
        }
        return (removals, left);
    }

    /// <summary>
    /// The address of every link and image the Markdown writes, at its position, as the page's <c>href</c> or
    /// <c>src</c> will hold it (Markdig percent-encodes addresses). Links to another document's <c>.md</c> file get
    /// that document's address first. Footnote references are Markdig's own and always lead somewhere.
    /// </summary>
    /// <param name="bodyLinks">The body's links and autolinks, in document order.</param>
    private static List<BodyLink> LinkAddresses(List<Inline> bodyLinks, SourceLines lines, DocumentLinks documentLinks, List<BodyFinding> findings)
    {
        var links = new List<BodyLink>();
        using var escaped = new StringWriter();
        var escaper = new HtmlRenderer(escaped);
        foreach (var inline in bodyLinks)
        {
            // Markdig's inline line numbers are off inside setext headings; the character offset is exact.
            var at = lines.Locate(inline.Span.Start);
            string? url;
            if (inline is LinkInline link)
            {
                url = link.GetDynamicUrl?.Invoke() ?? link.Url;
                if (url is not null && !link.IsImage && documentLinks.Resolve(url, at, findings) is var resolved && !ReferenceEquals(resolved, url))
                    link.Url = url = resolved;
                if (url is not null && documentLinks.OnPage(url) is var onPage && !ReferenceEquals(onPage, url))
                {
                    link.GetDynamicUrl = null;
                    link.Url = url = onPage;
                }
            }
            else
            {
                url = (inline as AutolinkInline)?.Url;
            }
            if (url is null) continue;
            escaped.GetStringBuilder().Clear();
            escaper.WriteEscapeUrl(inline is AutolinkInline { IsEmail: true } ? "mailto:" + url : url);
            links.Add(new BodyLink(System.Net.WebUtility.HtmlDecode(escaped.ToString()), at.Line, at.Column));
        }
        return links;
    }

    /// <summary>
    /// Prepares body tables for the site. Markdig aligns columns with <c>style</c> attributes, which the content
    /// security policy blocks, so alignment becomes a class the stylesheet defines (<c>align-left</c>,
    /// <c>align-center</c>, <c>align-right</c>). Tables scroll sideways on small screens, so they take keyboard
    /// focus, and having no caption syntax in Markdown, they are named after the heading of their section.
    /// </summary>
    private static void PrepareTables(List<(Table Table, HeadingBlock? Heading)> tables)
    {
        foreach (var (table, heading) in tables)
            PrepareTable(table, heading);
    }

    private static void PrepareTable(Table table, HeadingBlock? heading)
    {
        var columns = table.ColumnDefinitions;
        foreach (var row in table.OfType<TableRow>())
        {
            for (var i = 0; i < row.Count; i++)
            {
                // The column a cell belongs to, chosen the way Markdig's table renderer chooses it.
                var cell = (TableCell)row[i];
                var index = Math.Min(cell.ColumnIndex >= 0 && cell.ColumnIndex < columns.Count ? cell.ColumnIndex : i, columns.Count - 1);
                if (index >= 0 && columns[index].Alignment is { } alignment)
                    cell.GetAttributes().AddClass("align-" + alignment.ToString().ToLowerInvariant());
            }
        }
        foreach (var column in columns)
            column.Alignment = null;

        var attributes = table.GetAttributes();
        attributes.AddProperty("tabindex", "0");
        if (heading?.GetAttributes().Id is { } id)
            attributes.AddProperty("aria-labelledby", id);
    }

    /// <summary>
    /// The page's title is its only level-1 heading, so a body that uses '#' headings has all its headings
    /// moved one level down, keeping their order.
    /// </summary>
    private static void KeepOneTopLevelHeading(List<HeadingBlock> headings)
    {
        if (!headings.Exists(h => h.Level == 1)) return;
        foreach (var heading in headings)
            heading.Level = Math.Min(heading.Level + 1, 6);
    }

    private static bool IsUnsafe(LinkInline link) =>
        link.IsImage ? !UrlPolicy.IsAllowedImage(link.Url) : !UrlPolicy.IsAllowedLink(link.Url);

    private static BodyFinding Removal(SourceLines lines, Inline inline, string? url)
    {
        // Markdig's inline line numbers are off inside setext headings; the character offset is exact.
        var (line, column) = lines.Locate(inline.Span.Start);
        return new BodyFinding(line, column, Severity.Warning, MarkdownMessages.LinkAddressRemoved(url ?? "", UrlPolicy.WhyNotAllowed(url)));
    }

    /// <summary>
    /// Replaces what no file can hold but a string can with U+FFFD: UTF-16 halves without their pair, which Markdig
    /// cannot percent-encode in link addresses, and the noncharacters U+FFFE and U+FFFF, which Unicode normalisation
    /// (heading ids) refuses and the HTML parser reads as the end of the text.
    /// </summary>
    private static string WithoutUnencodableCharacters(string text)
    {
        // Every body goes through here and nearly none has such characters: a vectorised search rules them out first.
        var span = text.AsSpan();
        if (span.IndexOfAnyInRange('\uD800', '\uDFFF') < 0 && span.IndexOfAny('\uFFFE', '\uFFFF') < 0) return text;
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1])) i++;
            else if (char.IsSurrogate(chars[i]) || chars[i] is '\uFFFE' or '\uFFFF') chars[i] = '\uFFFD';
        }
        return new string(chars);
    }

    /// <summary>„Czech“ double and ‚single‘ quotes; dashes and ellipses as typographic characters.</summary>
    private static SmartyPantOptions CzechQuotes()
    {
        var options = new SmartyPantOptions();
        options.Mapping[SmartyPantType.LeftDoubleQuote] = "„";
        options.Mapping[SmartyPantType.RightDoubleQuote] = "“";
        options.Mapping[SmartyPantType.LeftQuote] = "‚";
        options.Mapping[SmartyPantType.RightQuote] = "‘";
        options.Mapping[SmartyPantType.Dash2] = "–";
        options.Mapping[SmartyPantType.Dash3] = "—";
        options.Mapping[SmartyPantType.Ellipsis] = "…";
        return options;
    }
}
