using System.Globalization;
using System.Text;

namespace Publisher.Core.Extensions.Search;

/// <summary>
/// What a Czech word is searched by: lower case, without diacritics (people type "zaclenovani" on a phone), and
/// without its grammatical ending, so that "dluh", "dluhy", "dluhů" and "dluhové" are one term. The stemmer is a light
/// Czech stemmer after Dolamic and Savoy (the one Lucene's CzechStemmer implements), with its endings written without
/// diacritics because it runs after they are removed: text typed with and without them must meet.
/// The browser's search script does exactly the same (theme/assets/search.js); shared test vectors keep the two equal.
/// </summary>
public static class CzechSearchTerms
{
    /// <summary>Words too common to search by, written without diacritics; published with the index for the browser.</summary>
    public static IReadOnlyList<string> StopWords { get; } =
    [
        "aby", "ale", "ani", "by", "byl", "byla", "byli", "bylo", "do", "jak", "jako", "je", "jeho", "jej", "jen", "jsem",
        "jsou", "kde", "kdy", "ktera", "ktere", "kteri", "ktery", "na", "nebo", "od", "po", "pri", "pro", "se", "si", "ta",
        "tak", "take", "te", "to", "tu", "ty", "uz", "ve", "za", "ze",
    ];

    private static readonly HashSet<string> StopWordSet = new(StopWords, StringComparer.Ordinal);

    private static readonly string[] Endings5 = ["atech"];
    private static readonly string[] Endings4 = ["etem", "atum"];
    private static readonly string[] Endings3 =
        ["ech", "ich", "eho", "emi", "emu", "ete", "eti", "iho", "imi", "imu", "ach", "ata", "aty", "ych", "ama", "ami", "ove", "ovi", "ymi"];
    private static readonly string[] Endings2 = ["em", "es", "im", "um", "at", "am", "os", "us", "ym", "mi", "ou"];
    private static readonly string[] Possessives = ["ov", "in", "uv"];

    // Whether each character of Latin-1 and Latin Extended-A (every letter of Czech) is part of a word, looked up
    // rather than decoded: an index reads every word of the site.
    private static readonly bool[] LatinWordCharacters = [.. Enumerable.Range(0, 0x180).Select(c => IsWordCharacter(new Rune(c)))];

    /// <summary>
    /// The next word of <paramref name="rest"/> (a run of letters and digits, as typed), which moves past it; empty
    /// when no word is left.
    /// </summary>
    public static ReadOnlySpan<char> NextWord(ref ReadOnlySpan<char> rest)
    {
        // Two tight loops, past what is not a word and then to the word's end: every word of the site passes here.
        // They read a copy of the span, which stays in registers, not the caller's through the reference.
        var text = rest;
        var latin = LatinWordCharacters;
        var start = 0;
        var width = 1;
        while (true)
        {
            if (start >= text.Length)
            {
                rest = [];
                return [];
            }
            var c = text[start];
            if (c < (uint)latin.Length)
            {
                width = 1;
                if (latin[c]) break;
                start++;
            }
            else if (IsWordRune(text[start..], out width)) break;
            else start += width;
        }
        var end = start + width;
        while (end < text.Length)
        {
            var c = text[end];
            if (c < (uint)latin.Length)
            {
                if (!latin[c]) break;
                end++;
            }
            else if (IsWordRune(text[end..], out width)) end += width;
            else break;
        }
        var word = text[start..end];
        rest = text[end..];
        return word;
    }

    /// <summary>Whether the character at the start of <paramref name="text"/> (two UTF-16 units beyond the BMP) is part of a word; an unpaired surrogate is not.</summary>
    private static bool IsWordRune(ReadOnlySpan<char> text, out int width)
    {
        if (Rune.DecodeFromUtf16(text, out var rune, out width) != System.Buffers.OperationStatus.Done)
        {
            width = 1;
            return false;
        }
        return IsWordCharacter(rune);
    }

    private static bool IsWordCharacter(Rune rune) =>
        Rune.IsLetterOrDigit(rune) || Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    /// <summary>The term a word is searched by, or null for a word not searched by (a stop word, a single letter).</summary>
    public static string? Term(string word)
    {
        var folded = Fold(word);
        if (folded.Length == 0 || StopWordSet.Contains(folded)) return null;
        if (folded.Any(char.IsAsciiDigit)) return folded;
        if (folded.Length == 1) return null;
        return Stem(folded);
    }

    /// <summary>Lower case without diacritics: the combining marks U+0300–U+036F that canonical decomposition gives are removed.</summary>
    public static string Fold(string word)
    {
        var decomposed = word.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (c is < '\u0300' or > '\u036f') folded.Append(c);
        }
        return folded.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>Removes a case ending, then a possessive one, then evens out the last consonants ("Žatec", "v Žatci" → "zatk").</summary>
    public static string Stem(string folded)
    {
        var length = RemoveCase(folded);
        length = RemovePossessive(folded, length);
        return Normalize(folded[..length]);
    }

    private static int RemoveCase(string word)
    {
        var length = word.Length;
        if (length > 7 && EndsWithAny(word, Endings5)) return length - 5;
        if (length > 6 && EndsWithAny(word, Endings4)) return length - 4;
        if (length > 5 && EndsWithAny(word, Endings3)) return length - 3;
        if (length > 4 && EndsWithAny(word, Endings2)) return length - 2;
        if (length > 3 && "aeiouy".Contains(word[^1])) return length - 1;
        return length;
    }

    private static int RemovePossessive(string word, int length) =>
        length > 5 && EndsWithAny(word[..length], Possessives) ? length - 2 : length;

    private static string Normalize(string stem)
    {
        var chars = stem.ToCharArray();
        var length = chars.Length;
        if (length == 0) return stem;
        // Palatalised consonants before an ending become the plain ones: "obec"/"obce", "kniha"/"knize".
        chars[length - 1] = chars[length - 1] switch { 'c' => 'k', 'z' => 'h', var c => c };
        // The mobile e of the nominative drops in the other cases: "Žatec"/"Žatce", "domek"/"domku".
        if (length > 2 && chars[length - 2] == 'e')
        {
            chars[length - 2] = chars[length - 1];
            length--;
        }
        return new string(chars, 0, length);
    }

    private static bool EndsWithAny(string word, string[] endings)
    {
        foreach (var ending in endings)
        {
            if (word.EndsWith(ending, StringComparison.Ordinal)) return true;
        }
        return false;
    }
}
