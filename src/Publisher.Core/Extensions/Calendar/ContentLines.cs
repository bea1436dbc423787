using System.Text;

namespace Publisher.Core.Extensions.Calendar;

/// <summary>
/// Writes iCalendar content lines (RFC 5545, section 3.1) to a stream: UTF-8, CRLF line ends, lines longer than 75
/// octets folded onto continuation lines that start with a space, never inside a UTF-8 sequence.
/// </summary>
public sealed class ContentLines(Stream stream)
{
    private const int MaxOctets = 75;
    private static readonly byte[] LineEnd = "\r\n"u8.ToArray();
    private static readonly byte[] Fold = "\r\n "u8.ToArray();

    // The octets of the line being written, kept from line to line: a calendar has several lines for every meeting.
    private byte[] _octets = new byte[256];

    /// <summary>A property whose value is already in its iCalendar form (a date, a URI, a fixed word).</summary>
    public void Write(string nameAndParameters, string value) => WriteLine(nameAndParameters, value);

    /// <summary>A property of type TEXT: the value is escaped (<see cref="EscapeText"/>).</summary>
    public void WriteText(string name, string value) => WriteLine(name, EscapeText(value));

    private void WriteLine(string name, string value)
    {
        var most = Encoding.UTF8.GetMaxByteCount(name.Length + 1 + value.Length);
        if (_octets.Length < most) _octets = new byte[Math.Max(most, 2 * _octets.Length)];
        var length = Encoding.UTF8.GetBytes(name, _octets);
        _octets[length++] = (byte)':';
        length += Encoding.UTF8.GetBytes(value, _octets.AsSpan(length));
        var octets = _octets.AsSpan(0, length);
        var start = 0;
        // The first line holds 75 octets; each continuation line a space and 74 more.
        var room = MaxOctets;
        while (octets.Length - start > room)
        {
            var cut = start + room;
            // Back up to the first octet of a character: continuation octets are 10xxxxxx.
            while ((octets[cut] & 0xC0) == 0x80) cut--;
            stream.Write(octets[start..cut]);
            stream.Write(Fold);
            start = cut;
            room = MaxOctets - 1;
        }
        stream.Write(octets[start..]);
        stream.Write(LineEnd);
    }

    /// <summary>
    /// A TEXT value (RFC 5545, 3.3.11): backslash, semicolon and comma escaped with a backslash, every line break
    /// written as <c>\n</c>, and the control characters TEXT cannot hold left out (a tab stays).
    /// </summary>
    public static string EscapeText(string value)
    {
        // Most values (titles, places, addresses) have nothing to escape.
        if (!NeedsEscaping(value)) return value;
        var text = new StringBuilder(value.Length + 8);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '\\': text.Append(@"\\"); break;
                case ';': text.Append(@"\;"); break;
                case ',': text.Append(@"\,"); break;
                case '\r':
                    text.Append(@"\n");
                    if (i + 1 < value.Length && value[i + 1] == '\n') i++;
                    break;
                case '\n': text.Append(@"\n"); break;
                case '\t': text.Append(c); break;
                default:
                    if (!char.IsControl(c)) text.Append(c);
                    break;
            }
        }
        return text.ToString();
    }

    private static bool NeedsEscaping(string value)
    {
        foreach (var c in value)
        {
            if (c is '\\' or ';' or ',' or '\r' or '\n' || (char.IsControl(c) && c != '\t')) return true;
        }
        return false;
    }
}
