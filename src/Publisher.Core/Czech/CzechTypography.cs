using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

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
        // From the second character: a space at the start has no word before it to tie.
        for (var space = NextCandidate(text, Math.Max(from, 1)); space >= 0; space = NextCandidate(text, space + 1))
        {
            if (Ties(text, space, before, continues)) return space;
        }
        return -1;
    }

    /// <summary>
    /// The first space at <paramref name="from"/> (at least 1) or after it that may tie: the character before it
    /// <see cref="MayEndTiedWord"/>, and when that is a one-letter word or a dot, the one before that does not rule it
    /// out (<see cref="Ties"/> decides). Nearly every space follows a longer word: sixteen characters are compared at
    /// once, so that a word's end is not a branch the processor has to guess, as it would be a character at a time.
    /// </summary>
    private static int NextCandidate(ReadOnlySpan<char> text, int from)
    {
        var i = from;
        // A space at index 1 has no character two before it in the text (Ties reads the character before the text
        // there): it is looked at on its own, and the blocks of sixteen start at index 2.
        if (i == 1)
        {
            if (text.Length > 1 && text[1] == ' ' && MayEndTiedWord(text[0])) return 1;
            i = 2;
        }
        if (Vector256.IsHardwareAccelerated)
        {
            ref var characters = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
            for (; i + Vector256<ushort>.Count <= text.Length; i += Vector256<ushort>.Count)
            {
                var spaces = Vector256.Equals(Vector256.LoadUnsafe(ref characters, (nuint)i), Vector256.Create((ushort)' '));
                if (spaces == Vector256<ushort>.Zero) continue;
                var candidates = spaces & MayTie(Vector256.LoadUnsafe(ref characters, (nuint)(i - 1)), Vector256.LoadUnsafe(ref characters, (nuint)(i - 2)));
                if (candidates != Vector256<ushort>.Zero) return i + BitOperations.TrailingZeroCount(candidates.ExtractMostSignificantBits());
            }
        }
        for (; i < text.Length; i++)
        {
            if (text[i] == ' ' && MayEndTiedWord(text[i - 1])) return i;
        }
        return -1;
    }

    /// <summary>
    /// For sixteen spaces at once, whether each may tie, from the two characters before it: <see cref="MayEndTiedWord(char)"/>
    /// of the one right before, except a one-letter word that ends a longer word of ASCII letters ("byla") and a dot
    /// that no digit stands before ("konec.").
    /// </summary>
    private static Vector256<ushort> MayTie(Vector256<ushort> previous, Vector256<ushort> beforePrevious)
    {
        // Setting bit 0x20 makes an ASCII capital small, and leaves every character that could then match a small
        // letter an ASCII letter.
        var small = previous | Vector256.Create((ushort)0x20);
        var oneLetterWord = Vector256.Equals(small, Vector256.Create((ushort)'v')) | Vector256.Equals(small, Vector256.Create((ushort)'k'))
            | Vector256.Equals(small, Vector256.Create((ushort)'s')) | Vector256.Equals(small, Vector256.Create((ushort)'z'))
            | Vector256.Equals(small, Vector256.Create((ushort)'o')) | Vector256.Equals(small, Vector256.Create((ushort)'u'))
            | Vector256.Equals(small, Vector256.Create((ushort)'a')) | Vector256.Equals(small, Vector256.Create((ushort)'i'));
        var smallBefore = beforePrevious | Vector256.Create((ushort)0x20);
        var letterBefore = Vector256.LessThan(smallBefore - Vector256.Create((ushort)'a'), Vector256.Create((ushort)26));
        var digitBefore = IsDigit(beforePrevious);
        return Vector256.AndNot(oneLetterWord, letterBefore) | IsDigit(previous)
            | Vector256.Equals(previous, Vector256.Create((ushort)'§'))
            | (Vector256.Equals(previous, Vector256.Create((ushort)'.')) & digitBefore);
    }

    // Below '0' the subtraction wraps around to large numbers: one comparison finds the ten digits.
    private static Vector256<ushort> IsDigit(Vector256<ushort> c) => Vector256.LessThan(c - Vector256.Create((ushort)'0'), Vector256.Create((ushort)10));

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
