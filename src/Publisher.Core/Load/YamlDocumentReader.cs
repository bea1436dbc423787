using Publisher.Core.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Publisher.Core.Load;

/// <summary>Parses YAML text into YamlDotNet's node tree, reporting syntax errors at their file position.</summary>
public static class YamlDocumentReader
{
    /// <param name="firstLine">The file line on which <paramref name="yaml"/> starts, so node marks can be shifted to file lines.</param>
    public static YamlNode? Parse(string yaml, string displayPath, int firstLine, DiagnosticBag diagnostics)
    {
        var parser = new Parser(new StringReader(yaml));
        try
        {
            var stream = new YamlStream();
            stream.Load(parser);
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
            var mark = parser.Current?.Start;
            diagnostics.Error(displayPath, (int)(mark?.Line ?? 1) + firstLine - 1, (int)(mark?.Column ?? 1),
                $"invalid YAML: {e.Message.Trim()} (check for an unclosed [ or {{)");
            return null;
        }
    }
}
