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
    public static void Apply(MarkdownDocument document) => Apply((ContainerBlock)document);

    // Blocks and inlines are walked directly: every body goes through this, and Markdig's Descendants allocates as it walks.
    private static void Apply(ContainerBlock container)
    {
        foreach (var block in container)
        {
            switch (block)
            {
                case ContainerBlock inner: Apply(inner); break;
                case LeafBlock { Inline: { } inline } and not CodeBlock: Apply(inline); break;
            }
        }
    }

    private static void Apply(ContainerInline container)
    {
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            switch (inline)
            {
                case LinkInline { IsImage: true }: break;
                case LiteralInline literal: Tie(literal); break;
                case ContainerInline inner: Apply(inner); break;
            }
        }
    }

    private static void Tie(LiteralInline literal)
    {
        var before = literal.PreviousSibling is LiteralInline previous && previous.Content.Length > 0
            ? previous.Content.Text[previous.Content.End]
            : ' ';
        var continues = literal.NextSibling is not (null or LineBreakInline);
        if (CzechTypography.Tie(literal.Content.AsSpan(), before, continues) is { } tied) literal.Content = new StringSlice(tied);
    }
}
