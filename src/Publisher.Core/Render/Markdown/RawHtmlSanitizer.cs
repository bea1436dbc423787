using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Ganss.Xss;
using Markdig.Syntax;
using Publisher.Core.Diagnostics;

namespace Publisher.Core.Render.Markdown;

/// <summary>
/// Cleans a rendered body that contains raw HTML from the Markdown source, keeping only an allow-list of
/// structural and text markup, and reports every removal at its line in the Markdown file, as well as raw HTML
/// that is never closed and would take the rest of the body with it.
/// A new instance per body: the sanitizer's events carry per-body state.
/// </summary>
internal sealed class RawHtmlSanitizer
{
    // Markup a set of minutes can reasonably need, and everything the Markdown renderer itself writes
    // (the whole body is cleaned at once). No forms, frames, media or styles.
    private static readonly HashSet<string> AllowedTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "abbr", "b", "blockquote", "br", "caption", "cite", "code", "col", "colgroup", "dd", "del", "details",
        "dfn", "div", "dl", "dt", "em", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "ins",
        "kbd", "li", "mark", "ol", "p", "pre", "q", "s", "samp", "section", "small", "span", "strong", "sub", "summary",
        "sup", "table", "tbody", "td", "tfoot", "th", "thead", "time", "tr", "u", "ul", "var", "wbr",
    };

    private static readonly string[] AllowedAttributes =
    [
        "abbr", "alt", "aria-labelledby", "cite", "class", "colspan", "datetime", "dir", "headers", "height", "href", "id", "lang",
        "open", "reversed", "rowspan", "scope", "span", "src", "start", "tabindex", "title", "type", "width",
    ];

    private static readonly string[] UriAttributes = ["href", "src", "cite"];

    // Removed together with their content: what they contain is code or an embedded document, not text for readers.
    private static readonly HashSet<string> DroppedWithContent = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "template", "noscript",
        "svg", "math", "textarea", "select", "title", "head", "link", "meta", "base",
    };

    // Parsing after an explicit <body> keeps everything in the body, even a leading <style> or <meta>.
    private const string DocumentPrefix = "<!DOCTYPE html><body>";

    private readonly HtmlSanitizer _sanitizer = new(new HtmlSanitizerOptions
    {
        AllowedTags = AllowedTags,
        AllowedAttributes = new HashSet<string>(AllowedAttributes, StringComparer.OrdinalIgnoreCase),
        AllowedSchemes = new HashSet<string>(UrlPolicy.LinkSchemes, StringComparer.OrdinalIgnoreCase),
        UriAttributes = new HashSet<string>(UriAttributes, StringComparer.OrdinalIgnoreCase),
        AllowedCssProperties = new HashSet<string>(),
        AllowedAtRules = new HashSet<AngleSharp.Css.Dom.CssRuleType>(),
    })
    { KeepChildNodes = true };

    private readonly BodyLocator _locator;
    private readonly IReadOnlySet<string> _themeIds;
    private readonly IReadOnlyDictionary<string, HeadingBlock> _headings;
    private readonly DocumentLinks _documentLinks;
    private readonly List<BodyFinding> _findings = [];
    private readonly List<BodyLink> _links = [];
    private IReadOnlySet<IElement> _unclosed = new HashSet<IElement>();

    /// <param name="headings">The body's headings by the ids they were given.</param>
    public RawHtmlSanitizer(RawHtmlSourceMap sourceMap, SourceLines lines, IReadOnlySet<string> themeIds,
        IReadOnlyDictionary<string, HeadingBlock> headings, DocumentLinks documentLinks)
    {
        _locator = new BodyLocator(sourceMap, lines, DocumentPrefix.Length);
        _themeIds = themeIds;
        _headings = headings;
        _documentLinks = documentLinks;
        _sanitizer.RemovingAttribute += (_, e) => OnRemovingAttribute(e.Tag, e.Attribute, e.Reason);
        _sanitizer.FilterUrl += (_, e) =>
        {
            if (e.SanitizedUrl is null && e.Tag.LocalName == "img" && UrlPolicy.IsAllowedImage(e.OriginalUrl))
                e.SanitizedUrl = e.OriginalUrl;
            else if (!UrlPolicy.IsValid(e.SanitizedUrl))
                e.SanitizedUrl = null;
        };
    }

    public IReadOnlyList<BodyFinding> Findings => _findings;

    /// <summary>The link and image addresses of the raw HTML that was kept, in document order.</summary>
    public IReadOnlyList<BodyLink> Links => _links;

    public string Sanitize(string html)
    {
        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
        var marker = UnclosedMarkup.Marker(html);
        using var document = parser.ParseDocument(DocumentPrefix + html + marker);
        _unclosed = UnclosedMarkup.Report(document, html, marker, DroppedWithContent.Contains, _locator, _findings);
        RemoveTagsNotAllowed(document.Body!);
        _sanitizer.SanitizeDom(document, document.Body);
        ReviewRawElements(document.Body!);
        return HtmlTree.InnerHtml(document.Body!);
    }

    /// <summary>
    /// Removes the elements that are not allowed, in one pass over the tree: those whose content is code or an
    /// embedded document go with their content, the others leave their content in their place. The sanitizer would
    /// remove them one by one, each time searching the parent's children, which for a paragraph of 100,000 pasted
    /// <c>&lt;font&gt;</c> tags takes minutes; here each parent's children are rebuilt once.
    /// </summary>
    private void RemoveTagsNotAllowed(IElement body)
    {
        var parents = new Stack<Node>();
        parents.Push((Node)body);
        while (parents.Count > 0)
        {
            var parent = parents.Pop();
            var children = ((INode)parent).ChildNodes;
            var kept = new List<Node>(children.Length);
            var changed = false;
            // The children in order, with those of every removed element that keeps its content in its place.
            var pending = new Stack<Node>();
            for (var i = children.Length - 1; i >= 0; i--) pending.Push((Node)children[i]);
            while (pending.Count > 0)
            {
                var node = pending.Pop();
                if (node is not IElement element || AllowedTags.Contains(element.LocalName))
                {
                    kept.Add(node);
                    if (node is IElement) parents.Push(node);
                    continue;
                }
                changed = true;
                Removed(element);
                if (DroppedWithContent.Contains(element.LocalName)) continue;
                var content = ((INode)node).ChildNodes;
                for (var i = content.Length - 1; i >= 0; i--)
                {
                    var child = (Node)content[i];
                    pending.Push(child);
                    node.RemoveNode(i, child);
                }
            }
            if (!changed) continue;
            // Taken out from the end and added in order, so each step takes constant time.
            for (var i = children.Length - 1; i >= 0; i--) parent.RemoveNode(i, (Node)children[i]);
            foreach (var node in kept) parent.AddNode(node);
        }
    }

    private void Removed(IElement element)
    {
        var name = element.LocalName;
        // An element that is never closed is already an error, which says what it would take with it.
        if (_unclosed.Contains(element)) return;
        if (DroppedWithContent.Contains(name))
            Report(element, MarkdownMessages.RemovedWithContent(name, Amount(element.TextContent), ReasonFor(name)));
        else
            Report(element, MarkdownMessages.RemovedTextKept(name));
    }

    private void OnRemovingAttribute(IElement tag, IAttr attribute, RemoveReason reason)
    {
        var name = attribute.Name;
        var why = reason == RemoveReason.NotAllowedUrlValue
            ? UrlPolicy.HasAllowedScheme(attribute.Value)
                ? UrlPolicy.WhyNotAllowed(attribute.Value)
                : MarkdownMessages.OnlyAllowedSchemesAndPictures(string.Join(", ", UrlPolicy.LinkSchemes))
            : name.StartsWith("on", StringComparison.OrdinalIgnoreCase) ? MarkdownMessages.EventHandlersNotAllowed
            : name.Equals("style", StringComparison.OrdinalIgnoreCase) ? MarkdownMessages.InlineStylesNotAllowed
            : MarkdownMessages.AttributeNotAllowed;
        Report(tag, MarkdownMessages.AttributeRemoved(name, Shorten(attribute.Value), tag.LocalName, why));
    }

    /// <summary>
    /// What the sanitizer kept of the editor's HTML: ids must be unique on the page, so one that a heading, a footnote,
    /// the page's layout or an earlier element already has is removed (the others keep theirs, since links point to
    /// headings, and the layout and footnotes are not the editor's to change); links to other documents' files get
    /// those documents' addresses; every address is collected.
    /// </summary>
    private void ReviewRawElements(IElement body)
    {
        var raw = new List<IElement>();
        var generatedIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var element in HtmlTree.Descendants(body).OfType<IElement>())
        {
            if (_locator.IsRaw(element)) raw.Add(element);
            else if (element.GetAttribute("id") is { } id) generatedIds.Add(id);
        }

        var rawIds = new Dictionary<string, IElement>(StringComparer.Ordinal);
        foreach (var element in raw)
        {
            if (element.GetAttribute("id") is { } id)
            {
                if (IdOwner(id, generatedIds, rawIds) is { } owner)
                {
                    element.RemoveAttribute("id");
                    Report(element, MarkdownMessages.DuplicateIdRemoved(Shorten(id), element.LocalName, owner));
                }
                else
                {
                    rawIds[id] = element;
                }
            }
            foreach (var attribute in (string[])["href", "src"])
            {
                if (element.GetAttribute(attribute) is not { } url) continue;
                var at = _locator.Locate(element);
                var resolved = _documentLinks.OnPage(attribute == "href" ? _documentLinks.Resolve(url, at, _findings) : url);
                if (!ReferenceEquals(resolved, url)) element.SetAttribute(attribute, resolved);
                _links.Add(new BodyLink(resolved, at.Line, at.Column));
            }
        }
    }

    private Message? IdOwner(string id, HashSet<string> generatedIds, Dictionary<string, IElement> rawIds)
    {
        if (_themeIds.Contains(id)) return MarkdownMessages.PageLayout;
        if (_headings.TryGetValue(id, out var heading)) return MarkdownMessages.HeadingOnLine(_locator.Lines.Locate(heading.Span.Start).Line);
        if (generatedIds.Contains(id)) return MarkdownMessages.Footnote;
        if (rawIds.TryGetValue(id, out var earlier)) return MarkdownMessages.ElementOnLine(earlier.LocalName, _locator.Locate(earlier).Line);
        return null;
    }

    /// <summary>How much text went with a removed element, in lines and characters, e.g. "(3 lines, 120 characters)".</summary>
    private static Message Amount(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0) return MarkdownMessages.NoText;
        var lines = trimmed.Split('\n').Count(line => !string.IsNullOrWhiteSpace(line));
        return MarkdownMessages.Amount(lines, trimmed.Length);
    }

    private static Message ReasonFor(string tag) => tag switch
    {
        "script" or "noscript" or "template" => MarkdownMessages.ScriptsNotAllowed,
        "style" or "link" => MarkdownMessages.StylesNotAllowed,
        "iframe" or "frame" or "frameset" or "object" or "embed" or "applet" => MarkdownMessages.EmbeddingNotAllowed,
        _ => MarkdownMessages.TagNotAllowed,
    };

    private void Report(IElement element, Message message)
    {
        var (line, column) = _locator.Locate(element);
        _findings.Add(new BodyFinding(line, column, Severity.Warning, message));
    }

    private static string Shorten(string value) => value.Length <= 60 ? value : value[..57] + "...";
}
