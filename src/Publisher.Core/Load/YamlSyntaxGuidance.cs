using System.Text.RegularExpressions;
using Publisher.Core.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Publisher.Core.Load;

/// <summary>
/// Explains why YamlDotNet could not read a YAML text, in words an editor can act on, at the line that has to change.
/// YamlDotNet says what went wrong only in the English text of its exceptions (it has no error codes), so its known
/// messages are matched exactly; each leads to a look at the text itself, because YamlDotNet often stops at the next
/// token or at the start of the enclosing block rather than where the mistake is. Any other error still gets general
/// guidance: YamlDotNet's own text, written for YAML experts, is never shown.
/// </summary>
internal static partial class YamlSyntaxGuidance
{
    private static readonly Dictionary<string, Func<Failure, YamlProblem>> Explanations = new(StringComparer.Ordinal)
    {
        ["While scanning a mapping, found invalid tab as indentation."] = Tab,
        ["While scanning a plain scalar, found a tab character that violate indentation."] = Tab,
        ["While scanning a plain scalar value, found invalid mapping."] = ColonInPlainText,
        ["While scanning a multiline plain scalar, found invalid mapping."] = ColonInPlainText,
        ["While parsing a block mapping, did not find expected key."] = UnexpectedInMapping,
        ["While parsing a block collection, did not find expected '-' indicator."] = failure => LineOutOfPlace(failure.Text, failure.At.Line),
        ["While scanning a simple key, could not find expected ':'."] = failure => LineOutOfPlace(failure.Text, failure.At.Line),
        ["Did not find expected <document end>."] = IndentedFirstLine,
        ["While scanning a quoted scalar, found unexpected end of stream."] = UnclosedQuote,
        ["While scanning a quoted scalar, found unexpected document indicator."] = UnclosedQuote,
        ["While scanning a multi-line double-quoted scalar, found wrong indentation."] = UnclosedQuote,
        ["While scanning a quoted scalar, found unknown escape character."] = InvalidEscape,
        ["While scanning a quoted scalar, did not find expected hexadecimal number."] = InvalidEscape,
        ["While scanning a quoted scalar, found invalid Unicode character escape code."] = InvalidEscape,
        ["While scanning a quoted scalar, found invalid Unicode surrogates."] = InvalidEscape,
        ["While parsing a flow sequence, did not find expected ',' or ']'."] = Flow,
        ["While parsing a flow mapping, did not find expected ',' or '}'."] = Flow,
        ["While parsing a flow mapping,  did not find expected ',' or '}'."] = Flow,
        ["While parsing a node, did not find expected node content."] = CannotStartValue,
        ["While scanning for the next token, found character that cannot start any token."] = CannotStartValue,
        ["While scanning a block scalar, did not find expected comment or line break."] = IndicatorStartsValue,
        ["While scanning a block scalar, found a comment without whtespace after '>' indicator."] = IndicatorStartsValue,
        ["While scanning a block scalar, found an indentation indicator equal to 0."] = IndicatorStartsValue,
        ["While scanning an anchor or alias, found value containing disallowed: []{},"] = IndicatorStartsValue,
        ["While parsing a node, found more than one anchor."] = IndicatorStartsValue,
        ["Anchor before sequence entry on same line is not allowed."] = IndicatorStartsValue,
        ["While parsing a node, found undefined tag handle."] = IndicatorStartsValue,
        ["While scanning a tag, did not find expected '!'."] = IndicatorStartsValue,
        ["While scanning a tag, did not find expected whitespace, comma or line break."] = IndicatorStartsValue,
        ["While scanning a tag, did not find the expected '>'."] = IndicatorStartsValue,
        ["While scanning a tag, did not find URI escaped octet."] = IndicatorStartsValue,
        ["While scanning a tag, found an incorrect UTF-8 sequence."] = IndicatorStartsValue,
        ["While scanning a tag, found an incorrect leading UTF-8 octet."] = IndicatorStartsValue,
        ["While scanning a tag, found an incorrect trailing UTF-8 octet."] = IndicatorStartsValue,
        ["While scanning a directive, found unexpected non-alphabetical character."] = IndicatorStartsValue,
        ["While scanning a directive, could not find expected directive name."] = IndicatorStartsValue,
        ["While scanning a version directive, did not find preceding <document end>."] = IndicatorStartsValue,
        ["Block sequence entries are not allowed in this context."] = ListOnTheKeyLine,
        ["Mapping values are not allowed in this context."] = ColonWithoutKey,
    };

    /// <param name="last">The last event YamlDotNet produced before it threw, if any.</param>
    /// <param name="bracket">The innermost '[' or '{' still open when it threw, if any.</param>
    public static YamlProblem Explain(YamlText text, Exception error, ParsingEvent? last, OpenBracket? bracket)
    {
        var failure = new Failure(text, error, last, bracket);
        return error switch
        {
            // Thrown for an unclosed '[' or '{' followed by more lines.
            InvalidOperationException => bracket is null ? Generally(failure) : Unclosed(text, bracket),
            // Thrown for escapes of surrogates that do not pair up and for malformed verbatim tags ("!<>").
            ArgumentException => Unpositioned(failure),
            _ => Explanations.TryGetValue(error.Message, out var explain) ? explain(failure) : Generally(failure),
        };
    }

    /// <summary>An alias ("*name") of an anchor never defined: almost always a value or item that starts with '*' by accident.</summary>
    public static YamlProblem UnknownAlias(YamlText text, AnchorAlias alias)
    {
        var (lineNumber, column) = text.Position(alias.Start);
        var line = text.Line(lineNumber);
        return line[..(column - 1)].TrimEnd() is [.., '[' or '{' or ',']
            ? new YamlProblem(lineNumber, column, YamlMessages.StarStartsItem(YamlText.Quoted(FlowItemAt(line, column - 1))))
            : StartsWithIndicator(text, lineNumber, column - 1)!;
    }

    /// <summary>What went wrong and where YamlDotNet stopped.</summary>
    private sealed record Failure(YamlText Text, Exception Error, ParsingEvent? Last, OpenBracket? Bracket)
    {
        /// <summary>The start of the error, or for errors without a position the end of the last event read.</summary>
        public (int Line, int Column) At => Error is YamlException y ? Text.Position(y.Start) : Last is null ? (1, 1) : Text.Position(Last.End);

        /// <summary>Whether YamlDotNet stopped at the end of the text, with nothing but blanks after it.</summary>
        public bool AtEnd => Error is YamlException y && y.Start.Index >= Text.Text.TrimEnd().Length;

        /// <summary>Whether an open '[' or '{' explains the error: the text ended or went on to other lines without closing it.</summary>
        public bool BracketUnclosed => Bracket is not null && (AtEnd || At.Line > Text.Position(Bracket.At).Line);
    }

    private static YamlProblem Problem((int Line, int Column) at, Message message) => new(at.Line, at.Column, message);

    private static YamlProblem Generally(Failure failure) => Problem(failure.At, YamlMessages.Unreadable);

    /// <summary>
    /// A tab in the indentation of a line. YamlDotNet reports some of these at the start of the text, so the tab is
    /// looked for after the last event read, where the parser stopped.
    /// </summary>
    private static YamlProblem Tab(Failure failure)
    {
        var text = failure.Text;
        var from = failure.Last is null ? 1 : Math.Min((int)failure.Last.Start.Line + 1, text.LineCount);
        foreach (var start in new[] { from, 1 })
        {
            for (var line = start; line <= text.LineCount; line++)
            {
                if (TabInIndentation(text, line) is { } tab) return tab;
            }
        }
        return Problem(failure.At, YamlMessages.TabIndentation);
    }

    private static YamlProblem? TabInIndentation(YamlText text, int line)
    {
        var tab = text.Line(line).AsSpan(0, text.ContentColumn(line) - 1).IndexOf('\t');
        return tab < 0 ? null : new YamlProblem(line, tab + 1, YamlMessages.TabIndentation);
    }

    /// <summary>
    /// ': ' inside a plain value: on the line where the value starts it is a value that needs quotes ("title: Zápis:
    /// leden"); on a later line, the value's continuation, it is a key indented more than the keys above it.
    /// </summary>
    private static YamlProblem ColonInPlainText(Failure failure)
    {
        if (failure.Last is null || failure.Last.Start.Line != failure.At.Line) return LineOutOfPlace(failure.Text, failure.At.Line);
        var line = failure.Text.Line(failure.At.Line);
        var start = ItemContentStart(line);
        var colon = YamlText.KeyColon(line[start..]);
        if (colon > 0 && Key().IsMatch(line.AsSpan(start, colon)) && start + colon < failure.At.Column - 1)
            return Problem(failure.At, YamlMessages.ValueContainsColon(Corrected(line, ValueStart(line))));
        return Problem(failure.At, start > YamlText.Indentation(line)
            ? YamlMessages.ListItemContainsColon(Corrected(line, start))
            : YamlMessages.TextContainsColon(Corrected(line, start)));
    }

    /// <summary>A block mapping met something that is not its next key: a line out of place, or text after a value.</summary>
    private static YamlProblem UnexpectedInMapping(Failure failure)
    {
        var (lineNumber, column) = failure.At;
        if (column <= failure.Text.ContentColumn(lineNumber)) return LineOutOfPlace(failure.Text, lineNumber);

        var line = failure.Text.Line(lineNumber);
        var found = column - 1 < line.Length ? line[column - 1] : ' ';
        var before = line[..Math.Min(column - 1, line.Length)];
        // YAML ends a value at a NUL character, which editors do not show.
        var nul = before.IndexOf('\0');
        if (nul >= 0) return new YamlProblem(lineNumber, nul + 1, YamlMessages.NulCharacter);
        if (found is ']' or '}') return Problem(failure.At, YamlMessages.ClosesNothing(found.ToString()));
        if (failure.Last is AnchorAlias alias && alias.Start.Line == lineNumber)
            return StartsWithIndicator(failure.Text, lineNumber, (int)alias.Start.Column - 1)!;
        if (failure.Last is Scalar { Style: ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted } quoted && quoted.Start.Line == lineNumber)
            return Problem(failure.At, YamlMessages.GoesOnAfterClosingQuote(Corrected(line, (int)quoted.Start.Column - 1)));
        // "title: [Návrh] zápis": YAML reads a list in brackets and then finds more text.
        if (failure.Last is SequenceEnd or MappingEnd && failure.Last.End.Line == lineNumber && before.TrimEnd() is [.., ']' or '}'] closed)
            return Problem(failure.At, YamlMessages.GoesOnAfterClosingBracket(closed[^1].ToString(), Corrected(line, ValueStart(line))));
        return Generally(failure);
    }

    /// <summary>"guests: - Eva": a list item on the line of its key, where YAML does not allow one.</summary>
    private static YamlProblem ListOnTheKeyLine(Failure failure)
    {
        var (lineNumber, column) = failure.At;
        var line = failure.Text.Line(lineNumber);
        if (line.ElementAtOrDefault(column - 1) != '-') return Generally(failure);
        var key = YamlText.KeyOf(line[ItemContentStart(line)..]);
        var item = YamlText.PlainValue(line, column - 1);
        return Problem(failure.At, key is null
            ? YamlMessages.ListCannotStartHere(item)
            : YamlMessages.ListOnTheKeyLine(item, key));
    }

    /// <summary>"date: : 2020": a ':' with no key before it.</summary>
    private static YamlProblem ColonWithoutKey(Failure failure)
    {
        var (lineNumber, column) = failure.At;
        return failure.Text.Line(lineNumber).ElementAtOrDefault(column - 1) == ':'
            ? Problem(failure.At, YamlMessages.ColonWithoutKey)
            : Generally(failure);
    }

    /// <summary>
    /// A line that does not fit where it stands: a tab in its indentation, a key or list item indented differently
    /// from those it belongs with, a list item where keys are, a '-' or ':' without its space, or text that belongs
    /// to no key.
    /// </summary>
    private static YamlProblem LineOutOfPlace(YamlText text, int lineNumber)
    {
        if (TabInIndentation(text, lineNumber) is { } tab) return tab;
        var column = text.ContentColumn(lineNumber);
        var content = text.Line(lineNumber)[(column - 1)..];
        if (text.IsListItem(lineNumber)) return ItemOutOfPlace(text, lineNumber, column);
        if (content.Length > 1 && content[0] == '-' && (char.IsLetterOrDigit(content[1]) || content[1] is '"' or '\''))
            return new YamlProblem(lineNumber, column, YamlMessages.SpaceAfterDash(content[1..]));
        if (YamlText.KeyOf(content) is not null) return KeyOutOfPlace(text, lineNumber, column);
        if (KeyWithoutSpace().Match(content) is { Success: true } glued)
            return new YamlProblem(lineNumber, column, YamlMessages.SpaceAfterColon(glued.Groups[1].Value, glued.Groups[2].Value));
        return new YamlProblem(lineNumber, column, YamlMessages.LineBelongsNowhere);
    }

    private static YamlProblem KeyOutOfPlace(YamlText text, int lineNumber, int column)
    {
        var keys = text.Outline(lineNumber).Where(opener => !opener.IsListItem).ToList();
        var choices = LineUpWith(text, keys, column - 1, (key, line, indentation) => YamlMessages.KeyOnLine(key.Key!, line, indentation));
        return new YamlProblem(lineNumber, column, choices is null
            ? YamlMessages.KeyLineInList
            : YamlMessages.KeyIndentedDifferently(choices));
    }

    private static YamlProblem ItemOutOfPlace(YamlText text, int lineNumber, int column)
    {
        var items = text.Outline(lineNumber).Where(opener => opener.IsListItem).ToList();
        var choices = LineUpWith(text, items, column - 1, (_, line, indentation) => YamlMessages.DashOnLine(line, indentation));
        return new YamlProblem(lineNumber, column, choices is null
            ? YamlMessages.ItemWhereKeysBelong
            : YamlMessages.ItemIndentedDifferently(choices));
    }

    /// <summary>
    /// The openers a line at <paramref name="indentation"/> most likely belongs with: the nearest one indented more
    /// (a sibling of the lines just above) and the nearest one indented less (a block further out), e.g.
    /// "'present:' on line 3 (2 spaces) or with 'attendees:' on line 2 (no indentation)".
    /// </summary>
    /// <param name="describe">Names an opener from its file line and indentation, e.g. "'present:' on line 3 (2 spaces)".</param>
    private static Message? LineUpWith(YamlText text, List<BlockOpener> openers, int indentation, Func<BlockOpener, int, Message, Message> describe)
    {
        var deeper = openers.Where(o => o.Indentation > indentation).MinBy(o => o.Indentation);
        var shallower = openers.Where(o => o.Indentation < indentation).MaxBy(o => o.Indentation);
        var choices = new[] { deeper, shallower }.OfType<BlockOpener>()
            .Select(o => describe(o, text.FileLine(o.Line), YamlMessages.Indentation(o.Indentation)))
            .ToList();
        return choices.Count == 0 ? null : choices.Aggregate(YamlMessages.OrWith);
    }

    /// <summary>The top level ended before the text did: its first line is indented, and lines further out follow.</summary>
    private static YamlProblem IndentedFirstLine(Failure failure)
    {
        var text = failure.Text;
        var first = Enumerable.Range(1, text.LineCount).FirstOrDefault(line => !text.IsBlankOrComment(line));
        return first > 0 && YamlText.Indentation(text.Line(first)) > 0
            ? new YamlProblem(first, text.ContentColumn(first), YamlMessages.IndentedFirstLine)
            : LineOutOfPlace(text, failure.At.Line);
    }

    private static YamlProblem UnclosedQuote(Failure failure)
    {
        var (line, column) = failure.At;
        var quote = failure.Text.Line(line).ElementAtOrDefault(column - 1);
        return quote is '"' or '\''
            ? Problem(failure.At, YamlMessages.UnclosedQuote(quote.ToString()))
            : Generally(failure);
    }

    /// <summary>An escape in double quotes that YAML refuses, found from the value's opening quote where YamlDotNet reports it.</summary>
    private static YamlProblem InvalidEscape(Failure failure)
    {
        var (line, column) = failure.At;
        var escape = failure.Text.FirstInvalidEscape(failure.Text.Index(line, column));
        return escape is null ? Generally(failure) : EscapeProblem(failure.Text, escape);
    }

    private static YamlProblem EscapeProblem(YamlText text, Escape escape) => Problem(text.Position(escape.Index), escape switch
    {
        { IsKnown: false } => YamlMessages.UnknownEscape(escape.Written),
        { CodePoint: > 0x10FFFF } => YamlMessages.NotACharacterCode(escape.Written),
        _ => YamlMessages.HalfOfSurrogatePair(escape.Written),
    });

    private static YamlProblem Flow(Failure failure)
    {
        if (failure.BracketUnclosed) return Unclosed(failure.Text, failure.Bracket!);
        return failure.Bracket?.Bracket switch
        {
            '[' => Problem(failure.At, YamlMessages.FlowListGoesOn),
            '{' => Problem(failure.At, YamlMessages.FlowPairsGoOn),
            _ => Generally(failure),
        };
    }

    private static YamlProblem Unclosed(YamlText text, OpenBracket bracket) =>
        Problem(text.Position(bracket.At), bracket.Bracket == '[' ? YamlMessages.UnclosedList : YamlMessages.UnclosedBrace);

    /// <summary>A value that starts with a character YAML reserves (']', '@', '`', '%' …).</summary>
    private static YamlProblem CannotStartValue(Failure failure)
    {
        if (failure.BracketUnclosed) return Unclosed(failure.Text, failure.Bracket!);
        var (lineNumber, column) = failure.At;
        var line = failure.Text.Line(lineNumber);
        if (column > line.Length) return Generally(failure);
        var found = line[column - 1];
        if (failure.Bracket is { } bracket && failure.Text.Position(bracket.At).Line == lineNumber)
        {
            if (found == ',') return Problem(failure.At, YamlMessages.NoItemBeforeComma);
            var item = FlowItemAt(line, column - 1);
            return Problem(failure.At, YamlMessages.ItemCannotStartWith(found.ToString(), YamlText.Quoted(item.Length == 0 ? found.ToString() : item)));
        }
        var start = Math.Min(ValueStart(line), column - 1);
        return Problem(failure.At, YamlMessages.ValueCannotStartWith(found.ToString(), Corrected(line, start)));
    }

    /// <summary>A value that starts with '|', '>', '&amp;', '*', '!' or '%', which YAML reads as its own syntax.</summary>
    private static YamlProblem IndicatorStartsValue(Failure failure)
    {
        var (line, column) = failure.At;
        return StartsWithIndicator(failure.Text, line, ValueStart(failure.Text.Line(line)))
            ?? StartsWithIndicator(failure.Text, line, column - 1)
            ?? Generally(failure);
    }

    private static YamlProblem? StartsWithIndicator(YamlText text, int lineNumber, int start)
    {
        var line = text.Line(lineNumber);
        var meaning = line.ElementAtOrDefault(start) switch
        {
            '|' or '>' => YamlMessages.BeginsTextBelow,
            '&' => YamlMessages.NamesAnAnchor,
            '*' => YamlMessages.RefersToAnAnchor,
            '!' => YamlMessages.MakesATag,
            '%' => YamlMessages.MakesADirective,
            _ => null,
        };
        return meaning is null
            ? null
            : new YamlProblem(lineNumber, start + 1, YamlMessages.IndicatorStartsValue(line[start].ToString(), meaning, Corrected(line, start)));
    }

    /// <summary>Errors YamlDotNet throws without a position: found in the text after the last event it produced.</summary>
    private static YamlProblem Unpositioned(Failure failure)
    {
        var from = failure.Last is null ? 0 : (int)Math.Min(failure.Last.End.Index, failure.Text.Text.Length);
        if (failure.Text.FirstInvalidEscape(from) is { } escape) return EscapeProblem(failure.Text, escape);
        var tag = failure.Text.Text.IndexOf('!', from);
        if (tag < 0) return Generally(failure);
        var (line, _) = failure.Text.Position(tag);
        return StartsWithIndicator(failure.Text, line, ValueStart(failure.Text.Line(line))) ?? Generally(failure);
    }

    /// <summary>The item of a list in brackets that starts at <paramref name="start"/>: up to the next ',', ']' or '}'.</summary>
    private static string FlowItemAt(string line, int start) => line[start..].Split([',', ']', '}'])[0].Trim();

    /// <summary>Where a line's content starts after its indentation and any list-item dashes.</summary>
    private static int ItemContentStart(string line)
    {
        var start = YamlText.Indentation(line);
        while (line.AsSpan(start).StartsWith("- "))
        {
            start += 2;
            while (start < line.Length && line[start] == ' ') start++;
        }
        return start;
    }

    /// <summary>Where the value of a line starts: after its indentation, dashes and key.</summary>
    private static int ValueStart(string line)
    {
        var start = ItemContentStart(line);
        var colon = YamlText.KeyColon(line[start..]);
        if (colon < 0) return start;
        start += colon + 1;
        while (start < line.Length && line[start] is ' ' or '\t') start++;
        return start;
    }

    /// <summary>The line from its key (or dash) on, with the value from <paramref name="valueStart"/> in quotes.</summary>
    private static string Corrected(string line, int valueStart) =>
        line[..valueStart].TrimStart() + YamlText.Quoted(YamlText.PlainValue(line, valueStart));

    /// <summary>"title:Zápis": a key as the content contract writes them, glued to its value.</summary>
    [GeneratedRegex("^([a-z][a-z0-9_]*):(\\S.*)$")]
    private static partial Regex KeyWithoutSpace();

    /// <summary>A key as the content contract writes them; anything else before ': ' is more likely part of a text.</summary>
    [GeneratedRegex("^[a-z][a-z0-9_]*$")]
    private static partial Regex Key();
}
