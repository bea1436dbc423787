using Publisher.Core.Diagnostics;
using Publisher.Core.Load;
using Scriban;
using Scriban.Runtime;
using YamlDotNet.RepresentationModel;

namespace Publisher.Core.Render.Templates;

/// <summary>
/// The theme folder, compiled once per build: layouts (one per page kind, plus <c>base</c>), partials for
/// <c>include</c>, the Czech UI texts and the static assets.
/// </summary>
public sealed class Theme
{
    public const string LayoutsFolder = "layouts";
    public const string PartialsFolder = "partials";
    public const string AssetsFolder = "assets";
    public const string TextsFile = "texts.yml";
    public const string BaseLayout = "base";

    private Theme(string directory, IReadOnlyDictionary<string, Template> layouts, IReadOnlyDictionary<string, Template> partials,
        ScriptObject texts, IReadOnlyList<string> assets)
    {
        Directory = directory;
        Layouts = layouts;
        Partials = partials;
        Texts = texts;
        Assets = assets;
    }

    public string Directory { get; }
    public IReadOnlyDictionary<string, Template> Layouts { get; }
    public IReadOnlyDictionary<string, Template> Partials { get; }
    /// <summary>All wording of the interface, from <c>texts.yml</c>; templates read it as <c>t</c>.</summary>
    public ScriptObject Texts { get; }
    /// <summary>Asset files relative to the assets folder, with forward slashes.</summary>
    public IReadOnlyList<string> Assets { get; }

    public Template Layout(string name) =>
        Layouts.TryGetValue(name, out var template)
            ? template
            : throw new InvalidOperationException($"the theme has no layout '{name}' (looked for {LayoutsFolder}/{name}.html)");

    public static Theme? Load(string directory, string displayRoot, DiagnosticBag diagnostics)
    {
        directory = Path.GetFullPath(directory);
        if (!System.IO.Directory.Exists(directory))
        {
            diagnostics.Error(displayRoot, 1, 1, "the theme folder does not exist");
            return null;
        }
        var layouts = ParseFolder(directory, LayoutsFolder, displayRoot, diagnostics);
        var partials = ParseFolder(directory, PartialsFolder, displayRoot, diagnostics);
        var texts = LoadTexts(directory, displayRoot, diagnostics);
        var assetsRoot = Path.Combine(directory, AssetsFolder);
        var assets = System.IO.Directory.Exists(assetsRoot)
            ? System.IO.Directory.EnumerateFiles(assetsRoot, "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(assetsRoot, f).Replace(Path.DirectorySeparatorChar, '/'))
                .Order(StringComparer.Ordinal).ToList()
            : [];
        if (!layouts.ContainsKey(BaseLayout))
            diagnostics.Error($"{displayRoot}/{LayoutsFolder}", 1, 1, $"the theme has no {BaseLayout}.html layout");
        return texts is null ? null : new Theme(directory, layouts, partials, texts, assets);
    }

    private static Dictionary<string, Template> ParseFolder(string root, string folder, string displayRoot, DiagnosticBag diagnostics)
    {
        var templates = new Dictionary<string, Template>(StringComparer.Ordinal);
        var path = Path.Combine(root, folder);
        if (!System.IO.Directory.Exists(path)) return templates;
        foreach (var file in System.IO.Directory.EnumerateFiles(path, "*.html").Order(StringComparer.Ordinal))
        {
            var display = $"{displayRoot}/{folder}/{Path.GetFileName(file)}";
            var template = Template.Parse(File.ReadAllText(file), display);
            foreach (var message in template.Messages)
            {
                var severity = message.Type == Scriban.Parsing.ParserMessageType.Error ? Severity.Error : Severity.Warning;
                diagnostics.Add(new Diagnostic(display, message.Span.Start.Line + 1, message.Span.Start.Column + 1, severity, message.Message));
            }
            templates[Path.GetFileNameWithoutExtension(file)] = template;
        }
        return templates;
    }

    private static ScriptObject? LoadTexts(string root, string displayRoot, DiagnosticBag diagnostics)
    {
        var path = Path.Combine(root, TextsFile);
        var display = $"{displayRoot}/{TextsFile}";
        if (!File.Exists(path))
        {
            diagnostics.Error(display, 1, 1, "the theme's UI texts are missing");
            return null;
        }
        var node = YamlDocumentReader.Parse(SourceDecoder.NormaliseLineEnds(File.ReadAllText(path)), display, 1, diagnostics);
        if (node is not YamlMappingNode mapping)
        {
            if (node is not null) diagnostics.Error(display, 1, 1, "texts.yml must be a set of 'key: value' lines");
            return null;
        }
        var texts = ToScriptObject(mapping);
        texts.IsReadOnly = true;
        return texts;
    }

    private static ScriptObject ToScriptObject(YamlMappingNode mapping)
    {
        var result = new ScriptObject();
        foreach (var (key, value) in mapping.Children)
            result[((YamlScalarNode)key).Value!] = ToValue(value);
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
