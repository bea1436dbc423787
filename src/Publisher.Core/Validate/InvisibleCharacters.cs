using System.Buffers;

namespace Publisher.Core.Validate;

/// <summary>
/// Control characters (pasted from Word or PDFs) and Unicode direction controls, which can disguise what
/// text says. Documents stay publishable without them, so they are removed with a warning.
/// </summary>
public static class InvisibleCharacters
{
    private static readonly SearchValues<char> Invisible = SearchValues.Create(
        Enumerable.Range(0, 0x10000).Select(i => (char)i).Where(IsInvisible).ToArray());

    public static bool IsInvisible(char c) =>
        (char.IsControl(c) && c is not '\n' and not '\t')
        || c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or '\u200E' or '\u200F';

    public static bool Any(string text) => text.AsSpan().ContainsAny(Invisible);

    public static string Remove(string text) => new(text.Where(c => !IsInvisible(c)).ToArray());

    /// <summary>The distinct invisible characters of a text as code points, e.g. "U+0007, U+202E".</summary>
    public static string Describe(string text) =>
        string.Join(", ", text.Where(IsInvisible).Distinct().Select(c => $"U+{(int)c:X4}"));
}
