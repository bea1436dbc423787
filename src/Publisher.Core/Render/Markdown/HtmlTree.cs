using AngleSharp.Dom;
using AngleSharp.Html;
using AngleSharp.Html.Dom;

namespace Publisher.Core.Render.Markdown;

/// <summary>
/// Walks and writes a parsed body in time linear in its size. AngleSharp's own serializer asks every node for its
/// next sibling, which it finds by searching the parent's children, so a paragraph of 100,000 raw tags took minutes;
/// here children are visited by index. Markup itself is still written by AngleSharp's formatter, node by node,
/// exactly as its serializer does. Both walks use an explicit stack: raw HTML may nest deeper than the call stack allows.
/// </summary>
public static class HtmlTree
{
    /// <summary>Every node below <paramref name="root"/> in document order, with the contents of <c>template</c> elements after them.</summary>
    public static IEnumerable<INode> Descendants(INode root)
    {
        var pending = new Stack<INode>();
        PushChildren(pending, root);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            yield return node;
            PushChildren(pending, node);
        }
    }

    /// <summary>The markup of <paramref name="element"/>'s children, as AngleSharp's <c>InnerHtml</c> writes it.</summary>
    public static string InnerHtml(IElement element)
    {
        var formatter = HtmlMarkupFormatter.Instance;
        using var writer = new StringWriter();
        // An element is pushed twice: to open it, and underneath its children, to close it after them.
        var pending = new Stack<(INode Node, bool Closing)>();
        PushChildren(pending, element);
        while (pending.Count > 0)
        {
            var (node, closing) = pending.Pop();
            if (node is IElement tag)
            {
                var selfClosing = tag.Flags.HasFlag(NodeFlags.SelfClosing);
                if (closing)
                {
                    writer.Write(formatter.CloseTag(tag, selfClosing));
                    continue;
                }
                writer.Write(formatter.OpenTag(tag, selfClosing));
                // <pre>, <textarea> and <listing> lose a first line break when parsed, so one that is meant is written twice.
                if (!selfClosing && tag.Flags.HasFlag(NodeFlags.LineTolerance) && tag.FirstChild is IText { Data: ['\n', ..] })
                    writer.Write('\n');
                pending.Push((tag, true));
                PushChildren(pending, tag);
            }
            else
            {
                writer.Write(node switch
                {
                    IComment comment => formatter.Comment(comment),
                    IProcessingInstruction instruction => formatter.Processing(instruction),
                    ICharacterData text when text.Parent?.Flags.HasFlag(NodeFlags.LiteralText) == true => formatter.LiteralText(text),
                    ICharacterData text => formatter.Text(text),
                    IDocumentType type => formatter.Doctype(type),
                    _ => "",
                });
            }
        }
        return writer.ToString();
    }

    private static void PushChildren(Stack<INode> pending, INode parent)
    {
        var children = Children(parent);
        for (var i = children.Length - 1; i >= 0; i--) pending.Push(children[i]);
    }

    private static void PushChildren(Stack<(INode, bool)> pending, INode parent)
    {
        var children = Children(parent);
        for (var i = children.Length - 1; i >= 0; i--) pending.Push((children[i], false));
    }

    /// <summary>A template's content is a fragment of its own, not its children; AngleSharp writes it in the children's place.</summary>
    private static INodeList Children(INode parent) =>
        parent is IHtmlTemplateElement template ? template.Content.ChildNodes : parent.ChildNodes;
}
