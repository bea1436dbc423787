using System.IO.Hashing;
using System.Runtime.InteropServices;
using System.Collections.Frozen;
using Publisher.Core.Diagnostics;
using Publisher.Core.Load;
using Scriban;
using Scriban.Runtime;
using YamlDotNet.RepresentationModel;

namespace Publisher.Core.Theming;

/// <summary>A file of the theme's assets folder, read when the theme loads.</summary>
/// <param name="Name">Path relative to the assets folder, with forward slashes.</param>
public sealed record ThemeAsset(string Name, byte[] Content);

/// <summary>
/// The theme folder, read and checked once per build: layouts (one per page kind, plus <c>base</c>), partials for
/// <c>partial</c>, the Czech UI texts and the static assets. Every file is read through <see cref="SiteFolder"/>, so
/// nothing outside the theme folder is read or published. Loading also checks what rendering would otherwise find
/// only page by page: the layouts the build needs, partials called by name, and the UI texts the templates and the
/// build read.
/// </summary>
public sealed class Theme
{
    public const string LayoutsFolder = "layouts";
    public const string PartialsFolder = "partials";
    public const string AssetsFolder = "assets";
    public const string TextsFile = "texts.yml";
    public const string BaseLayout = "base";

    /// <summary>
    /// Largest theme file. Templates and texts are kilobytes, and the stylesheets, fonts and pictures of a site
    /// like this one stay well below a megabyte.
    /// </summary>
    public const long MaxFileBytes = 5 * 1024 * 1024;

    private Theme(string directory, IReadOnlyDictionary<string, Template> layouts, IReadOnlyDictionary<string, Template> partials,
        ScriptObject texts, IReadOnlyList<ThemeAsset> assets, IReadOnlySet<string> elementIds, UInt128 fingerprint)
    {
        Fingerprint = fingerprint;
        Directory = directory;
        Layouts = layouts;
        Partials = partials;
        Texts = texts;
        Assets = assets;
        ElementIds = elementIds;
    }

    public string Directory { get; }
    public IReadOnlyDictionary<string, Template> Layouts { get; }
    public IReadOnlyDictionary<string, Template> Partials { get; }
    /// <summary>All wording of the interface, from <c>texts.yml</c>; templates read it as <c>t</c>.</summary>
    public ScriptObject Texts { get; }
    /// <summary>The files of the assets folder, in ordinal order of their names.</summary>
    public IReadOnlyList<ThemeAsset> Assets { get; }
    /// <summary>
    /// The element ids the layouts and partials write literally (<c>id="main-content"</c>), which content on a page
    /// must not repeat. Ids built from values (<c>id="rok-{{ year }}"</c>) are not included.
    /// </summary>
    public IReadOnlySet<string> ElementIds { get; }

    /// <summary>A hash of every file the theme was loaded from, with its path: a page rendered with another theme cannot be kept.</summary>
    public UInt128 Fingerprint { get; }

    /// <summary>A layout the theme is known to have: one checked by <see cref="Load"/> through <see cref="ThemeNeeds"/>.</summary>
    /// <exception cref="InvalidOperationException">The build renders a page with a layout it did not declare.</exception>
    public Template Layout(string name) =>
        Layouts.TryGetValue(name, out var template)
            ? template
            : throw new InvalidOperationException($"the theme has no layout '{name}' (looked for {LayoutsFolder}/{name}.html)");

    /// <param name="needs">The layouts and texts the build's pages use; each one the theme lacks is an error.</param>
    /// <returns>Null when the theme cannot be used at all; otherwise the theme, with any errors in <paramref name="diagnostics"/>.</returns>
    public static Theme? Load(string directory, string displayRoot, ThemeNeeds needs, DiagnosticBag diagnostics)
    {
        var folder = new SiteFolder(directory, displayRoot, MaxFileBytes, ThemingMessages.ThemeFileSizeRule((int)(MaxFileBytes / (1024 * 1024))));
        if (!folder.Exists)
        {
            diagnostics.Error(displayRoot, 1, 1, ThemingMessages.ThemeFolderMissing);
            return null;
        }
        var fingerprint = new XxHash128();
        var layouts = ParseFolder(folder, LayoutsFolder, fingerprint, diagnostics);
        var partials = ParseFolder(folder, PartialsFolder, fingerprint, diagnostics);
        var texts = LoadTexts(folder, fingerprint, diagnostics);
        var assets = LoadAssets(folder, fingerprint, diagnostics);

        if (!layouts.ContainsKey(BaseLayout))
            diagnostics.Error(folder.DisplayPath(LayoutsFolder), 1, 1, ThemingMessages.NoBaseLayout(BaseLayout));
        foreach (var missing in needs.Layouts.Where(l => !layouts.ContainsKey(l.Name)).GroupBy(l => l.Name))
            diagnostics.Error(folder.DisplayPath($"{LayoutsFolder}/{missing.Key}.html"), 1, 1,
                ThemingMessages.LayoutMissing(missing.Select(l => l.Pages).Distinct().Aggregate(ThemingMessages.PagesAnd)));
        if (texts is not null)
            CheckBuildTexts(texts, needs.TextKeys, diagnostics);

        var partialNames = partials.Keys.ToHashSet(StringComparer.Ordinal);
        var templates = layouts.Values.Concat(partials.Values).ToList();
        foreach (var template in templates)
            TemplateChecks.Check(template, partialNames, folder.DisplayPath(PartialsFolder), texts, diagnostics);
        TemplateChecks.CheckCachedPartials(templates, partials, diagnostics);
        var elementIds = templates.SelectMany(LiteralElementIds.In).ToFrozenSet(StringComparer.Ordinal);

        return texts is null ? null : new Theme(folder.Directory, layouts, partials, texts.ToScriptObject(), assets, elementIds, fingerprint.GetCurrentHashAsUInt128());
    }

    /// <summary>Adds a file the theme is loaded from to the theme's <see cref="Fingerprint"/>.</summary>
    private static void AddToFingerprint(XxHash128 fingerprint, string path, byte[] content)
    {
        fingerprint.Append(BitConverter.GetBytes(path.Length));
        fingerprint.Append(MemoryMarshal.AsBytes(path.AsSpan()));
        fingerprint.Append(BitConverter.GetBytes(content.Length));
        fingerprint.Append(content);
    }

    private static Dictionary<string, Template> ParseFolder(SiteFolder folder, string name, XxHash128 fingerprint, DiagnosticBag diagnostics)
    {
        var templates = new Dictionary<string, Template>(StringComparer.Ordinal);
        foreach (var path in folder.ListFiles(name, file => file.EndsWith(".html", StringComparison.Ordinal), includeSubfolders: false, diagnostics))
        {
            var display = folder.DisplayPath(path);
            var bytes = folder.Read(path, diagnostics);
            var text = bytes is null ? null : SourceDecoder.Decode(bytes, display, diagnostics);
            if (text is null) continue;
            AddToFingerprint(fingerprint, path, bytes!);
            var template = Template.Parse(text, display);
            foreach (var message in template.Messages)
            {
                var severity = message.Type == Scriban.Parsing.ParserMessageType.Error ? Severity.Error : Severity.Warning;
                diagnostics.Add(new Diagnostic(display, message.Span.Start.Line + 1, message.Span.Start.Column + 1, severity, ThemingMessages.TemplateSyntax(message.Message)));
            }
            templates[Path.GetFileNameWithoutExtension(path)] = template;
        }
        return templates;
    }

    private static UiTextsFile? LoadTexts(SiteFolder folder, XxHash128 fingerprint, DiagnosticBag diagnostics)
    {
        var display = folder.DisplayPath(TextsFile);
        var bytes = folder.Read(TextsFile, diagnostics, ThemingMessages.TextsMissing);
        var text = bytes is null ? null : SourceDecoder.Decode(bytes, display, diagnostics);
        if (text is null) return null;
        AddToFingerprint(fingerprint, TextsFile, bytes!);
        var node = YamlDocumentReader.Parse(text, display, 1, diagnostics);
        if (node is not YamlMappingNode mapping)
        {
            if (node is not null) diagnostics.Error(display, 1, 1, ThemingMessages.TextsNotKeyValueLines);
            return null;
        }
        return UiTextsFile.From(mapping, display, diagnostics);
    }

    private static List<ThemeAsset> LoadAssets(SiteFolder folder, XxHash128 fingerprint, DiagnosticBag diagnostics)
    {
        var assets = new List<ThemeAsset>();
        foreach (var path in folder.ListFiles(AssetsFolder, _ => true, includeSubfolders: true, diagnostics))
        {
            if (folder.Read(path, diagnostics) is not { } content) continue;
            AddToFingerprint(fingerprint, path, content);
            assets.Add(new ThemeAsset(path[(AssetsFolder.Length + 1)..], content));
        }
        return assets;
    }

    /// <summary>The texts the build's own code reads must be texts, or the build would stop on an internal error.</summary>
    private static void CheckBuildTexts(UiTextsFile texts, IEnumerable<string> keys, DiagnosticBag diagnostics)
    {
        foreach (var key in keys)
        {
            if (texts.Check(key) is not { } problem) continue;
            var message = problem.Fault switch
            {
                TextKeyFault.Missing => ThemingMessages.BuildTextMissing(problem.Key),
                TextKeyFault.List => ThemingMessages.BuildTextIsList(problem.Key),
                _ => ThemingMessages.BuildTextIsGroup(problem.Key),
            };
            diagnostics.Error(texts.DisplayPath, (int)problem.At.Line, (int)problem.At.Column, message);
        }
    }
}
