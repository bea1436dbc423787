using Publisher.Core.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Publisher.Core.Load;

/// <summary>
/// Parses YAML text into YamlDotNet's node tree, reporting syntax errors at their file position.
/// Hostile shapes are refused before the tree is built: nesting deep enough to exhaust the stack of
/// the recursive tree builder, and masses of aliases ("billion laughs"); so are mapping keys without a
/// value, which the tree builder does not report but throws on.
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
    public static YamlNode? ParseDataFile(SourceFile file, string emptyMessage, DiagnosticBag diagnostics)
    {
        if (!TryParse(file.Text, file.DisplayPath, 1, diagnostics, out var root)) return null;
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
        yaml = WithoutYaml11LineBreaks(yaml);
        // The first pass only scans events; the tree is built from a second parser once the shape is safe.
        var scanner = new Parser(new StringReader(yaml));
        try
        {
            if (IsRefused(scanner, out var reason, out var at))
            {
                var (line, column) = InText(yaml, at);
                diagnostics.Error(displayPath, line + firstLine - 1, column, reason);
                return false;
            }
            var stream = new YamlStream();
            stream.Load(new Parser(new StringReader(yaml)));
            root = stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
            return true;
        }
        catch (YamlException e)
        {
            var message = (e.InnerException?.Message ?? e.Message).Trim();
            var (line, column) = InText(yaml, e.Start);
            diagnostics.Error(displayPath, line + firstLine - 1, column, $"invalid YAML: {message}");
            return false;
        }
        catch (InvalidOperationException e)
        {
            // YamlDotNet reports some unclosed flow collections this way, without a position:
            // the last event the parser produced is where it went wrong.
            var (line, column) = InText(yaml, scanner.Current?.Start ?? Mark.Empty);
            diagnostics.Error(displayPath, line + firstLine - 1, column,
                $"invalid YAML: {e.Message.Trim()} (check for an unclosed [ or {{)");
            return false;
        }
        catch (ArgumentException e)
        {
            // YamlDotNet's parser refuses malformed verbatim tags ("!<>", "!<[>") this way, also without a position.
            var (line, column) = InText(yaml, scanner.Current?.Start ?? Mark.Empty);
            var message = e.ParamName is null ? e.Message : e.Message.Replace($" (Parameter '{e.ParamName}')", "", StringComparison.Ordinal);
            diagnostics.Error(displayPath, line + firstLine - 1, column, $"invalid YAML: {message.Trim()}");
            return false;
        }
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
    /// A mark as a position in <paramref name="yaml"/>. YamlDotNet ends a text that lacks a final line break on
    /// the line after it, which the file does not have; what is found there is at the end of the last line.
    /// </summary>
    private static (int Line, int Column) InText(string yaml, Mark mark)
    {
        var lines = yaml.Split('\n');
        return mark.Line <= lines.Length
            ? ((int)mark.Line, (int)mark.Column)
            : (lines.Length, lines[^1].Length + 1);
    }

    /// <summary>
    /// Walks the parser's events, which needs no recursion, to measure depth, count aliases and pair keys with
    /// values. For some malformed lines YamlDotNet's parser emits a key without its value, and the tree builder
    /// then throws an <see cref="ArgumentException"/>: an indented line that starts with ':' ("  : Jana"), or
    /// an alias right after a quoted value ("title: \"A\"*a").
    /// </summary>
    private static bool IsRefused(Parser events, out string message, out Mark at)
    {
        var aliases = 0;
        var open = new Stack<OpenCollection>();
        while (events.MoveNext())
        {
            if (events.Current is NodeEvent or AnchorAlias && open.TryPeek(out var parent))
                parent.Add(events.Current.Start);
            switch (events.Current)
            {
                case SequenceStart or MappingStart when open.Count >= MaxDepth:
                    message = $"the YAML nests deeper than {MaxDepth} levels; front matter needs only a few";
                    at = events.Current.Start;
                    return true;
                case SequenceStart or MappingStart:
                    open.Push(new OpenCollection(events.Current is MappingStart { Style: MappingStyle.Block }));
                    break;
                case SequenceEnd or MappingEnd:
                    var closed = open.Pop();
                    if (events.Current is MappingEnd && closed.Nodes % 2 == 1)
                    {
                        message = "invalid YAML: a key without a value (look for a ':' with no key name before it, or for text right after a value)";
                        at = closed.Misplaced;
                        return true;
                    }
                    break;
                case AnchorAlias when ++aliases > MaxAliases:
                    message = $"the YAML uses more than {MaxAliases} aliases (*name); write the values out instead";
                    at = events.Current.Start;
                    return true;
            }
        }
        message = string.Empty;
        at = Mark.Empty;
        return false;
    }

    /// <summary>A sequence or mapping whose end has not been read yet; a mapping alternates keys and values.</summary>
    private sealed class OpenCollection(bool isBlockMapping)
    {
        private Mark _last = Mark.Empty;
        private Mark? _keyAfterValue;

        public int Nodes { get; private set; }

        /// <summary>
        /// Where a mapping with a key too many went wrong: at the first key that starts on the line of the value
        /// before it, which a block mapping never has, or else at its unpaired last key.
        /// </summary>
        public Mark Misplaced => _keyAfterValue ?? _last;

        public void Add(Mark start)
        {
            if (isBlockMapping && Nodes % 2 == 0 && Nodes > 0 && start.Line == _last.Line)
                _keyAfterValue ??= start;
            Nodes++;
            _last = start;
        }
    }
}
