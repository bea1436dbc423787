namespace Publisher.Core.Extensions.OpenData;

/// <summary>
/// Writes rows of a CSV file as RFC 4180 has them, CRLF after each row, a cell that holds a comma, a quote or a line
/// break in quotes with its quotes doubled, and makes every cell safe to open in a spreadsheet: a cell starting
/// with a character that makes a spreadsheet read it as a formula (<c>= + - @</c>, tab, CR) gets a leading
/// apostrophe, as OWASP recommends against CSV injection.
/// </summary>
public sealed class CsvRowWriter(TextWriter writer)
{
    private static readonly char[] NeedsQuotes = [',', '"', '\r', '\n'];

    public void WriteRow(IEnumerable<string?> cells)
    {
        var first = true;
        foreach (var cell in cells)
        {
            if (!first) writer.Write(',');
            first = false;
            WriteCell(cell ?? "");
        }
        writer.Write("\r\n");
    }

    /// <summary>A cell's text as a spreadsheet must show it, before quoting.</summary>
    public static string Neutralised(string value) =>
        value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;

    private void WriteCell(string value)
    {
        var text = Neutralised(value);
        if (text.IndexOfAny(NeedsQuotes) < 0)
        {
            writer.Write(text);
            return;
        }
        writer.Write('"');
        writer.Write(text.Replace("\"", "\"\"", StringComparison.Ordinal));
        writer.Write('"');
    }
}
