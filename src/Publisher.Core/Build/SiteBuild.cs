using System.Text;
using Publisher.Core.Czech;
using Publisher.Core.Diagnostics;
using Publisher.Core.Extensions;
using Publisher.Core.Extensions.OpenData;
using Publisher.Core.Extensions.Plans;
using Publisher.Core.Extensions.Redirects;
using Publisher.Core.Load;
using Publisher.Core.Model;
using Publisher.Core.Render;
using Publisher.Core.Render.Markdown;
using Publisher.Core.Pages;
using Publisher.Core.Render.Templates;
using Publisher.Core.Validate;
using Publisher.Core.Sink;
using Scriban.Syntax;
using Publisher.Core.Theming;

namespace Publisher.Core.Build;

/// <summary>
/// The whole build, stage by stage: load → validate → model → plan pages → render → check links → write.
/// Errors in the content do not stop the stages after them, so one run reports every problem it can find;
/// they stop the build before the output folder is touched.
/// </summary>
public sealed class SiteBuild(BuildOptions options, IReadOnlyList<ISiteExtension> extensions)
{
    /// <summary>The extensions every build runs; new features plug in here.</summary>
    public static IReadOnlyList<ISiteExtension> StandardExtensions() =>
        [new PlansExtension(), new RedirectsExtension(), new DocumentsJsonExtension()];

    private static readonly ParallelOptions Parallelism = new() { MaxDegreeOfParallelism = Environment.ProcessorCount };
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public SiteBuild(BuildOptions options) : this(options, StandardExtensions()) { }

    public BuildResult Run()
    {
        CzechCulture.EnsureAvailable();
        var diagnostics = new DiagnosticBag();

        // Load: the theme first, so that its errors are known before any page would be rendered with it.
        var themeRoot = DisplayRoot(options.ThemeDirectory);
        var themeNeeds = ThemeNeeds.Combine([SitePages.ThemeNeeds, .. extensions.Select(e => e.ThemeNeeds)]);
        var theme = Theme.Load(options.ThemeDirectory, themeRoot, themeNeeds, diagnostics);
        var themeIsUsable = theme is not null && !diagnostics.HasErrors;
        var loader = new ContentLoader(options.InputDirectory, DisplayRoot(options.InputDirectory));
        var settings = SiteSettingsReader.Read(loader.Read(ContentLoader.SiteFileName, diagnostics), diagnostics);
        var regions = RegionCatalogReader.Read(loader.Read(ContentLoader.RegionsFileName, diagnostics), diagnostics);
        if (regions is null) return Failed(diagnostics);

        // Validate.
        var paths = loader.DocumentPaths(diagnostics);
        var validated = new ValidatedDocument?[paths.Count];
        var validator = new DocumentValidator(regions, diagnostics);
        Parallel.For(0, paths.Count, Parallelism, i =>
        {
            var file = loader.Read(paths[i], diagnostics);
            if (file is not null) validated[i] = validator.Validate(file);
        });
        var published = CrossDocumentChecks.Published(validated.OfType<ValidatedDocument>().ToList(), diagnostics);
        if (settings is null || !themeIsUsable) return Failed(diagnostics, paths.Count);

        // Model, and the plan of every page and file, each output path claimed once.
        var site = SiteModelBuilder.Build(settings, regions, published, options.Today);
        var assets = AssetManifest.Create(theme!.Assets);
        var plan = SitePlan.Make(site, new UiTexts(theme.Texts), assets, extensions, diagnostics);

        // Render into the staging folder; with errors found already, render only to find the rest of them.
        using var staging = diagnostics.HasErrors ? null : OutputStaging.Create(options.OutputDirectory);
        IOutputSink sink = staging is null ? DiscardingSink.Instance : staging;
        foreach (var (outputPath, content) in assets.Files)
            sink.Write(outputPath, content);
        var documents = new DocumentAddresses(site.Documents);
        var renderer = new PageRenderer(theme, site, assets, new MarkdownContext(theme.ElementIds, ResolveDocument: documents.Resolve));
        var links = new LinkChecker();
        Parallel.ForEach(plan.Pages, Parallelism, page =>
        {
            var layout = $"{themeRoot}/{Theme.LayoutsFolder}/{page.Layout}.html";
            string? bodyFile = null, bodyText = null;
            if (page.Body is { } document)
            {
                bodyFile = loader.DisplayPath(document.Source);
                bodyText = loader.ReadBody(document.Source, document.BodyChecksum, diagnostics);
                if (bodyText is null) return;
            }
            RenderPage(page, bodyText, bodyFile, layout, renderer, theme.ElementIds, sink, links, diagnostics);
        });
        foreach (var file in plan.Files)
            sink.Write(file.Path, file.Write);
        links.Check(plan.Claims.IsClaimed, documents.AddressOf, diagnostics);

        if (staging is null || diagnostics.HasErrors) return Failed(diagnostics, paths.Count);
        staging.Commit();
        return new BuildResult(diagnostics.Sorted(), site.Documents.Count, plan.Pages.Count, staging.WrittenFiles.Count);
    }

    /// <summary>
    /// Renders one page, writes it and gives its body's links to the link check. What its document's body holds is
    /// reported in the body's Markdown file (<paramref name="bodyFile"/>), template errors in the theme. A page whose body
    /// has errors is not written and its links not checked: their problems would only repeat the body's.
    /// </summary>
    private static void RenderPage(Page page, string? bodyText, string? bodyFile, string layout, PageRenderer renderer, IReadOnlySet<string> layoutIds,
        IOutputSink sink, LinkChecker links, DiagnosticBag diagnostics)
    {
        try
        {
            var rendered = renderer.Render(page, bodyText);
            foreach (var finding in rendered.BodyFindings)
                diagnostics.Add(new Diagnostic(bodyFile!, finding.Line, finding.Column, finding.Severity, finding.Message));
            if (rendered.BodyFindings.Any(f => f.Severity == Severity.Error)) return;
            sink.Write(page.OutputPath, Utf8.GetBytes(rendered.Html));
            var ids = rendered.BodyIds.Count == 0 ? layoutIds : layoutIds.Union(rendered.BodyIds).ToHashSet(StringComparer.Ordinal);
            links.AddPage(page.Url, ids, rendered.BodyLinks.Select(link => new LocatedLink(link.Url, new SourcePosition(bodyFile!, link.Line, link.Column))));
        }
        catch (UnrenderableMarkdownException e)
        {
            diagnostics.Error(bodyFile!, page.Body!.BodyLine, 1, e.Message);
        }
        catch (ScriptRuntimeException e)
        {
            diagnostics.Error(e.Span.FileName ?? layout, e.Span.Start.Line + 1, e.Span.Start.Column + 1,
                $"template error while rendering {page.Url}: {e.OriginalMessage}");
        }
    }

    private static BuildResult Failed(DiagnosticBag diagnostics, int documentCount = 0) =>
        new(diagnostics.Sorted(), documentCount, 0, 0);

    /// <summary>How diagnostics name a folder: relative to the working directory when inside it ("input"), else in full.</summary>
    private static string DisplayRoot(string directory)
    {
        var full = Path.GetFullPath(directory).TrimEnd(Path.DirectorySeparatorChar);
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, full);
        var display = relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? full : relative;
        return display.Replace(Path.DirectorySeparatorChar, '/');
    }
}
