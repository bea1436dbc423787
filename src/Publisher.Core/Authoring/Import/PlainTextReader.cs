using System.Text;
using System.Text.RegularExpressions;
using System.Text.Unicode;
using Publisher.Core.Czech;
using Publisher.Core.Load;

namespace Publisher.Core.Authoring.Import;

/// <summary>
/// Reads minutes saved as plain text: UTF-8 when the bytes are valid UTF-8 (with or without a BOM), else Windows-1250,
/// in which older Czech Windows tools saved text. Lists are recognised by their markers, tables by tab-separated cells,
/// and headings as short standalone lines followed by text, as minutes written in a word processor look when saved as text.
/// </summary>
public static partial class PlainTextReader
{
    private const int MaxHeadingLength = 100;

    static PlainTextReader() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string Decode(byte[] bytes)
    {
        ReadOnlySpan<byte> span = bytes;
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) span = span[3..];
        var text = Utf8.IsValid(span) ? Encoding.UTF8.GetString(span) : Encoding.GetEncoding(1250).GetString(span);
        return SourceDecoder.NormaliseLineEnds(text);
    }

    public static LegacyDocument Read(string sourceName, byte[] bytes)
    {
        var blocks = new List<LegacyBlock>();
        var rows = new List<IReadOnlyList<string>>();
        foreach (var line in Decode(bytes).Split('\n'))
        {
            if (line.Contains('\t') && line.Trim().Length > 0)
            {
                rows.Add(line.Split('\t').Select(cell => cell.Trim()).ToList());
                continue;
            }
            if (rows.Count > 0)
            {
                blocks.Add(new LegacyTable(rows));
                rows = [];
            }
            blocks.Add(Classify(line));
        }
        if (rows.Count > 0) blocks.Add(new LegacyTable(rows));
        return new LegacyDocument(sourceName, MarkHeadings(blocks));
    }

    private static LegacyLine Classify(string line)
    {
        var text = line.Trim();
        if (text.Length == 0 || Separator().IsMatch(text)) return LegacyLine.Blank;
        if (Bullet().Match(text) is { Success: true } bullet) return new LegacyLine(bullet.Groups["text"].Value.Trim(), LineRole.BulletItem);
        if (Numbered().Match(text) is { Success: true } numbered && !CzechDateText.StartsWithDate(text))
            return new LegacyLine(numbered.Groups["text"].Value.Trim(), LineRole.NumberedItem);
        if (AgendaPoint().IsMatch(text)) return new LegacyLine(text, LineRole.Heading, 1);
        return new LegacyLine(text, LineRole.Paragraph);
    }

    /// <summary>
    /// A heading is a short line standing alone between blank lines, not ending like a sentence or a label, without a date
    /// ("Příští jednání 6. 4. 2020"), and followed by
    /// something that is not such a line too: a run of short lines ("Účastníci" / "Dle prezenční listiny") is text.
    /// </summary>
    private static List<LegacyBlock> MarkHeadings(List<LegacyBlock> blocks)
    {
        var nextContent = new int[blocks.Count];
        var next = -1;
        for (var i = blocks.Count - 1; i >= 0; i--)
        {
            nextContent[i] = next;
            if (blocks[i] is not LegacyLine { Role: LineRole.Blank }) next = i;
        }
        var marked = new List<LegacyBlock>(blocks.Count);
        for (var i = 0; i < blocks.Count; i++)
        {
            var standsAlone = IsBlankOrEdge(blocks, i - 1) && IsBlankOrEdge(blocks, i + 1);
            var followed = nextContent[i] >= 0 && !IsHeadingLike(blocks[nextContent[i]]);
            marked.Add(standsAlone && followed && IsHeadingLike(blocks[i]) ? new LegacyLine(((LegacyLine)blocks[i]).Text, LineRole.Heading, 1) : blocks[i]);
        }
        return marked;
    }

    private static bool IsBlankOrEdge(List<LegacyBlock> blocks, int index) =>
        index < 0 || index >= blocks.Count || blocks[index] is LegacyLine { Role: LineRole.Blank };

    private static bool IsHeadingLike(LegacyBlock block) =>
        block is LegacyLine { Role: LineRole.Paragraph, Text: var text }
        && text.Length <= MaxHeadingLength
        && char.IsUpper(text[0])
        && !text.Contains(':')
        && !".,;!?".Contains(text[^1])
        && MeetingDateText.FindDate(text) is null;

    /// <summary>A line of nothing but dashes, underscores or asterisks: a separator, or a list marker with no item after it.</summary>
    [GeneratedRegex(@"^[_*=\-–—\s]+$")]
    private static partial Regex Separator();

    [GeneratedRegex(@"^[-•*–·]\s+(?<text>.+)$")]
    private static partial Regex Bullet();

    [GeneratedRegex(@"^\d{1,2}[.)]\s+(?<text>.+)$")]
    private static partial Regex Numbered();

    /// <summary>"Ad 1)", "add 2) Agentura": the section of an agenda point.</summary>
    [GeneratedRegex(@"^add?\s*\d{1,2}\)", RegexOptions.IgnoreCase)]
    private static partial Regex AgendaPoint();
}
