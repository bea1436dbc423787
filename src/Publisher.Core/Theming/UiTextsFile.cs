using System.Globalization;
using Publisher.Core.Diagnostics;
using Scriban.Runtime;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Publisher.Core.Theming;

/// <summary>Why a key cannot be read from <c>texts.yml</c> as its reader expects.</summary>
public enum TextKeyFault
{
    /// <summary>There is no such key.</summary>
    Missing,
    /// <summary>A text was expected; the key holds a group of texts.</summary>
    Group,
    /// <summary>A text was expected; the key holds a list.</summary>
    List,
    /// <summary>A group of texts or a list was expected (a loop over it, or an index into it); the key holds a text.</summary>
    Text,
}

/// <param name="Key">The key as far as it is known, with <c>*</c> for a part chosen when the template runs.</param>
/// <param name="Example">For <see cref="TextKeyFault.Group"/>: one key of the group, to suggest.</param>
/// <param name="At">Where in texts.yml the key, or the group it is missing from, is written.</param>
public sealed record TextKeyProblem(TextKeyFault Fault, string Key, string? Example, Mark At);

/// <summary>
/// The theme's <c>texts.yml</c> as parsed, positions included, so that the keys the templates and the build read can
/// be checked when the theme loads. A key is a path of parts; a part is a name, or null where a template indexes with
/// a value known only when it runs (<c>t.types[d.type_key]</c>), which then has to fit every key at that level.
/// </summary>
public sealed class UiTextsFile
{
    private readonly YamlMappingNode _root;

    private UiTextsFile(string displayPath, YamlMappingNode root)
    {
        DisplayPath = displayPath;
        _root = root;
    }

    public string DisplayPath { get; }

    /// <summary>Null, with an error at the key, when a key is not a plain scalar.</summary>
    public static UiTextsFile? From(YamlMappingNode root, string displayPath, DiagnosticBag diagnostics)
    {
        var complexKeys = root.AllNodes.OfType<YamlMappingNode>()
            .SelectMany(mapping => mapping.Children.Keys)
            .Where(key => key is not YamlScalarNode)
            .ToList();
        foreach (var key in complexKeys)
            diagnostics.Error(displayPath, (int)key.Start.Line, (int)key.Start.Column, ThemingMessages.TextKeyNotAName);
        return complexKeys.Count == 0 ? new UiTextsFile(displayPath, root) : null;
    }

    /// <summary>The texts as templates read them: groups become objects, lists arrays, every value a string.</summary>
    public ScriptObject ToScriptObject()
    {
        var texts = ToScriptObject(_root);
        texts.IsReadOnly = true;
        return texts;
    }

    /// <summary>Null when <paramref name="parts"/> leads to a text (or to a group or list, when <paramref name="expectGroup"/>).</summary>
    public TextKeyProblem? Check(IReadOnlyList<string?> parts, bool expectGroup) =>
        Check(_root, [], parts, expectGroup, new Mark(0, 1, 1));

    /// <summary>A dotted key such as <c>pages.year.title</c>.</summary>
    public TextKeyProblem? Check(string dottedKey) => Check(dottedKey.Split('.'), expectGroup: false);

    /// <param name="found">The names walked so far: the key up to <paramref name="node"/>, with real names for the null parts.</param>
    private static TextKeyProblem? Check(YamlNode node, List<string> found, IReadOnlyList<string?> parts, bool expectGroup, Mark at)
    {
        if (found.Count == parts.Count)
        {
            return node switch
            {
                YamlScalarNode when expectGroup => new(TextKeyFault.Text, Key(found), null, at),
                YamlMappingNode mapping when !expectGroup => new(TextKeyFault.Group, Key(found), FirstName(mapping), at),
                YamlSequenceNode when !expectGroup => new(TextKeyFault.List, Key(found), null, at),
                _ => null,
            };
        }
        var part = parts[found.Count];
        if (part is null && node is YamlScalarNode)
            return new(TextKeyFault.Text, Key(found), null, at);
        var children = node switch
        {
            YamlMappingNode mapping => mapping.Children.Select(pair => (Name: ((YamlScalarNode)pair.Key).Value ?? "", At: pair.Key.Start, Value: pair.Value)),
            YamlSequenceNode sequence when part is null =>
                sequence.Children.Select((item, index) => (Name: index.ToString(CultureInfo.InvariantCulture), At: item.Start, Value: item)),
            _ => [],
        };
        var matching = children.Where(child => part is null || child.Name == part).ToList();
        if (matching.Count == 0 && part is not null)
            return new(TextKeyFault.Missing, Key([.. found, .. parts.Skip(found.Count)]), null, at);
        foreach (var child in matching)
        {
            found.Add(child.Name);
            var problem = Check(child.Value, found, parts, expectGroup, child.At);
            found.RemoveAt(found.Count - 1);
            if (problem is not null) return problem;
        }
        return null;
    }

    private static string? FirstName(YamlMappingNode mapping) =>
        mapping.Children.Keys.OfType<YamlScalarNode>().Select(key => key.Value).FirstOrDefault();

    private static string Key(IEnumerable<string?> parts) => string.Join('.', parts.Select(part => part ?? "*"));

    private static ScriptObject ToScriptObject(YamlMappingNode mapping)
    {
        var result = new ScriptObject();
        foreach (var (key, value) in mapping.Children)
            result[((YamlScalarNode)key).Value ?? ""] = ToValue(value);
        return result;
    }

    private static object? ToValue(YamlNode node) => node switch
    {
        YamlMappingNode mapping => ToScriptObject(mapping),
        YamlSequenceNode sequence => new ScriptArray(sequence.Children.Select(ToValue)),
        YamlScalarNode scalar => scalar.Value,
        _ => null,
    };
}
