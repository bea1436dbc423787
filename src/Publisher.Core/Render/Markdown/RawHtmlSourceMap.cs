using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Publisher.Core.Render.Markdown;

/// <summary>
/// Remembers where in the rendered HTML each piece of raw HTML from the Markdown source was written, so that
/// a problem found in the HTML can be reported at its line and column in the Markdown file.
/// Raw HTML is copied verbatim, so within a piece an HTML offset maps to the source offset the same distance in.
/// </summary>
internal sealed class RawHtmlSourceMap
{
    private readonly List<(int HtmlOffset, int SourceOffset, int Length)> _pieces = [];
    private readonly Func<int> _currentOffset;

    private RawHtmlSourceMap(Func<int> currentOffset) => _currentOffset = currentOffset;

    /// <summary>Replaces the renderer's raw HTML writers with ones that record their positions in <paramref name="output"/>.</summary>
    public static RawHtmlSourceMap Attach(HtmlRenderer renderer, StringWriter output)
    {
        var map = new RawHtmlSourceMap(() => output.GetStringBuilder().Length);
        renderer.ObjectRenderers.Replace<HtmlBlockRenderer>(new LocatedBlockRenderer(map));
        renderer.ObjectRenderers.Replace<Markdig.Renderers.Html.Inlines.HtmlInlineRenderer>(new LocatedInlineRenderer(map));
        return map;
    }

    /// <summary>The offset in the Markdown source of a character offset in the rendered HTML.</summary>
    public int SourceOffset(int htmlOffset)
    {
        var index = LastPieceStartingAtOrBefore(htmlOffset);
        if (index < 0) return _pieces.Count > 0 ? _pieces[0].SourceOffset : 0;
        var (html, source, _) = _pieces[index];
        return source + htmlOffset - html;
    }

    /// <summary>Whether a character offset in the rendered HTML lies in raw HTML from the source, not in markup Markdig wrote.</summary>
    public bool IsRaw(int htmlOffset)
    {
        var index = LastPieceStartingAtOrBefore(htmlOffset);
        return index >= 0 && htmlOffset < _pieces[index].HtmlOffset + _pieces[index].Length;
    }

    /// <summary>Pieces are recorded in output order, so their HTML offsets ascend and a binary search finds the one in question.</summary>
    private int LastPieceStartingAtOrBefore(int htmlOffset)
    {
        int low = 0, high = _pieces.Count - 1, found = -1;
        while (low <= high)
        {
            var middle = low + (high - low) / 2;
            if (_pieces[middle].HtmlOffset <= htmlOffset)
            {
                found = middle;
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }
        return found;
    }

    private void Record(int sourceOffset, int length) => _pieces.Add((_currentOffset(), sourceOffset, length));

    /// <summary>Writes an HTML block line by line: inside lists and quotes each line starts after its own markers.</summary>
    private sealed class LocatedBlockRenderer(RawHtmlSourceMap map) : HtmlObjectRenderer<HtmlBlock>
    {
        protected override void Write(HtmlRenderer renderer, HtmlBlock block)
        {
            var lines = block.Lines;
            for (var i = 0; i < lines.Count; i++)
            {
                var line = lines.Lines[i];
                map.Record(line.Slice.Start, line.Slice.Length);
                renderer.Write(line.Slice);
                renderer.WriteLine();
            }
        }
    }

    private sealed class LocatedInlineRenderer(RawHtmlSourceMap map) : HtmlObjectRenderer<HtmlInline>
    {
        protected override void Write(HtmlRenderer renderer, HtmlInline inline)
        {
            map.Record(inline.Span.Start, inline.Tag.Length);
            renderer.Write(inline.Tag);
        }
    }
}
