using YamlDotNet.RepresentationModel;

namespace Publisher.Tests.Support;

/// <summary>Reads a content file's front matter independently of the code under test.</summary>
public static class FrontMatter
{
    public static YamlMappingNode Read(string path)
    {
        var text = File.ReadAllText(path).Replace("\r\n", "\n").TrimStart('\uFEFF');
        var end = text.IndexOf("\n---", 4, StringComparison.Ordinal);
        var stream = new YamlStream();
        stream.Load(new StringReader(text[4..end]));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    public static string? Scalar(this YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? (value as YamlScalarNode)?.Value : null;

    public static IReadOnlyList<string> List(this YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlSequenceNode sequence
            ? sequence.Children.OfType<YamlScalarNode>().Select(s => s.Value!).ToList()
            : [];

    public static YamlMappingNode? Map(this YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value as YamlMappingNode : null;

    public static IReadOnlyList<YamlMappingNode> Maps(this YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlSequenceNode sequence
            ? sequence.Children.OfType<YamlMappingNode>().ToList()
            : [];
}
