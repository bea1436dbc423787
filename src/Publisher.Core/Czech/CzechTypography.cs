using System.Buffers;
using System.Runtime.CompilerServices;

namespace Publisher.Core.Czech;

/// <summary>
/// Czech typesetting rules that keep words together, as the <c>vlna</c> tool does for TeX: a one-letter preposition or
/// conjunction (v, k, s, z, o, u, a, i) is not left at the end of a line, nor a number torn from what it counts. The
/// space after it becomes a non-breaking one: "v Žatci", "a i", "1 000 Kč", "§ 16", "4. 3. 2022", "4. března".
/// </summary>
public static class CzechTypography
{
    public const char NonBreakingSpace = '\u00A0';

    private static readonly string[] Units = ["Kč", "Kc", "%", "€", "EUR", "CZK"];

    public static string Tie(string text) => Tie(text, ' ', continues: false) ?? text;

    /// <param name="before">The character just before <paramref name="text"/> (a space when it starts a paragraph).</param>
    /// <param name="continues">Text follows right after <paramref name="text"/> (it ends where emphasis or a link begins).</param>
    /// <returns>The text with its ties, or null when it has none.</returns>
    public static string? Tie(ReadOnlySpan<char> text, char before, bool continues)
    {
        var space = NextTie(text, 0, before, continues);
        if (space < 0) return null;
        // Most texts of a Czech body have a tie: the copy that takes them is pooled, only the result is new.
        var tied = ArrayPool<char>.Shared.Rent(text.Length);
        text.CopyTo(tied);
        for (; space >= 0; space = NextTie(text, space + 1, before, continues)) tied[space] = NonBreakingSpace;
        var result = new string(tied, 0, text.Length);
        ArrayPool<char>.Shared.Return(tied);
        return result;
    }

    /// <summary>
    /// Where the next space of <paramref name="text"/> that ties is, at <paramref name="from"/> or after it; -1 when none
    /// is: a text can then be written with its ties without the copy that <see cref="Tie(ReadOnlySpan{char}, char, bool)"/> makes.
    /// </summary>
    public static int NextTie(ReadOnlySpan<char> text, int from, char before, bool continues)
    {
        // From the second character: a space at the start has no word before it to tie. Nearly every space follows a
        // longer word, which the character before it rules out before any closer look. A character at a time, as words
        // are short: a vectorised search for the next space costs more to start than it saves on a word.
        for (var i = Math.Max(from, 1); i < text.Length; i++)
        {
            if (text[i] == ' ' && MayEndTiedWord(text[i - 1]) && Ties(text, i, before, continues)) return i;
        }
        return -1;
    }

    /// <summary>
    /// Whether a space after <paramref name="c"/> may tie: it ends a one-letter word, a number, a date's day or
    /// month with its dot, or is the section sign.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool MayEndTiedWord(char c) => IsOneLetterWord(c) || c is '§' or '.' || char.IsAsciiDigit(c);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsOneLetterWord(char c) =>
        c is 'v' or 'k' or 's' or 'z' or 'o' or 'u' or 'a' or 'i' or 'V' or 'K' or 'S' or 'Z' or 'O' or 'U' or 'A' or 'I';

    /// <summary>
    /// Whether the space at <paramref name="space"/> joins what precedes it to what follows; the character before it
    /// is one that <see cref="MayEndTiedWord"/> lets through.
    /// </summary>
    private static bool Ties(ReadOnlySpan<char> text, int space, char before, bool continues)
    {
        var previous = text[space - 1];
        var oneLetterWord = IsOneLetterWord(previous);
        var next = space + 1 < text.Length ? text[space + 1] : '\0';
        if (next == '\0' ? !continues : char.IsWhiteSpace(next)) return false;
        var beforePrevious = space >= 2 ? text[space - 2] : before;
        if (oneLetterWord) return StartsWord(beforePrevious);
        if (previous == '§') return true;
        if (char.IsAsciiDigit(previous))
        {
            // "1 000 000": groups of up to three digits, then three that end there; "1 000 Kč", "20 %".
            var rest = text[(space + 1)..];
            var run = 1;
            while (run < space && char.IsAsciiDigit(text[space - 1 - run])) run++;
            // A number of its own, not the end of a word or code ("p6 %").
            if (!StartsWord(space - 1 - run >= 0 ? text[space - 1 - run] : before)) return false;
            if (run <= 3 && rest.Length >= 3 && char.IsAsciiDigit(rest[0]) && char.IsAsciiDigit(rest[1]) && char.IsAsciiDigit(rest[2])
                && (rest.Length == 3 || !char.IsAsciiDigit(rest[3]))) return true;
            foreach (var unit in Units)
            {
                if (rest.StartsWith(unit, StringComparison.Ordinal) && (rest.Length == unit.Length || !char.IsLetterOrDigit(rest[unit.Length]))) return true;
            }
            return false;
        }
        // "4. 3. 2022", "4. března": a day or month number with its dot, then the next part of the date.
        if (previous == '.' && char.IsAsciiDigit(beforePrevious))
        {
            var start = space - 2;
            while (start > 0 && char.IsAsciiDigit(text[start - 1])) start--;
            var digits = space - 1 - start;
            if (digits > 2 || (start > 0 ? !StartsWord(text[start - 1]) : !StartsWord(before))) return false;
            if (char.IsAsciiDigit(next)) return true;
            var word = text[(space + 1)..];
            var end = 0;
            while (end < word.Length && char.IsLetter(word[end])) end++;
            return CzechDateText.IsMonthName(word[..end]);
        }
        return false;
    }

    /// <summary>What may stand before a word: a space, the start, an opening bracket or quotation mark.</summary>
    private static bool StartsWord(char c) => char.IsWhiteSpace(c) || c is '(' or '[' or '„' or '‚' or '"' or '\'' or '“' or '‘' or '«' or '»';
}
