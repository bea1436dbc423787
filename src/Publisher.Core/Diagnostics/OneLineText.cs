using System.Buffers;
using System.Globalization;
using System.Text;

namespace Publisher.Core.Diagnostics;

/// <summary>
/// Makes text that a message quotes (a value, a file name, an exception's text) safe to print on one line. A line
/// break inside a quoted value would start a new line that looks like a message of its own ("other.md:3:1: error: …")
/// or a CI command ("::error …"), and direction overrides would reorder what a terminal shows; each such
/// character is printed as an escape instead: \n, \r, \t, \u202E.
/// </summary>
public static class OneLineText
{
    private static readonly SearchValues<char> Unsafe = SearchValues.Create(
        Enumerable.Range(0, 0x10000).Select(i => (char)i).Where(IsUnsafe).ToArray());

    public static string Escape(string text)
    {
        // Characters outside the Basic Multilingual Plane are surrogate pairs and print as they are.
        var index = text.AsSpan().IndexOfAny(Unsafe);
        if (index < 0) return text;
        var builder = new StringBuilder(text.Length + 8);
        builder.Append(text, 0, index);
        for (var i = index; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
                continue;
            }
            if (!IsUnsafe(c)) { builder.Append(c); continue; }
            builder.Append(c switch
            {
                '\n' => @"\n",
                '\r' => @"\r",
                '\t' => @"\t",
                _ => @"\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
            });
        }
        return builder.ToString();
    }

    /// <summary>Control characters, Unicode line and paragraph separators, direction controls and lone surrogate halves.</summary>
    private static bool IsUnsafe(char c) =>
        char.IsControl(c) || char.IsSurrogate(c)
        || c is '\u2028' or '\u2029' or '\u200E' or '\u200F' or >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';
}
