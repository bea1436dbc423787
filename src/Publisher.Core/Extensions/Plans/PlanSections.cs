using System.Text;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Publisher.Core.Render.Markdown;

namespace Publisher.Core.Extensions.Plans;

/// <summary>One section of a plan's text: the heading that opens it (empty for the text before the first heading) and its plain text.</summary>
public sealed record PlanSection(string Heading, string Text);

/// <summary>
/// A plan's Markdown body as the sections a comparison aligns: every heading opens a section, and a section's text is
/// what a reader reads in it, without the markup (emphasis, links, tables become their words; raw HTML is left out).
/// </summary>
public static class PlanSections
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().UseFootnotes().Use<CzechDateLines>().Build();

    /// <exception cref="ArgumentException">The body nests deeper than Markdig reads, or its link addresses deeper than
    /// <see cref="LinkAddressDepth.MaxDepth"/> (its own page reports that).</exception>
    public static IReadOnlyList<PlanSection> Of(string markdown)
    {
        if (LinkAddressDepth.FirstTooDeep(markdown) >= 0)
            throw new ArgumentException("link addresses nested too deep", nameof(markdown));
        var document = Markdown.Parse(markdown, Pipeline);
        var sections = new List<PlanSection>();
        string heading = "";
        var text = new StringBuilder();
        foreach (var block in document.Descendants<LeafBlock>())
        {
            if (block is HeadingBlock headingBlock)
            {
                if (heading.Length > 0 || text.Length > 0) sections.Add(new PlanSection(heading, Folded(text)));
                text.Clear();
                var headingText = new StringBuilder();
                AppendInlines(headingBlock.Inline, headingText);
                heading = Folded(headingText);
                continue;
            }
            if (block is HtmlBlock) continue;
            if (block.Inline is { } inline) AppendInlines(inline, text);
            else if (block is CodeBlock code) text.Append(code.Lines.ToString());
            text.Append(' ');
        }
        if (heading.Length > 0 || text.Length > 0) sections.Add(new PlanSection(heading, Folded(text)));
        return sections;
    }

    /// <summary>The words of inlines, walked without recursion so that deep emphasis costs no stack.</summary>
    private static void AppendInlines(ContainerInline? root, StringBuilder text)
    {
        if (root is null) return;
        var pending = new Stack<Inline>();
        for (var child = root.LastChild; child is not null; child = child.PreviousSibling) pending.Push(child);
        while (pending.TryPop(out var inline))
        {
            switch (inline)
            {
                case LiteralInline literal: text.Append(literal.Content.AsSpan()); break;
                case CodeInline code: text.Append(code.Content); break;
                case AutolinkInline autolink: text.Append(autolink.Url); break;
                case HtmlEntityInline entity: text.Append(entity.Transcoded.AsSpan()); break;
                case LineBreakInline: text.Append(' '); break;
                case ContainerInline container:
                    for (var child = container.LastChild; child is not null; child = child.PreviousSibling) pending.Push(child);
                    break;
            }
        }
    }

    /// <summary>White space folded to single spaces, in the composed form of Unicode so that "č" typed either way compares equal.</summary>
    private static string Folded(StringBuilder text)
    {
        var folded = new StringBuilder(text.Length);
        var space = true;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                if (!space) folded.Append(' ');
                space = true;
                continue;
            }
            folded.Append(c);
            space = false;
        }
        return folded.ToString().TrimEnd().Normalize(NormalizationForm.FormC);
    }
}
