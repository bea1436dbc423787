namespace Publisher.Core.Render.Markdown;

/// <summary>
/// Finds link addresses nested past a limit: "](" opens an address, and each "(" inside it one level more until ")"
/// closes it. Markdig reads every unclosed address to the end of its line, so a line of "[x](" repeated takes time
/// quadratic in its length: the 10,000 that validation lets a document have (it counts '[') took seconds to render,
/// and a line of 100,000 took minutes. CommonMark lets an implementation limit how deeply parentheses nest in an
/// address; no real one nests more than a few.
/// </summary>
public static class LinkAddressDepth
{
    public const int MaxDepth = 32;

    /// <returns>Where the first address nested past <see cref="MaxDepth"/> opens its next level, or -1.</returns>
    public static int FirstTooDeep(ReadOnlySpan<char> markdown)
    {
        // Each address is read from its "](" to where it closes or its line ends, and the search goes on from there:
        // one pass over the text, however many addresses open inside one another.
        var i = 0;
        while (markdown[i..].IndexOf("](") is var next and >= 0)
        {
            i += next + 1;
            if (IsEscaped(markdown, i - 1)) continue;
            var depth = 0;
            for (; i < markdown.Length; i++)
            {
                var c = markdown[i];
                if (c == '\\') i++;
                else if (c == '\n') break;
                else if (c == '(' && ++depth > MaxDepth) return i;
                else if (c == ')' && --depth == 0) break;
            }
            if (i >= markdown.Length) break;
        }
        return -1;
    }

    /// <summary>Whether the character at <paramref name="index"/> follows an odd number of backslashes, and so is text.</summary>
    private static bool IsEscaped(ReadOnlySpan<char> markdown, int index)
    {
        var backslashes = 0;
        while (index - backslashes > 0 && markdown[index - backslashes - 1] == '\\') backslashes++;
        return backslashes % 2 == 1;
    }
}
