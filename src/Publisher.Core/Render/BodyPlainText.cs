using System.Buffers;
using System.Net;
using Publisher.Core.Czech;

namespace Publisher.Core.Render;

/// <summary>
/// The text of a rendered body, as the features that index it read it: its markup taken away, its white space folded
/// into single spaces, its entities decoded. Every body of the site goes through it, into an array the caller lends.
/// </summary>
public static class BodyPlainText
{
    /// <summary>
    /// Writes the text of <paramref name="html"/> into <paramref name="text"/>, which is at least as long as the HTML,
    /// and gives it; a text with entities other than those rendering writes is decoded into a string of its own.
    /// </summary>
    public static ReadOnlyMemory<char> Write(ReadOnlySpan<char> html, char[] text)
    {
        // One pass over the characters, as every body of the site goes through it: tags become spaces, runs of white
        // space one space. A character at a time, as words are short: a vectorised search for the next space or tag
        // costs more to start than it saves on a word. The text is never longer than the HTML.
        var length = 0;
        var space = true;
        for (var i = 0; i < html.Length; i++)
        {
            var c = html[i];
            if (c == '<')
            {
                if (!space)
                {
                    text[length++] = ' ';
                    space = true;
                }
                // A tag left open runs to the end of the body.
                var close = html[(i + 1)..].IndexOf('>');
                if (close < 0) break;
                i += close + 1;
            }
            else if (IsWhiteSpace(c))
            {
                if (!space)
                {
                    text[length++] = ' ';
                    space = true;
                }
            }
            else
            {
                text[length++] = c;
                space = false;
            }
        }
        if (space && length > 0) length--;
        var plain = text.AsMemory(0, length);
        if (!plain.Span.Contains('&')) return plain;
        return OnlyEscapeEntities(plain.Span) ? text.AsMemory(0, DecodeEscapeEntities(text.AsSpan(0, length))) : WebUtility.HtmlDecode(plain.ToString()).AsMemory();
    }

    /// <summary>
    /// <see cref="char.IsWhiteSpace(char)"/>, answered without a table for the letters of Czech text: between U+0085 and
    /// U+1680 only U+00A0, the no-break space of tied words, is white space.
    /// </summary>
    private static bool IsWhiteSpace(char c) =>
        c <= ' ' ? c == ' ' || c is >= '\t' and <= '\r' : c is '\u0085' or '\u00A0' || (c >= '\u1680' && char.IsWhiteSpace(c));

    // The entities that rendering writes into text, each with the character it stands for: Markdig's escapes, and the
    // sanitizer's, which also writes each tie of a body with the editor's HTML as an entity.
    private static readonly (string Entity, char Character)[] EscapeEntities =
        [("&nbsp;", CzechTypography.NonBreakingSpace), ("&amp;", '&'), ("&lt;", '<'), ("&gt;", '>'), ("&quot;", '"')];

    /// <summary>Whether every '&amp;' of <paramref name="text"/> starts one of <see cref="EscapeEntities"/>.</summary>
    private static bool OnlyEscapeEntities(ReadOnlySpan<char> text)
    {
        for (var at = text.IndexOf('&'); at >= 0; at = text.IndexOf('&'))
        {
            text = text[at..];
            if (EntityAt(text) < 0) return false;
            text = text[1..];
        }
        return true;
    }

    /// <summary>Which of <see cref="EscapeEntities"/> <paramref name="text"/> starts with; -1 when none.</summary>
    private static int EntityAt(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < EscapeEntities.Length; i++)
        {
            if (text.StartsWith(EscapeEntities[i].Entity, StringComparison.Ordinal)) return i;
        }
        return -1;
    }

    /// <summary>
    /// Decodes, in place, a text whose every '&amp;' starts one of <see cref="EscapeEntities"/>, as
    /// <see cref="WebUtility.HtmlDecode(string)"/> would, without a string of its own: each character is shorter than
    /// its entity, so the decoded text fits where the text was.
    /// </summary>
    /// <returns>The length of the decoded text.</returns>
    private static int DecodeEscapeEntities(Span<char> text)
    {
        var read = text.IndexOf('&');
        var written = read;
        while (read < text.Length)
        {
            var (entity, character) = EscapeEntities[EntityAt(text[read..])];
            text[written++] = character;
            read += entity.Length;
            // The text up to the next entity moves back over what the entities before it saved.
            var next = text[read..].IndexOf('&');
            var run = next < 0 ? text.Length - read : next;
            text.Slice(read, run).CopyTo(text[written..]);
            written += run;
            read += run;
        }
        return written;
    }
}
