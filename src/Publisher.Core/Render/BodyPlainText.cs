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
        // A run of text between two tags at a time: tags become spaces, runs of white space one space. The text is
        // never longer than the HTML.
        var length = 0;
        var space = true;
        var rest = html;
        while (!rest.IsEmpty)
        {
            var tag = rest.IndexOf('<');
            AppendFolded(tag < 0 ? rest : rest[..tag], text, ref length, ref space);
            if (tag < 0) break;
            if (!space)
            {
                text[length++] = ' ';
                space = true;
            }
            // A tag left open runs to the end of the body.
            var close = rest[(tag + 1)..].IndexOf('>');
            if (close < 0) break;
            rest = rest[(tag + close + 2)..];
        }
        if (space && length > 0) length--;
        var plain = text.AsMemory(0, length);
        if (!plain.Span.Contains('&')) return plain;
        return OnlyEscapeEntities(plain.Span) ? text.AsMemory(0, DecodeEscapeEntities(text.AsSpan(0, length))) : WebUtility.HtmlDecode(plain.ToString()).AsMemory();
    }

    private static readonly SearchValues<char> WhiteSpace = SearchValues.Create(
        [.. Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(char.IsWhiteSpace)]);

    private static readonly SearchValues<char> WhiteSpaceButSpace = SearchValues.Create(
        [.. Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(c => c != ' ' && char.IsWhiteSpace(c))]);

    /// <summary>
    /// Appends a run of text with its white space folded. Most of a run is words parted by single spaces, which stay as
    /// they are: the run is copied in pieces up to the next white space that needs folding (a space before more white
    /// space or at the end, any other white space character), so that a paragraph costs a few searches, not one per word.
    /// </summary>
    /// <param name="space">Whether the text written so far ends with a space (or is empty); white space after it is dropped.</param>
    private static void AppendFolded(ReadOnlySpan<char> run, char[] text, ref int length, ref bool space)
    {
        while (true)
        {
            if (space)
            {
                var word = run.IndexOfAnyExcept(WhiteSpace);
                if (word < 0) return;
                run = run[word..];
            }
            if (run.IsEmpty) return;
            // The first white space to fold: two spaces, a space before another white space character, that
            // character itself, or a space that ends the run.
            var other = run.IndexOfAny(WhiteSpaceButSpace);
            var doubled = run[..(other < 0 ? run.Length : other)].IndexOf("  ", StringComparison.Ordinal);
            var fold = doubled >= 0 ? doubled
                : other >= 0 ? (other > 0 && run[other - 1] == ' ' ? other - 1 : other)
                : run[^1] == ' ' ? run.Length - 1
                : -1;
            if (fold < 0)
            {
                run.CopyTo(text.AsSpan(length));
                length += run.Length;
                space = false;
                return;
            }
            run[..fold].CopyTo(text.AsSpan(length));
            length += fold;
            text[length++] = ' ';
            space = true;
            run = run[(fold + 1)..];
        }
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
