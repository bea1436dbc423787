using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Publisher.Core.Diagnostics;

namespace Publisher.Core.Render.Markdown;

/// <summary>
/// Finds raw HTML that is never closed and so takes the rest of the body with it: a comment, an element whose
/// content the sanitizer drops (<c>&lt;textarea&gt;</c>, <c>&lt;style&gt;</c>, <c>&lt;select&gt;</c>, <c>&lt;svg&gt;</c> …),
/// or one that turns what follows into visible code (<c>&lt;xmp&gt;</c>, <c>&lt;plaintext&gt;</c>).
/// The body is parsed with a marker text after its end, so whatever holds the marker was still open when the
/// parser reached the end. That is the HTML parser's own answer: quotes in attributes, '&lt;' in comments, which
/// elements read their content as plain text and what <c>&lt;select&gt;</c> ignores need no second opinion here.
/// </summary>
internal static class UnclosedMarkup
{
    // The reader sees their content as text again, but as the markup it is: the rest of the page shown as code.
    private static readonly HashSet<string> ShownAsCode = new(StringComparer.Ordinal) { "xmp", "noembed", "noframes", "plaintext" };

    /// <summary>A line of text that does not occur in <paramref name="html"/>, to append after it.</summary>
    public static string Marker(string html)
    {
        var marker = "\npublisher-end-of-body";
        while (html.Contains(marker, StringComparison.Ordinal)) marker += "-";
        return marker;
    }

    /// <summary>
    /// Reports as errors the markup of <paramref name="document"/> (parsed from <paramref name="html"/> and then
    /// <paramref name="marker"/>) that holds the marker, and takes the marker out again.
    /// </summary>
    /// <param name="dropsContent">Whether the sanitizer removes an element of this name together with its content.</param>
    /// <returns>The elements reported, whose removal needs no warning of its own.</returns>
    public static IReadOnlySet<IElement> Report(IDocument document, string html, string marker, Func<string, bool> dropsContent,
        BodyLocator locator, List<BodyFinding> findings)
    {
        var unclosed = new HashSet<IElement>();
        // A template's content hangs below a fragment of its own, not below the template element.
        var templates = new Dictionary<INode, IElement>();
        foreach (var node in HtmlTree.Descendants(document.DocumentElement))
        {
            if (node is IHtmlTemplateElement template) templates[template.Content] = template;
            if (node is not ICharacterData data || !data.Data.Contains(marker, StringComparison.Ordinal)) continue;

            if (data is IComment comment) findings.Add(UnclosedComment(comment, html, marker, locator));
            for (var parent = data.Parent; parent is not null; parent = parent is IElement ? parent.Parent : templates.GetValueOrDefault(parent))
            {
                if (parent is not IElement element) continue;
                var name = element.LocalName;
                if (ShownAsCode.Contains(name) || dropsContent(name))
                {
                    unclosed.Add(element);
                    findings.Add(UnclosedElement(element, locator));
                }
            }
            data.Data = data.Data.Replace(marker, "", StringComparison.Ordinal);
            break;
        }
        return unclosed;
    }

    private static BodyFinding UnclosedElement(IElement element, BodyLocator locator)
    {
        var name = element.LocalName;
        var (line, column) = locator.Locate(element);
        var lost = MarkdownMessages.Lines(line, locator.Lines.LastTextLine);
        var message = name switch
        {
            "plaintext" => MarkdownMessages.PlaintextCannotBeClosed(lost),
            _ when ShownAsCode.Contains(name) => MarkdownMessages.UnclosedShownAsCode(name, lost),
            _ => MarkdownMessages.UnclosedDisappears(name, lost),
        };
        return new BodyFinding(line, column, Severity.Error, message);
    }

    /// <summary>
    /// An unclosed comment runs to the end, so its text is the end of the input: that fixes where it starts.
    /// Besides <c>&lt;!--</c>, "&lt;!", "&lt;?" and "&lt;/" followed by no '&gt;' start a comment the parser makes up.
    /// </summary>
    private static BodyFinding UnclosedComment(IComment comment, string html, string marker, BodyLocator locator)
    {
        var textStart = Math.Clamp(html.Length + marker.Length - comment.Data.Length, 0, html.Length);
        var start = html.AsSpan(0, textStart).EndsWith("<!--") ? textStart - 4
            : html.AsSpan(0, textStart).EndsWith("<!") || html.AsSpan(0, textStart).EndsWith("</") ? textStart - 2
            : Math.Max(html.LastIndexOf('<', Math.Max(textStart - 1, 0)), 0);
        var (line, column) = locator.Locate(start);
        var lost = MarkdownMessages.Lines(line, locator.Lines.LastTextLine);
        var message = html.AsSpan(start).StartsWith("<!--")
            ? MarkdownMessages.UnclosedComment(lost)
            : MarkdownMessages.UnclosedMarkupStart(html.Substring(start, Math.Min(2, html.Length - start)), lost);
        return new BodyFinding(line, column, Severity.Error, message);
    }
}
