using System.Globalization;
using YamlDotNet.Core;

namespace Publisher.Core.Load;

/// <summary>
/// YAML source text as an editor sees it: lines, their indentation, the keys and list items that open blocks.
/// YamlDotNet often reports a mistake at the next token or at the start of the enclosing block; these views find
/// the line at fault and show what a corrected line looks like.
/// </summary>
internal sealed class YamlText
{
    // Where each line starts; a line is taken out of the text only when it is looked at, which only a mistake or a
    // value over several lines makes happen: every document's front matter is read through this.
    private readonly int[] _lineStarts;
    private readonly int _firstLine;

    /// <param name="firstLine">The file line on which the text starts, so that messages can name file lines.</param>
    public YamlText(string text, int firstLine)
    {
        Text = text;
        _firstLine = firstLine;
        _lineStarts = new int[text.AsSpan().Count('\n') + 1];
        var next = 0;
        for (var i = 1; i < _lineStarts.Length; i++)
            _lineStarts[i] = next = text.IndexOf('\n', next) + 1;
    }

    public string Text { get; }

    public int LineCount => _lineStarts.Length;

    /// <summary>Line <paramref name="line"/> (1-based) without its line break.</summary>
    public string Line(int line) => LineText(line).ToString();

    private ReadOnlySpan<char> LineText(int line)
    {
        var start = _lineStarts[line - 1];
        var end = line < _lineStarts.Length ? _lineStarts[line] - 1 : Text.Length;
        return Text.AsSpan(start, end - start);
    }

    /// <summary>The file line of a line of this text, as messages name it.</summary>
    public int FileLine(int line) => line + _firstLine - 1;

    /// <summary>
    /// A mark as a position in the text. YamlDotNet ends a text that lacks a final line break on the line after it,
    /// which the file does not have; what is found there is at the end of the last line.
    /// </summary>
    public (int Line, int Column) Position(Mark mark) =>
        mark.Line <= LineCount
            ? ((int)Math.Max(mark.Line, 1), (int)Math.Max(mark.Column, 1))
            : (LineCount, LineText(LineCount).Length + 1);

    /// <summary>The position of a character offset (0-based) in the text.</summary>
    public (int Line, int Column) Position(int index)
    {
        var line = Array.BinarySearch(_lineStarts, Math.Clamp(index, 0, Text.Length));
        if (line < 0) line = ~line - 1;
        return (line + 1, index - _lineStarts[line] + 1);
    }

    /// <summary>The character offset (0-based) of a 1-based line and column.</summary>
    public int Index(int line, int column) => _lineStarts[line - 1] + column - 1;

    /// <summary>The 1-based column of the first character of a line that is neither a space nor a tab.</summary>
    public int ContentColumn(int line)
    {
        var text = LineText(line);
        return text.Length - text.TrimStart(" \t").Length + 1;
    }

    /// <summary>Whether a line holds nothing YAML reads: only blanks, or a comment.</summary>
    public bool IsBlankOrComment(int line)
    {
        var content = LineText(line).TrimStart(" \t");
        return content.IsEmpty || content[0] == '#';
    }

    /// <summary>Whether a line's content is a list item: '-' followed by a space or nothing.</summary>
    public bool IsListItem(int line)
    {
        var content = LineText(line).TrimStart(" \t");
        return content.StartsWith("- ") || content is "-";
    }

    /// <summary>
    /// The lines above <paramref name="line"/> that open the blocks it could belong to, nearest first: going up, each line
    /// indented less than every line between it and <paramref name="line"/>, or a key over a list at its own indentation.
    /// A line "- key: value" opens both a list item and a mapping whose keys line up with its key.
    /// </summary>
    public IReadOnlyList<BlockOpener> Outline(int line)
    {
        var openers = new List<BlockOpener>();
        var least = int.MaxValue;
        var leastIsItem = false;
        for (var above = line - 1; above >= 1 && (least > 0 || leastIsItem); above--)
        {
            if (IsBlankOrComment(above)) continue;
            var text = Line(above);
            var indentation = Indentation(text);
            // A list may stand at the indentation of its key ("excused:" over "- Eva"): that key still opens a block.
            var keyOverItsList = indentation == least && leastIsItem && !IsListItem(above);
            if (indentation >= least && !keyOverItsList) continue;
            least = indentation;
            leastIsItem = IsListItem(above);
            var content = indentation;
            while (text.AsSpan(content).StartsWith("- "))
            {
                openers.Add(new BlockOpener(above, content, null));
                content += 2;
                while (content < text.Length && text[content] == ' ') content++;
            }
            if (KeyOf(text[content..]) is { } key)
                openers.Add(new BlockOpener(above, content, key));
        }
        return openers;
    }

    /// <summary>
    /// The escapes of the value in double quotes whose opening quote is at <paramref name="openingQuote"/>, in order, up
    /// to its closing quote (or the end of the text). A surrogate pair written as two escapes ("\uD83D\uDE00") is one.
    /// </summary>
    public IReadOnlyList<Escape> Escapes(int openingQuote) => QuotedValue(openingQuote).Escapes;

    /// <summary>The first escape YAML refuses in the values in double quotes from <paramref name="from"/> on.</summary>
    public Escape? FirstInvalidEscape(int from)
    {
        for (var quote = Text.IndexOf('"', from); quote >= 0; quote = Text.IndexOf('"', quote))
        {
            var (escapes, closingQuote) = QuotedValue(quote);
            if (escapes.FirstOrDefault(escape => escape.IsInvalid) is { } invalid) return invalid;
            if (closingQuote + 1 >= Text.Length) return null;
            quote = closingQuote + 1;
        }
        return null;
    }

    private (IReadOnlyList<Escape> Escapes, int ClosingQuote) QuotedValue(int openingQuote)
    {
        var escapes = new List<Escape>();
        var i = openingQuote + 1;
        for (; i < Text.Length && Text[i] != '"'; i++)
        {
            if (Text[i] != '\\') continue;
            var escape = EscapeAt(i);
            if (escape.CodePoint is >= 0xD800 and <= 0xDBFF && EscapeAt(i + escape.Written.Length) is { CodePoint: >= 0xDC00 and <= 0xDFFF } low)
                escape = new Escape(i, escape.Written + low.Written, true, char.ConvertToUtf32((char)escape.CodePoint, (char)low.CodePoint));
            escapes.Add(escape);
            i += escape.Written.Length - 1;
        }
        return (escapes, i);
    }

    /// <summary>The escape that starts with the backslash at <paramref name="index"/>.</summary>
    private Escape EscapeAt(int index)
    {
        if (index + 1 >= Text.Length || Text[index] != '\\') return new Escape(index, Text[index..Math.Min(index + 1, Text.Length)], false, null);
        var digits = Text[index + 1] switch { 'x' => 2, 'u' => 4, 'U' => 8, _ => 0 };
        if (digits == 0) return new Escape(index, Text.Substring(index, 2), SingleCharacterEscapes.Contains(Text[index + 1]), null);
        var hex = 0;
        while (hex < digits && index + 2 + hex < Text.Length && char.IsAsciiHexDigit(Text[index + 2 + hex])) hex++;
        var written = Text.Substring(index, 2 + hex);
        return hex < digits
            ? new Escape(index, written, false, null)
            : new Escape(index, written, true, long.Parse(written.AsSpan(2), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
    }

    /// <summary>What may follow a backslash in double quotes besides x, u and U (a line break continues the line).</summary>
    private const string SingleCharacterEscapes = "0abt\tnvfre \"/\\N_LP\n";

    /// <summary>The number of spaces a line starts with.</summary>
    public static int Indentation(string line) => line.Length - line.AsSpan().TrimStart(' ').Length;

    /// <summary>The key of a "key: value" or "key:" line content, or null when it has none.</summary>
    public static string? KeyOf(string content)
    {
        var colon = KeyColon(content);
        return colon < 0 ? null : content[..colon].Trim();
    }

    /// <summary>The index of the ':' that ends the key of a line content, or -1 when it has no key.</summary>
    public static int KeyColon(string content)
    {
        if (content.Length == 0 || content[0] is '#' or '-' or '[' or '{') return -1;
        var comment = content.IndexOf(" #", StringComparison.Ordinal);
        var end = comment < 0 ? content.Length : comment;
        for (var colon = content.IndexOf(':'); colon > 0 && colon < end; colon = content.IndexOf(':', colon + 1))
        {
            if (colon + 1 == content.Length || content[colon + 1] is ' ' or '\t') return colon;
        }
        return -1;
    }

    /// <summary>A plain value as YAML reads it from <paramref name="start"/> on a line: up to a comment, without surrounding blanks.</summary>
    public static string PlainValue(string line, int start)
    {
        var value = line[start..];
        var comment = value.IndexOf(" #", StringComparison.Ordinal);
        return (comment < 0 ? value : value[..comment]).Trim();
    }

    /// <summary>
    /// A value in the quotes that make YAML read it as it is: double quotes, or single quotes when the value holds
    /// double quotes but no single ones (inside single quotes nothing needs escaping).
    /// </summary>
    public static string Quoted(string value) =>
        value.Contains('"') && !value.Contains('\'')
            ? $"'{value}'"
            : $"\"{value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)}\"";
}

/// <summary>
/// A line that opens a block: a list item (<paramref name="Key"/> is null) or a key, and the number of spaces before
/// its '-' or its key.
/// </summary>
internal sealed record BlockOpener(int Line, int Indentation, string? Key)
{
    public bool IsListItem => Key is null;
}

/// <summary>
/// An escape in a value in double quotes as written at <paramref name="Index"/>: whether YAML knows it (a known letter, or
/// x, u or U with all their hexadecimal digits), and for the hexadecimal ones the code point it stands for.
/// </summary>
internal sealed record Escape(int Index, string Written, bool IsKnown, long? CodePoint)
{
    /// <summary>Whether YAML refuses it: unknown, missing digits, beyond Unicode, or half of a surrogate pair.</summary>
    public bool IsInvalid => !IsKnown || CodePoint is > 0x10FFFF or (>= 0xD800 and <= 0xDFFF);
}
