using System.Globalization;
using System.Text;

namespace Publisher;

/// <summary>
/// A message as one line: editors and CI read one message per line, and a path or exception text may hold a line
/// break. Control characters and the Unicode line and paragraph separators become escapes (\n, \r, \t, \u0000);
/// backslashes stay as they are, so Windows paths remain readable.
/// </summary>
public static class OneLine
{
    public static string Of(string text)
    {
        if (!text.Any(NeedsEscape)) return text;
        var line = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            switch (c)
            {
                case '\n': line.Append(@"\n"); break;
                case '\r': line.Append(@"\r"); break;
                case '\t': line.Append(@"\t"); break;
                case var other when NeedsEscape(other): line.Append(CultureInfo.InvariantCulture, $@"\u{(int)other:X4}"); break;
                default: line.Append(c); break;
            }
        }
        return line.ToString();
    }

    private static bool NeedsEscape(char c) => char.IsControl(c) || c is '\u2028' or '\u2029';
}
