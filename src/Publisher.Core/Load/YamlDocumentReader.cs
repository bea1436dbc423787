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
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
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
    }
}
