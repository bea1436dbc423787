using System.Globalization;
using System.Text;

namespace Publisher.Core.Authoring.Import;

/// <summary>
/// Writes the body of imported minutes as Markdown: headings as "##" (subsections deeper), list items as "-" or numbered,
/// tables as pipe tables, each other line a paragraph. The lines that became front matter are left out.
/// </summary>
public static class MarkdownBodyWriter
{
    public static string Write(LegacyDocument document, IReadOnlySet<int> frontMatterBlocks)
    {
        var text = new StringBuilder();
        LineRole? previous = null;
        var number = 0;
        for (var i = 0; i < document.Blocks.Count; i++)
        {
            var block = document.Blocks[i];
            if (block is LegacyLine { Role: LineRole.Blank } || (block is LegacyLine && frontMatterBlocks.Contains(i))) continue;
            var role = block is LegacyLine line ? line.Role : (LineRole?)null;
            var continuesList = role is LineRole.BulletItem or LineRole.NumberedItem && role == previous;
            if (text.Length > 0 && !continuesList) text.Append('\n');
            number = continuesList ? number + 1 : 1;
            switch (block)
            {
                case LegacyLine { Role: LineRole.Heading } heading:
                    text.Append('#', Math.Clamp(heading.Level + 1, 2, 6)).Append(' ').Append(heading.Text).Append('\n');
                    break;
                case LegacyLine { Role: LineRole.BulletItem } item:
                    text.Append("- ").Append(item.Text).Append('\n');
                    break;
                case LegacyLine { Role: LineRole.NumberedItem } item:
                    text.Append(number.ToString(CultureInfo.InvariantCulture)).Append(". ").Append(item.Text).Append('\n');
                    break;
                case LegacyLine paragraph:
                    text.Append(Paragraph(paragraph.Text)).Append('\n');
                    break;
                case LegacyTable table:
                    Table(text, table);
                    break;
            }
            previous = role;
        }
        return text.ToString();
    }

    /// <summary>A line as a paragraph: a leading '#' or '>' would make it a heading or a quotation.</summary>
    private static string Paragraph(string text) => text[0] is '#' or '>' ? "\\" + text : text;

    private static void Table(StringBuilder text, LegacyTable table)
    {
        var columns = table.Rows.Max(row => row.Count);
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var row = table.Rows[r];
            text.Append('|');
            for (var c = 0; c < columns; c++)
                text.Append(' ').Append(c < row.Count ? Cell(row[c]) : "").Append(" |");
            text.Append('\n');
            if (r == 0) text.Append('|').Append(string.Concat(Enumerable.Repeat("---|", columns))).Append('\n');
        }
    }

    private static string Cell(string text) => text.Replace("\\", "\\\\").Replace("|", "\\|").Replace('\n', ' ');
}
