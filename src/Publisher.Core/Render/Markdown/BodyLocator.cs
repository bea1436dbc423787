using AngleSharp.Dom;

namespace Publisher.Core.Render.Markdown;

/// <summary>
/// Where the nodes of a parsed body come from in the Markdown text. The body is parsed after a prefix of
/// <paramref name="prefixLength"/> characters, and AngleSharp counts source positions from 1.
/// </summary>
internal sealed class BodyLocator(RawHtmlSourceMap sourceMap, SourceLines lines, int prefixLength)
{
    public SourceLines Lines => lines;

    /// <summary>
    /// The offset in the rendered HTML where <paramref name="element"/> starts. Elements the parser adds by itself
    /// (an implied <c>&lt;tbody&gt;</c>) have no source; their nearest ancestor that has one locates them.
    /// </summary>
    public int HtmlOffset(IElement element)
    {
        var located = element;
        while (located.SourceReference is null && located.ParentElement is { } parent) located = parent;
        return located.SourceReference is { } source ? Math.Max(source.Position.Position - 1 - prefixLength, 0) : 0;
    }

    public (int Line, int Column) Locate(IElement element) => Locate(HtmlOffset(element));

    public (int Line, int Column) Locate(int htmlOffset) => lines.Locate(sourceMap.SourceOffset(htmlOffset));

    /// <summary>Whether the element was written by the editor as raw HTML, not by Markdig.</summary>
    public bool IsRaw(IElement element) => element.SourceReference is not null && sourceMap.IsRaw(HtmlOffset(element));
}
