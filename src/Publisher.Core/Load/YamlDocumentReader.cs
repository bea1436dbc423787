using Publisher.Core.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Publisher.Core.Load;

/// <summary>
/// Parses YAML text into YamlDotNet's node tree, reporting every mistake at its file position with guidance an editor
/// can follow (<see cref="YamlSyntaxGuidance"/>), never with YamlDotNet's own text. Before the tree is built the
/// parser's events are checked for what the tree builder would throw on or silently get wrong: nesting deep enough to
/// exhaust the stack of the recursive tree builder, masses of aliases ("billion laughs"), mapping keys without a value,
/// keys given twice, aliases of anchors that do not exist, characters that are not characters, and list items read as
/// part of the item above.
/// </summary>
public static class YamlDocumentReader
{
    /// <summary>Real front matter nests three levels (tasks → task → field); this leaves ample room.</summary>
    public const int MaxDepth = 32;
    public const int MaxAliases = 64;

    /// <summary>
    /// The top node of a data file (<c>site.yml</c>, <c>regions.yml</c>), or null with a diagnostic: the syntax error,
    /// or <paramref name="emptyMessage"/> when the file holds no YAML document (only blank lines, comments or '...').
    /// </summary>
    public static YamlNode? ParseDataFile(SourceFile file, Message emptyMessage, DiagnosticBag diagnostics)
    {
        if (!TryParse(file.Text.ToString(), file.DisplayPath, 1, diagnostics, out var root)) return null;
        if (root is null) diagnostics.Error(file.DisplayPath, 1, 1, emptyMessage);
        return root;
    }

    /// <summary>The top node of a YAML text, or null when it holds no document or is invalid (then with an error).</summary>
    public static YamlNode? Parse(string yaml, string displayPath, int firstLine, DiagnosticBag diagnostics) =>
        TryParse(yaml, displayPath, firstLine, diagnostics, out var root) ? root : null;

    /// <param name="firstLine">The file line on which <paramref name="yaml"/> starts, so node marks can be shifted to file lines.</param>
    /// <returns>False, with the error reported, when the text is not valid YAML; <paramref name="root"/> is null also when it holds no document.</returns>
    public static bool TryParse(string yaml, string displayPath, int firstLine, DiagnosticBag diagnostics, out YamlNode? root)
    {
        root = null;
        // YamlDotNet also ends lines at a lone CR; as line feeds, its lines and the text's are the same.
        var text = new YamlText(WithoutYaml11LineBreaks(SourceDecoder.NormaliseLineEnds(yaml)), firstLine);
        // The events are read and checked first; the tree is built from them once they are safe, without parsing again.
        var check = new EventCheck(text);
        YamlProblem? problem;
        try
        {
            problem = check.Run(new Parser(new StringReader(text.Text)));
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException or ArgumentException)
        {
            // Besides its YamlExceptions, YamlDotNet's parser throws an InvalidOperationException for some unclosed flow
            // collections and an ArgumentException for malformed verbatim tags and surrogate escapes, without a position.
            problem = YamlSyntaxGuidance.Explain(text, e, check.Last, check.OpenBracket);
        }
        if (problem is null)
        {
            try
            {
                var stream = new YamlStream();
                stream.Load(new RecordedEvents(check.Events));
                root = stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
                return true;
            }
            catch (YamlException e)
            {
                // The event check finds keys given twice only where keys are single values; a list or mapping
                // written as a key twice is left to the tree builder.
                problem = YamlSyntaxGuidance.Explain(text, e, null, null);
            }
        }
        diagnostics.Error(displayPath, text.FileLine(problem.Line), problem.Column, problem.Message);
        return false;
    }

    /// <summary>
    /// YamlDotNet follows YAML 1.1, which also ends lines at NEL, LS and PS (U+0085, U+2028, U+2029). Editors do
    /// not, so YAML would read lines the editor does not show (a key hidden behind a comment) and report
    /// positions on them. As spaces these characters read the way the editor shows them.
    /// </summary>
    private static string WithoutYaml11LineBreaks(string yaml) =>
        yaml.AsSpan().IndexOfAny('\u0085', '\u2028', '\u2029') < 0
            ? yaml
            : yaml.Replace('\u0085', ' ').Replace('\u2028', ' ').Replace('\u2029', ' ');

    /// <summary>
    /// Walks the parser's events, which needs no recursion. For some malformed lines YamlDotNet's parser emits a key
    /// without its value, and the tree builder then throws an <see cref="ArgumentException"/>: an indented line that
    /// starts with ':' ("  : Jana"), or an alias right after a quoted value ("title: \"A\"*a").
    /// </summary>
    private sealed class EventCheck(YamlText text)
    {
        private readonly Stack<OpenCollection> _open = new();
        private readonly HashSet<string> _anchors = new(StringComparer.Ordinal);
        private int _aliases;
        private AnchorAlias? _unknownAlias;

        /// <summary>The last event the parser produced: where it was when it threw.</summary>
        public ParsingEvent? Last { get; private set; }

        /// <summary>The innermost '[' or '{' that is not closed yet.</summary>
        public OpenBracket? OpenBracket =>
            _open.FirstOrDefault(c => c.IsFlow) is { } flow ? new OpenBracket(flow.Start, flow.IsMapping ? '{' : '[') : null;

        /// <summary>Every event read so far, in order, for building the tree once they are all checked.</summary>
        public List<ParsingEvent> Events { get; } = [];

        public YamlProblem? Run(Parser events)
        {
            while (events.MoveNext())
            {
                Events.Add(events.Current!);
                var problem = Check(events.Current!);
                Last = events.Current;
                if (problem is not null) return problem;
            }
            // An alias of no anchor is most often a value that starts with '*' by accident, but it may also follow a
            // value ("title: \"A\"*a"), where what is wrong is found later in the events; that is reported instead.
            return _unknownAlias is null ? null : YamlSyntaxGuidance.UnknownAlias(text, _unknownAlias);
        }

        private YamlProblem? Check(ParsingEvent current)
        {
            _open.TryPeek(out var parent);
            if (current is NodeEvent or AnchorAlias && parent?.Add(current, text) is { } misplaced)
                return misplaced;
            if (current is NodeEvent { Anchor.IsEmpty: false } anchored)
                _anchors.Add(anchored.Anchor.Value);
            switch (current)
            {
                case SequenceStart or MappingStart when _open.Count >= MaxDepth:
                    return At(current.Start, YamlMessages.TooDeep(MaxDepth));
                case SequenceStart or MappingStart:
                    _open.Push(new OpenCollection(current));
                    return null;
                case SequenceEnd or MappingEnd:
                    var closed = _open.Pop();
                    return current is MappingEnd && closed.Nodes % 2 == 1
                        ? At(closed.Misplaced, YamlMessages.KeyWithoutValue)
                        : null;
                case AnchorAlias when ++_aliases > MaxAliases:
                    return At(current.Start, YamlMessages.TooManyAliases(MaxAliases));
                case AnchorAlias alias when !_anchors.Contains(alias.Value.Value):
                    _unknownAlias ??= alias;
                    return null;
                case Scalar scalar:
                    return NonCharacter(scalar) ?? ItemReadAsPartOfTheOneAbove(scalar, parent);
                default:
                    return null;
            }
        }

        private YamlProblem At(Mark mark, Message message)
        {
            var (line, column) = text.Position(mark);
            return new YamlProblem(line, column, message);
        }

        /// <summary>
        /// U+FFFE, U+FFFF and halves of surrogate pairs, written as escapes ("\uFFFE") or, in a file not read by the
        /// decoder, as they are. Later stages cannot take them: Unicode normalisation (page addresses, name suggestions)
        /// throws on U+FFFE and lone surrogates, and the HTML parser reads U+FFFF as the end of the page.
        /// </summary>
        private YamlProblem? NonCharacter(Scalar scalar)
        {
            var bad = FirstNonCharacter(scalar.Value);
            if (bad < 0) return null;
            var character = scalar.Value[bad];
            var start = (int)scalar.Start.Index;
            var end = Math.Min((int)scalar.End.Index, text.Text.Length);
            // A scalar starts at its anchor or tag, if it has one; the escapes start at its opening quote.
            var openingQuote = text.Text.IndexOf('"', start, end - start);
            if (scalar.Style == ScalarStyle.DoubleQuoted && openingQuote >= 0
                && text.Escapes(openingQuote).FirstOrDefault(e => e.CodePoint == character) is { } escape)
            {
                var (line, column) = text.Position(escape.Index);
                return new YamlProblem(line, column, YamlMessages.EscapedNonCharacter(escape.Written, CodePoint(character)));
            }
            var written = text.Text.IndexOf(character, start, end - start);
            var (rawLine, rawColumn) = written >= 0 ? text.Position(written) : text.Position(scalar.Start);
            return new YamlProblem(rawLine, rawColumn, char.IsSurrogate(character)
                ? YamlMessages.HalfCharacter(CodePoint(character))
                : YamlMessages.NonCharacter(CodePoint(character)));
        }

        private static string CodePoint(char character) => $"U+{(int)character:X4}";

        private static int FirstNonCharacter(string value)
        {
            for (var i = 0; i < value.Length; i++)
            {
                var c = value[i];
                if (c is '\uFFFE' or '\uFFFF') return i;
                if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1])) i++;
                else if (char.IsSurrogate(c)) return i;
            }
            return -1;
        }

        /// <summary>
        /// A list item indented more than the one above it continues that item's text: "- Jana" over "   - Petr" is
        /// one item "Jana - Petr". YAML allows it, but no editor means it.
        /// </summary>
        private YamlProblem? ItemReadAsPartOfTheOneAbove(Scalar scalar, OpenCollection? parent)
        {
            if (scalar.Style != ScalarStyle.Plain || parent is not { IsFlow: false, IsMapping: false }) return null;
            var first = (int)scalar.Start.Line;
            var last = Math.Min((int)scalar.End.Line, text.LineCount);
            for (var line = first + 1; line <= last; line++)
            {
                if (!text.IsListItem(line)) continue;
                var (itemLine, itemColumn) = text.Position(parent.Start);
                return new YamlProblem(line, text.ContentColumn(line),
                    YamlMessages.ItemReadAsPartOfTheOneAbove(text.FileLine(first), text.FileLine(itemLine), YamlMessages.Indentation(itemColumn - 1)));
            }
            return null;
        }
    }

    /// <summary>A sequence or mapping whose end has not been read yet; a mapping alternates keys and values.</summary>
    private sealed class OpenCollection(ParsingEvent start)
    {
        private readonly Dictionary<string, Mark>? _keys = start is MappingStart ? new(StringComparer.Ordinal) : null;
        private Mark _last = Mark.Empty;
        private Mark? _keyAfterValue;

        public Mark Start => start.Start;
        public bool IsMapping => start is MappingStart;
        public bool IsFlow => start is MappingStart { Style: MappingStyle.Flow } or SequenceStart { Style: SequenceStyle.Flow };

        public int Nodes { get; private set; }

        /// <summary>
        /// Where a mapping with a key too many went wrong: at the first key that starts on the line of the value
        /// before it, which a block mapping never has, or else at its unpaired last key.
        /// </summary>
        public Mark Misplaced => _keyAfterValue ?? _last;

        /// <summary>Counts a node of this collection; a key given before in this mapping is a problem.</summary>
        public YamlProblem? Add(ParsingEvent node, YamlText text)
        {
            var isKey = IsMapping && Nodes % 2 == 0;
            if (isKey && !IsFlow && Nodes > 0 && node.Start.Line == _last.Line)
                _keyAfterValue ??= node.Start;
            Nodes++;
            _last = node.Start;
            if (!isKey || node is not Scalar { Value: var key }) return null;
            if (_keys!.TryAdd(key, node.Start)) return null;
            var (line, column) = text.Position(node.Start);
            var (firstLine, _) = text.Position(_keys[key]);
            return new YamlProblem(line, column, YamlMessages.DuplicateKey(key, text.FileLine(firstLine)));
        }
    }
}

/// <summary>A mistake in YAML text: its position in the text (1-based) and what to do about it.</summary>
internal sealed record YamlProblem(int Line, int Column, Message Message);

/// <summary>A '[' or '{' that was not closed when YamlDotNet stopped.</summary>
internal sealed record OpenBracket(Mark At, char Bracket);

/// <summary>Events already read and checked, given to YamlDotNet's tree builder as if it parsed them itself.</summary>
internal sealed class RecordedEvents(List<ParsingEvent> events) : IParser
{
    private int _next;

    public ParsingEvent? Current { get; private set; }

    public bool MoveNext()
    {
        if (_next == events.Count)
        {
            Current = null;
            return false;
        }
        Current = events[_next++];
        return true;
    }
}
