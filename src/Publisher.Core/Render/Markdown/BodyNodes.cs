using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Publisher.Core.Render.Markdown;

/// <summary>
/// The nodes of a parsed body that <see cref="MarkdownRenderer"/> works on, gathered in one walk of its tree before it
/// changes anything: whether the body has raw HTML, its headings, its links and its tables. Markdig's
/// <c>Descendants</c> would walk the tree once for each of them, and allocates as it walks.
/// </summary>
internal sealed class BodyNodes
{
    /// <summary>Containers whose children are still being read, each with the index of its next child and its last heading so far.</summary>
    private readonly Stack<(ContainerBlock Container, int Next, HeadingBlock? Heading)> _openContainers = new();

    /// <summary>Where to go on once an inline container's children are read: the container's next sibling.</summary>
    private readonly Stack<Inline> _nextInlines = new();

    private BodyNodes()
    {
    }

    /// <summary>Whether the body has an HTML block or inline HTML anywhere.</summary>
    public bool HasRawHtml { get; private set; }

    /// <summary>Every heading, in document order.</summary>
    public List<HeadingBlock> Headings { get; } = [];

    /// <summary>
    /// Every link, image and autolink (<see cref="LinkInline"/>, <see cref="AutolinkInline"/>), in document order: one
    /// inside the text of another comes after it.
    /// </summary>
    public List<Inline> Links { get; } = [];

    /// <summary>Every table, with the last heading before it among the blocks of its container: the heading of its section.</summary>
    public List<(Table Table, HeadingBlock? Heading)> Tables { get; } = [];

    public static BodyNodes Of(MarkdownDocument document)
    {
        var nodes = new BodyNodes();
        nodes.Walk(document);
        return nodes;
    }

    // Blocks and inlines both keep their own stack rather than recurse: Markdig limits how deep blocks nest as it
    // parses them, but an editor's thousands of unclosed brackets parse as inlines thousands deep, refused only when
    // they are written out, after this walk.
    private void Walk(MarkdownDocument document)
    {
        ContainerBlock container = document;
        var next = 0;
        HeadingBlock? heading = null;
        while (true)
        {
            if (next == container.Count)
            {
                if (!_openContainers.TryPop(out var parent)) return;
                (container, next, heading) = parent;
                continue;
            }
            var block = container[next++];
            switch (block)
            {
                case HeadingBlock blockHeading:
                    Headings.Add(blockHeading);
                    heading = blockHeading;
                    break;
                case Table table:
                    Tables.Add((table, heading));
                    break;
                case HtmlBlock:
                    HasRawHtml = true;
                    break;
            }
            if (block is ContainerBlock inner)
            {
                // Into the inner container first, so that everything is met in document order.
                _openContainers.Push((container, next, heading));
                (container, next, heading) = (inner, 0, null);
            }
            else if (block is LeafBlock { Inline: { } inline })
            {
                Walk(inline);
            }
        }
    }

    private void Walk(ContainerInline root)
    {
        var inline = root.FirstChild;
        while (inline is not null || _nextInlines.TryPop(out inline))
        {
            switch (inline)
            {
                case LinkInline or AutolinkInline:
                    Links.Add(inline);
                    break;
                case HtmlInline:
                    HasRawHtml = true;
                    break;
            }
            if (inline is ContainerInline { FirstChild: { } child })
            {
                if (inline.NextSibling is { } sibling) _nextInlines.Push(sibling);
                inline = child;
            }
            else
            {
                inline = inline.NextSibling;
            }
        }
    }
}
