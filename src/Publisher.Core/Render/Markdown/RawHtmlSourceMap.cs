using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Publisher.Core.Render.Markdown;

/// <summary>
/// Remembers where in the rendered HTML each piece of raw HTML from the Markdown source was written, so that
/// a problem found in the HTML can be reported at its line and column in the Markdown file.
/// </summary>
internal sealed class RawHtmlSourceMap
{
    private readonly List<(int Offset, int Line, int Column)> _segments = [];
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

    /// <summary>The 1-based line and column in the Markdown source of a character offset in the rendered HTML.</summary>
    public (int Line, int Column) Locate(int htmlOffset)
    {
        var index = _segments.FindLastIndex(s => s.Offset <= htmlOffset);
        if (index < 0) return _segments.Count > 0 ? (_segments[0].Line + 1, _segments[0].Column + 1) : (1, 1);
        var (offset, line, column) = _segments[index];
        return (line + 1, column + 1 + htmlOffset - offset);
    }

    private void Record(int line, int column) => _segments.Add((_currentOffset(), line, column));

    /// <summary>Writes an HTML block line by line, recording where each source line starts.</summary>
    private sealed class LocatedBlockRenderer(RawHtmlSourceMap map) : HtmlObjectRenderer<HtmlBlock>
    {
        protected override void Write(HtmlRenderer renderer, HtmlBlock block)
        {
            var lines = block.Lines;
            for (var i = 0; i < lines.Count; i++)
            {
                var line = lines.Lines[i];
                map.Record(line.Line, line.Column);
                renderer.Write(line.Slice);
                renderer.WriteLine();
            }
        }
    }

    private sealed class LocatedInlineRenderer(RawHtmlSourceMap map) : HtmlObjectRenderer<HtmlInline>
    {
        protected override void Write(HtmlRenderer renderer, HtmlInline inline)
        {
            // A tag can span lines; record each line's start so columns stay right after a line break inside it.
            var tag = inline.Tag;
            var line = inline.Line;
            var column = inline.Column;
            var start = 0;
            while (true)
            {
                map.Record(line, column);
                var newline = tag.IndexOf('\n', start);
                if (newline < 0)
                {
                    renderer.Write(tag.AsSpan(start));
                    return;
                }
                renderer.Write(tag.AsSpan(start, newline + 1 - start));
                start = newline + 1;
                line++;
                column = 0;
            }
        }
    }
}
