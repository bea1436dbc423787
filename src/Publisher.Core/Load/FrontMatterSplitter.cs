using Publisher.Core.Diagnostics;

namespace Publisher.Core.Load;

/// <summary>The two parts of a content file and the lines where they start (1-based, in the file).</summary>
/// <param name="Body">The end of the file's text, where the body is: not a copy, as most bodies are only read where they are
/// (and valid only as long as the file's text is).</param>
public sealed record SplitDocument(string FrontMatter, int FrontMatterLine, ReadOnlyMemory<char> Body, int BodyLine);

/// <summary>Separates the YAML front matter between the first two <c>---</c> lines from the Markdown body.</summary>
public static class FrontMatterSplitter
{
    public static SplitDocument? Split(SourceFile file, DiagnosticBag diagnostics)
    {
        var memory = file.Text;
        var text = memory.Span;
        if (text.IsWhiteSpace())
        {
            diagnostics.Error(file.DisplayPath, 1, 1, LoadMessages.EmptyDocument);
            return null;
        }

        var firstEnd = text.IndexOf('\n');
        var firstLine = firstEnd < 0 ? text : text[..firstEnd];
        if (!IsFence(firstLine))
        {
            diagnostics.Error(file.DisplayPath, 1, 1, LoadMessages.NoFrontMatter);
            return null;
        }

        var line = 2;
        var position = firstEnd + 1;
        while (firstEnd >= 0 && position <= text.Length)
        {
            var end = text[position..].IndexOf('\n');
            if (end >= 0) end += position;
            // Looked at in place: every document's front matter is read line by line, and most of its lines are not fences.
            var current = end < 0 ? text[position..] : text[position..end];
            if (IsFence(current) || current.TrimEnd().SequenceEqual("..."))
            {
                var frontMatter = text[(firstEnd + 1)..position].ToString();
                var body = end < 0 ? ReadOnlyMemory<char>.Empty : memory[(end + 1)..];
                return new SplitDocument(frontMatter, 2, body, line + 1);
            }
            if (end < 0) break;
            position = end + 1;
            line++;
        }

        diagnostics.Error(file.DisplayPath, 1, 1, LoadMessages.FrontMatterNotClosed);
        return null;
    }

    private static bool IsFence(ReadOnlySpan<char> line) => line.TrimEnd().SequenceEqual("---");
}
