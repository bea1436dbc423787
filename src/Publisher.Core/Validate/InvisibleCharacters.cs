namespace Publisher.Core.Validate;

/// <summary>
/// Control characters (pasted from Word or PDFs) and Unicode direction controls, which can disguise what
/// text says. Documents stay publishable without them, so they are removed with a warning.
/// </summary>
public static class InvisibleCharacters
{
    public static bool IsInvisible(char c) =>
        (char.IsControl(c) && c is not '\n' and not '\t')
        || c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or '\u200E' or '\u200F';

    /// <summary>
    /// Whether a text has any: every body is checked, so this scans for each of the few ranges the characters lie in
    /// (vectorised by the runtime), which is many times faster than one search for a set this scattered.
    /// </summary>
    public static bool Any(ReadOnlySpan<char> text) =>
        text.ContainsAnyInRange('\u0000', '\u0008')
        || text.ContainsAnyInRange('\u000B', '\u001F')
        || text.ContainsAnyInRange('\u007F', '\u009F')
        || text.ContainsAnyInRange('\u200E', '\u200F')
        || text.ContainsAnyInRange('\u202A', '\u202E')
        || text.ContainsAnyInRange('\u2066', '\u2069');

    public static string Remove(string text) => new(text.Where(c => !IsInvisible(c)).ToArray());

    /// <summary>The distinct invisible characters of a text as code points, e.g. "U+0007, U+202E".</summary>
    public static string Describe(string text) =>
        string.Join(", ", text.Where(IsInvisible).Distinct().Select(c => $"U+{(int)c:X4}"));
}
