using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax.Inlines;
using Publisher.Core.Czech;

namespace Publisher.Core.Render.Markdown;

/// <summary>
/// Writes the text of a body with <see cref="CzechTypography"/>'s ties: paragraphs, headings, list items, table cells,
/// link texts. The text of images (their <c>alt</c> attribute) is written as it is, and code is not text. The ties are
/// made as the text is written, not in the syntax tree: heading ids and link addresses are taken from the text as the
/// editor wrote it, and no tied copy of the text is made.
/// </summary>
internal sealed class TiedWords : HtmlObjectRenderer<LiteralInline>
{
    /// <summary>Writes the text of <paramref name="renderer"/>'s body with ties, in place of Markdig's own writer of text.</summary>
    public static void Attach(HtmlRenderer renderer) => renderer.ObjectRenderers.Replace<LiteralInlineRenderer>(new TiedWords());

    protected override void Write(HtmlRenderer renderer, LiteralInline literal)
    {
        var text = literal.Content.AsSpan();
        if (!renderer.EnableHtmlEscape)
        {
            renderer.Write(text);
            return;
        }
        if (IsInImage(literal))
        {
            renderer.WriteEscape(text);
            return;
        }
        var before = literal.PreviousSibling is LiteralInline previous && previous.Content.Length > 0
            ? previous.Content.Text[previous.Content.End]
            : ' ';
        var continues = literal.NextSibling is not (null or LineBreakInline);
        var written = 0;
        for (var space = CzechTypography.NextTie(text, 0, before, continues); space >= 0; space = CzechTypography.NextTie(text, space + 1, before, continues))
        {
            renderer.WriteEscape(text[written..space]);
            renderer.Write(CzechTypography.NonBreakingSpace);
            written = space + 1;
        }
        renderer.WriteEscape(text[written..]);
    }

    private static bool IsInImage(Inline literal)
    {
        for (var parent = literal.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is LinkInline { IsImage: true }) return true;
        }
        return false;
    }
}
