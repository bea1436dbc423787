using Publisher.Core.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Publisher.Core.Load;

/// <summary>
/// Parses YAML text into YamlDotNet's node tree, reporting syntax errors at their file position.
/// Hostile shapes are refused before the tree is built: nesting deep enough to exhaust the stack of
/// the recursive tree builder, and masses of aliases ("billion laughs").
/// </summary>
public static class YamlDocumentReader
{
    /// <summary>Real front matter nests three levels (tasks → task → field); this leaves ample room.</summary>
    public const int MaxDepth = 32;
    public const int MaxAliases = 64;

    /// <param name="firstLine">The file line on which <paramref name="yaml"/> starts, so node marks can be shifted to file lines.</param>
    public static YamlNode? Parse(string yaml, string displayPath, int firstLine, DiagnosticBag diagnostics)
    {
        // The first pass only scans events; the tree is built from a second parser once the shape is safe.
        var scanner = new Parser(new StringReader(yaml));
        try
        {
            if (ExceedsLimits(scanner, out var limit, out var at))
            {
                diagnostics.Error(displayPath, (int)at.Line + firstLine - 1, (int)at.Column, limit);
                return null;
            }
            var stream = new YamlStream();
            stream.Load(new Parser(new StringReader(yaml)));
            if (stream.Documents.Count == 0) return null;
            return stream.Documents[0].RootNode;
        }
        catch (YamlException e)
        {
            var message = (e.InnerException?.Message ?? e.Message).Trim();
            diagnostics.Error(displayPath, (int)e.Start.Line + firstLine - 1, (int)e.Start.Column,
                $"invalid YAML: {message}");
            return null;
        }
        catch (InvalidOperationException e)
        {
            // YamlDotNet reports some unclosed flow collections this way, without a position:
            // the last event the parser produced is where it went wrong.
            var mark = scanner.Current?.Start;
            diagnostics.Error(displayPath, (int)(mark?.Line ?? 1) + firstLine - 1, (int)(mark?.Column ?? 1),
                $"invalid YAML: {e.Message.Trim()} (check for an unclosed [ or {{)");
            return null;
        }
    }

    /// <summary>Walks the parser's events, which needs no recursion, to measure depth and count aliases.</summary>
    private static bool ExceedsLimits(Parser events, out string message, out Mark at)
    {
        var depth = 0;
        var aliases = 0;
        while (events.MoveNext())
        {
            switch (events.Current)
            {
                case SequenceStart or MappingStart when ++depth > MaxDepth:
                    message = $"the YAML nests deeper than {MaxDepth} levels; front matter needs only a few";
                    at = events.Current.Start;
                    return true;
                case SequenceEnd or MappingEnd:
                    depth--;
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
}
