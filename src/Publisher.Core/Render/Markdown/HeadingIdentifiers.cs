using Markdig;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Publisher.Core.Render.Markdown;

/// <summary>
/// Heading ids, made the way Markdig's AutoIdentifiers extension makes them (the heading's text as lower-case ASCII,
/// "section" when nothing is left, "-1", "-2" … for repeats), so that links to published pages keep working, but in
/// time linear in the number of headings: Markdig searches for a free suffix from 1 again for every heading, so
/// n headings with the same text take n² steps. Ids also avoid those the page's layout writes itself.
/// As with Markdig's extension, a reference link whose label is a heading's text (<c>[Úvod]</c>) leads to that heading.
/// </summary>
internal sealed class HeadingIdentifiers : IMarkdownExtension
{
    private const string EmptyHeadingId = "section";

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        // A setext heading ('Text' underlined with '===') is a paragraph until its underline is read, so it closes as one.
        pipeline.BlockParsers.Find<HeadingBlockParser>()!.Closed += RegisterReference;
        pipeline.BlockParsers.FindExact<ParagraphBlockParser>()!.Closed += RegisterReference;
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    /// <summary>
    /// Gives every heading of a body its id, in document order, none of them in <paramref name="reserved"/>; returns
    /// the ids given with their headings, and the headings' texts in order.
    /// </summary>
    /// <param name="headings">The body's headings, in document order.</param>
    public static IReadOnlyDictionary<string, HeadingBlock> Assign(IReadOnlyList<HeadingBlock> headings, IReadOnlySet<string> reserved, out IReadOnlyList<string> texts)
    {
        var headingTexts = new List<string>();
        texts = headingTexts;
        var assigned = new Dictionary<string, HeadingBlock>(StringComparer.Ordinal);
        // The ids given so far; the reserved ones are asked separately, not copied into it for every body.
        var taken = new HashSet<string>(StringComparer.Ordinal);
        bool Take(string id) => !reserved.Contains(id) && taken.Add(id);
        // The next suffix worth trying for each base id: every lower one was taken when it was tried, and ids are never freed.
        var nextSuffix = new Dictionary<string, int>(StringComparer.Ordinal);
        using var text = new StringWriter();
        // Only the text of a heading counts: links, emphasis and raw HTML in it are written without their markup.
        var plainText = new HtmlRenderer(text) { EnableHtmlForInline = false, EnableHtmlEscape = false };

        foreach (var heading in headings)
        {
            if (heading.Inline is null) continue;
            text.GetStringBuilder().Clear();
            plainText.Render(heading.Inline);
            var headingText = text.ToString();
            headingTexts.Add(headingText);
            var baseId = LinkHelper.Urilize(headingText, true);
            if (baseId.Length == 0) baseId = EmptyHeadingId;

            var id = baseId;
            if (!Take(id))
            {
                var suffix = nextSuffix.GetValueOrDefault(baseId, 1);
                while (!Take(id = $"{baseId}-{suffix}")) suffix++;
                nextSuffix[baseId] = suffix + 1;
            }
            heading.GetAttributes().Id = id;
            assigned[id] = heading;
        }
        return assigned;
    }

    private void RegisterReference(BlockProcessor processor, Block block)
    {
        if (block is not HeadingBlock heading) return;
        var document = processor.Document;
        if (document.GetData(this) is not Dictionary<string, HeadingBlock> headings)
        {
            headings = [];
            document.SetData(this, headings);
            document.ProcessInlinesBegin += DefineReferences;
        }
        // Like Markdig, the last heading with a text is the one its label leads to.
        headings[heading.Lines.Lines[0].ToString()] = heading;
    }

    /// <summary>Once all blocks are read, makes each heading's text a link label, unless the document defines that label itself.</summary>
    private void DefineReferences(InlineProcessor processor, Inline? inline)
    {
        var document = processor.Document;
        document.ProcessInlinesBegin -= DefineReferences;
        var headings = (Dictionary<string, HeadingBlock>)document.GetData(this)!;
        document.RemoveData(this);
        foreach (var (label, heading) in headings)
        {
            if (!document.TryGetLinkReferenceDefinition(label, out _))
                document.SetLinkReferenceDefinition(label, new HeadingReference(heading), addGroup: true);
        }
    }

    /// <summary>A link label that leads to a heading, whose id is known only once all headings have theirs.</summary>
    private sealed class HeadingReference : LinkReferenceDefinition
    {
        public HeadingReference(HeadingBlock heading) =>
            CreateLinkInline = (_, _, _) => new LinkInline { GetDynamicUrl = () => "#" + heading.GetAttributes().Id };
    }
}
