using System.Buffers;
using System.Net;
using Publisher.Core.Czech;

namespace Publisher.Core.Render;

/// <summary>
/// The text of a rendered body, as the features that index it read it: its markup taken away, its white space folded
/// into single spaces, its entities decoded. Every body of the site goes through it, into an array the caller lends.
/// </summary>
internal static class BodyPlainText
{
    // What ends a run of text in HTML: a tag, or white space, which folds into one space.
    private static readonly SearchValues<char> TagOrWhiteSpace = SearchValues.Create(
        [.. Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(c => c == '<' || char.IsWhiteSpace(c))]);

    /// <summary>
    /// Writes the text of <paramref name="html"/> into <paramref name="text"/>, which is at least as long as the HTML,
    /// and gives it; a text with entities other than those rendering writes is decoded into a string of its own.
    /// </summary>
    public static ReadOnlyMemory<char> Write(ReadOnlySpan<char> html, char[] text)
    {
        // One pass, as every body of the site goes through it, a run of text at a time: tags become spaces, runs of
        // white space one space. The text is never longer than the HTML.
        var length = 0;
        var space = true;
        var rest = html;
        while (!rest.IsEmpty)
        {
            var stop = rest.IndexOfAny(TagOrWhiteSpace);
            var run = stop < 0 ? rest : rest[..stop];
            if (!run.IsEmpty)
            {
                run.CopyTo(text.AsSpan(length));
                length += run.Length;
                space = false;
            }
            if (stop < 0) break;
            if (!space)
            {
                text[length++] = ' ';
                space = true;
            }
            if (rest[stop] == '<')
            {
                // A tag left open runs to the end of the body.
                var close = rest[(stop + 1)..].IndexOf('>');
                if (close < 0) break;
                rest = rest[(stop + close + 2)..];
            }
            else
            {
                rest = rest[(stop + 1)..];
            }
        }
        if (space && length > 0) length--;
        var plain = text.AsMemory(0, length);
        if (!plain.Span.Contains('&')) return plain;
        return OnlyEscapeEntities(plain.Span) ? text.AsMemory(0, DecodeEscapeEntities(text.AsSpan(0, length))) : WebUtility.HtmlDecode(plain.ToString()).AsMemory();
    }

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
