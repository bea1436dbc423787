using System.Text;

namespace Publisher.Core.Model;

/// <summary>
/// The summary shown in listings when the editor wrote none: the body's first paragraph as plain text,
/// shortened at a word boundary. Scans lines instead of parsing the whole body, because it runs for every document.
/// </summary>
public static class SummaryExtractor
{
    public const int MaxLength = 280;

    // The most Markdown a summary is made from: room for links and emphasis around the text of a long first paragraph.
    private const int MaxSourceLength = MaxLength * 8;

    public static string FromMarkdown(ReadOnlySpan<char> body)
    {
        var paragraph = new StringBuilder();
        var inFence = false;
        // Line by line from the start, never the whole body: the first paragraph is usually within its first lines.
        for (var start = 0; start < body.Length;)
        {
            var end = body[start..].IndexOf('\n');
            end = end < 0 ? body.Length : start + end;
            var line = body[start..end].Trim().ToString();
            start = end + 1;
            if (line.StartsWith("```") || line.StartsWith("~~~")) { inFence = !inFence; continue; }
            if (inFence) continue;
            if (line.Length == 0 || IsBlockMarker(line))
            {
                if (paragraph.Length > 0) break;
                continue;
            }
            if (paragraph.Length > 0) paragraph.Append(' ');
            // A line may be the whole body; Markdig takes time quadratic in some unclosed markup ("[x](" repeated), so
            // no more is parsed than a summary could come from, markup and all.
            paragraph.Append(line.AsSpan(0, Math.Min(line.Length, MaxSourceLength - paragraph.Length)));
            if (paragraph.Length > MaxLength * 2) break;
        }
        var text = PlainText(paragraph.ToString());
        return Shorten(string.Join(' ', text.Split((char[])[' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries)));
    }

    private static string PlainText(string markdown)
    {
        try
        {
            return Markdig.Markdown.ToPlainText(markdown).Trim();
        }
        catch (ArgumentException)
        {
            // Nested past Markdig's depth limit: rendering the body reports that; the summary keeps the raw text.
            return markdown;
        }
    }

    public static string Shorten(string text)
    {
        if (text.Length <= MaxLength) return text;
        var cut = text.LastIndexOf(' ', MaxLength - 1);
        return (cut > MaxLength / 2 ? text[..cut] : text[..(MaxLength - 1)]).TrimEnd(',', ';', ':', ' ', '–') + "…";
    }

    /// <summary>
    /// Headings, tables, quotes, HTML, list items and rules; "**bold**" at a line start is still a paragraph. A date line
    /// ("4. 3. 2022", text in the body) is passed over too: a date alone says nothing of what the minutes are about.
    /// </summary>
    private static bool IsBlockMarker(string line) =>
        line[0] is '#' or '|' or '>' or '<' or '='
        || (line[0] is '*' or '-' or '+' && (line.Length == 1 || line[1] == ' ' || line.All(c => c == line[0] || c == ' ')))
        || (char.IsAsciiDigit(line[0]) && line.TrimStart("0123456789".ToCharArray()) is ['.' or ')', ..]);
}
