using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Publisher.Core.Authoring.Import;

/// <summary>
/// Reads minutes written in Word (.docx): each paragraph is a line, a heading when its style is one of Word's headings
/// (or the title), a list item when it is numbered or bulleted; tables keep their rows and cells.
/// </summary>
public static partial class DocxReader
{
    /// <exception cref="OpenXmlPackageException">The file is not a Word document.</exception>
    public static LegacyDocument Read(string sourceName, Stream stream)
    {
        using var document = WordprocessingDocument.Open(stream, isEditable: false);
        var main = document.MainDocumentPart;
        var body = main?.Document?.Body;
        if (main is null || body is null) return new LegacyDocument(sourceName, []);
        var styleNames = (main.StyleDefinitionsPart?.Styles?.Elements<Style>() ?? [])
            .Where(s => s.StyleId?.Value is not null)
            .GroupBy(s => s.StyleId!.Value!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().StyleName?.Val?.Value ?? g.Key, StringComparer.Ordinal);
        var lists = new ListFormats(main.NumberingDefinitionsPart?.Numbering);

        var blocks = new List<LegacyBlock>();
        foreach (var element in body.Elements())
        {
            if (element is Paragraph paragraph) blocks.Add(Line(paragraph, styleNames, lists));
            else if (element is Table table && Rows(table) is { Rows.Count: > 0 } rows) blocks.Add(rows);
        }
        return new LegacyDocument(sourceName, blocks);
    }

    private static LegacyLine Line(Paragraph paragraph, Dictionary<string, string> styleNames, ListFormats lists)
    {
        var text = Text(paragraph);
        if (text.Length == 0) return LegacyLine.Blank;
        var styleId = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
        var style = styleId is null ? "" : styleNames.GetValueOrDefault(styleId, styleId);
        if (HeadingStyle().Match(style) is { Success: true } heading)
            return new LegacyLine(text, LineRole.Heading, int.Parse(heading.Groups["level"].Value, System.Globalization.CultureInfo.InvariantCulture));
        if (TitleStyle().IsMatch(style)) return new LegacyLine(text, LineRole.Heading, 1);
        if (paragraph.ParagraphProperties?.NumberingProperties is { } numbering)
            return new LegacyLine(text, lists.IsBulleted(numbering) ? LineRole.BulletItem : LineRole.NumberedItem);
        if (ListStyle().Match(style) is { Success: true } list)
            return new LegacyLine(text, list.Groups["kind"].Value.Equals("bullet", StringComparison.OrdinalIgnoreCase) ? LineRole.BulletItem : LineRole.NumberedItem);
        return new LegacyLine(text, LineRole.Paragraph);
    }

    private static LegacyTable Rows(Table table) => new(table.Elements<TableRow>()
        .Select(row => (IReadOnlyList<string>)row.Elements<TableCell>()
            .Select(cell => string.Join(" ", cell.Elements<Paragraph>().Select(Text).Where(t => t.Length > 0)))
            .ToList())
        .ToList());

    /// <summary>The paragraph's visible text: tabs and line breaks become spaces, deleted text and field codes are left out.</summary>
    private static string Text(OpenXmlElement paragraph)
    {
        var text = new StringBuilder();
        foreach (var element in paragraph.Descendants())
        {
            if (element is Text run) text.Append(run.Text);
            else if (element is TabChar or Break or CarriageReturn) text.Append(' ');
        }
        return text.ToString().Trim();
    }

    /// <summary>Whether each numbered paragraph shows a bullet or a number, from the document's numbering definitions.</summary>
    private sealed class ListFormats
    {
        private readonly Dictionary<int, int> _abstractOf = [];
        private readonly Dictionary<(int Abstract, int Level), bool> _bulleted = [];

        public ListFormats(Numbering? numbering)
        {
            foreach (var instance in numbering?.Elements<NumberingInstance>() ?? [])
            {
                if (instance.NumberID?.Value is { } id && instance.AbstractNumId?.Val?.Value is { } abstractId) _abstractOf.TryAdd(id, abstractId);
            }
            foreach (var definition in numbering?.Elements<AbstractNum>() ?? [])
            {
                if (definition.AbstractNumberId?.Value is not { } abstractId) continue;
                foreach (var level in definition.Elements<Level>())
                {
                    if (level.LevelIndex?.Value is { } index)
                        _bulleted.TryAdd((abstractId, index), level.NumberingFormat?.Val is not { } format || format.Value == NumberFormatValues.Bullet);
                }
            }
        }

        /// <summary>A paragraph whose numbering cannot be found shows a bullet, as Word shows most lists.</summary>
        public bool IsBulleted(NumberingProperties properties) =>
            properties.NumberingId?.Val?.Value is not { } id
            || !_abstractOf.TryGetValue(id, out var abstractId)
            || _bulleted.GetValueOrDefault((abstractId, properties.NumberingLevelReference?.Val?.Value ?? 0), true);
    }

    /// <summary>Word's built-in heading styles, named "heading 1" in every language's Word (their ids are translated: "Nadpis1").</summary>
    [GeneratedRegex(@"^(heading\s*|nadpis\s*)(?<level>[1-6])$", RegexOptions.IgnoreCase)]
    private static partial Regex HeadingStyle();

    [GeneratedRegex(@"^(title|název)$", RegexOptions.IgnoreCase)]
    private static partial Regex TitleStyle();

    [GeneratedRegex(@"^list\s*(?<kind>bullet|number)(\s*\d)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ListStyle();
}
