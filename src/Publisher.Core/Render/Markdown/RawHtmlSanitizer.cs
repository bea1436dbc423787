using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Ganss.Xss;
using Publisher.Core.Diagnostics;

namespace Publisher.Core.Render.Markdown;

/// <summary>
/// Cleans a rendered body that contains raw HTML from the Markdown source, keeping only an allow-list of
/// structural and text markup, and reports every removal at its line in the Markdown file.
/// A new instance per body: the sanitizer's events carry per-body state.
/// </summary>
internal sealed class RawHtmlSanitizer
{
    // Markup a set of minutes can reasonably need, and everything the Markdown renderer itself writes
    // (the whole body is cleaned at once). No forms, frames, media or styles.
    private static readonly string[] AllowedTags =
    [
        "a", "abbr", "b", "blockquote", "br", "caption", "cite", "code", "col", "colgroup", "dd", "del", "details",
        "dfn", "div", "dl", "dt", "em", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "ins",
        "kbd", "li", "mark", "ol", "p", "pre", "q", "s", "samp", "section", "small", "span", "strong", "sub", "summary",
        "sup", "table", "tbody", "td", "tfoot", "th", "thead", "time", "tr", "u", "ul", "var", "wbr",
    ];

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
        AllowedTags = new HashSet<string>(AllowedTags, StringComparer.OrdinalIgnoreCase),
        AllowedAttributes = new HashSet<string>(AllowedAttributes, StringComparer.OrdinalIgnoreCase),
        AllowedSchemes = new HashSet<string>(UrlPolicy.LinkSchemes, StringComparer.OrdinalIgnoreCase),
        UriAttributes = new HashSet<string>(UriAttributes, StringComparer.OrdinalIgnoreCase),
        AllowedCssProperties = new HashSet<string>(),
        AllowedAtRules = new HashSet<AngleSharp.Css.Dom.CssRuleType>(),
    })
    { KeepChildNodes = true };

    private readonly RawHtmlSourceMap _sourceMap;
    private readonly SourceLines _lines;
    private readonly List<BodyFinding> _findings = [];

    public RawHtmlSanitizer(RawHtmlSourceMap sourceMap, SourceLines lines)
    {
        _sourceMap = sourceMap;
        _lines = lines;
        _sanitizer.RemovingTag += (_, e) => OnRemovingTag(e.Tag);
        _sanitizer.RemovingAttribute += (_, e) => OnRemovingAttribute(e.Tag, e.Attribute, e.Reason);
        _sanitizer.FilterUrl += (_, e) =>
        {
            if (e.SanitizedUrl is null && e.Tag.LocalName == "img" && UrlPolicy.IsAllowedImage(e.OriginalUrl))
                e.SanitizedUrl = e.OriginalUrl;
        };
    }

    public IReadOnlyList<BodyFinding> Findings => _findings;

    public string Sanitize(string html)
    {
        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
        var document = parser.ParseDocument(DocumentPrefix + html);
        _sanitizer.SanitizeDom(document, document.Body);
        return document.Body!.InnerHtml;
    }

    private void OnRemovingTag(IElement tag)
    {
        var name = tag.LocalName;
        if (DroppedWithContent.Contains(name))
        {
            tag.InnerHtml = "";
            Report(tag, $"<{name}> was removed with its content: {ReasonFor(name)}");
        }
        else
        {
            Report(tag, $"<{name}> was removed and its text kept: this tag is not allowed in documents");
        }
    }

    private void OnRemovingAttribute(IElement tag, IAttr attribute, RemoveReason reason)
    {
        var name = attribute.Name;
        var why = reason == RemoveReason.NotAllowedUrlValue
            ? $"only relative, {string.Join(", ", UrlPolicy.LinkSchemes)} addresses (and embedded pictures in images) are allowed"
            : name.StartsWith("on", StringComparison.OrdinalIgnoreCase) ? "event handlers run script and are not allowed"
            : name.Equals("style", StringComparison.OrdinalIgnoreCase) ? "inline styles are not allowed; the site's stylesheet formats documents"
            : "this attribute is not allowed in documents";
        Report(tag, $"the attribute {name}=\"{Shorten(attribute.Value)}\" of <{tag.LocalName}> was removed: {why}");
    }

    private static string ReasonFor(string tag) => tag switch
    {
        "script" or "noscript" or "template" => "scripts are not allowed in documents",
        "style" or "link" => "styles are not allowed in documents; the site's stylesheet formats them",
        "iframe" or "frame" or "frameset" or "object" or "embed" or "applet" => "embedded pages and objects are not allowed; link to them instead",
        _ => "this tag is not allowed in documents",
    };

    private void Report(IElement element, string message)
    {
        // Elements the parser adds by itself (an implied <tbody>) have no source; their nearest source ancestor locates them.
        var located = element;
        while (located.SourceReference is null && located.ParentElement is { } parent) located = parent;
        // Source positions are 1-based and count the prefix added before parsing.
        var offset = located.SourceReference is { } source ? source.Position.Position - 1 - DocumentPrefix.Length : 0;
        var (line, column) = _lines.Locate(_sourceMap.SourceOffset(offset));
        _findings.Add(new BodyFinding(line, column, Severity.Warning, message));
    }

    private static string Shorten(string value) => value.Length <= 60 ? value : value[..57] + "...";
}
