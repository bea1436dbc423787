using Markdig.Helpers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Publisher.Core.Czech;

namespace Publisher.Core.Render.Markdown;

/// <summary>
/// Applies <see cref="CzechTypography"/> to the text of a body: paragraphs, headings, list items, table cells, link
/// texts. Code, addresses and the text of images (their <c>alt</c> attribute) are left as written.
/// </summary>
internal static class TiedWords
{
    public static void Apply(MarkdownDocument document)
    {
        foreach (var literal in document.Descendants<LiteralInline>())
        {
            if (InImage(literal)) continue;
            var before = literal.PreviousSibling is LiteralInline previous && previous.Content.Length > 0
                ? previous.Content.Text[previous.Content.End]
                : ' ';
            var continues = literal.NextSibling is not (null or LineBreakInline);
            if (CzechTypography.Tie(literal.Content.AsSpan(), before, continues) is { } tied) literal.Content = new StringSlice(tied);
        }
    }

    private static bool InImage(Inline inline)
    {
        for (var parent = inline.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is LinkInline { IsImage: true }) return true;
        }
        return false;
    }
}
