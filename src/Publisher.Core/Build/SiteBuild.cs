using Publisher.Core.Czech;
using Publisher.Core.Diagnostics;
using Publisher.Core.Extensions;
using Publisher.Core.Extensions.OpenData;
using Publisher.Core.Extensions.Plans;
using Publisher.Core.Extensions.Redirects;
using Publisher.Core.Load;
using Publisher.Core.Model;
using Publisher.Core.PostProcess;
using Publisher.Core.Render;
using Publisher.Core.Render.Markdown;
using Publisher.Core.Render.Pages;
using Publisher.Core.Render.Templates;
using Publisher.Core.Validate;
using Publisher.Core.Write;
using Scriban.Syntax;

namespace Publisher.Core.Build;

/// <summary>
/// The whole build, stage by stage: load → validate → model → render → post-process → write.
/// Any error stops the build before the output folder is touched.
/// </summary>
public sealed class SiteBuild(BuildOptions options, IReadOnlyList<ISiteExtension> extensions)
{
    /// <summary>The extensions every build runs; new features plug in here.</summary>
    public static IReadOnlyList<ISiteExtension> StandardExtensions() =>
        [new PlansExtension(), new RedirectsExtension(), new DocumentsJsonExtension()];

    private static readonly ParallelOptions Parallelism = new() { MaxDegreeOfParallelism = Environment.ProcessorCount };

    public SiteBuild(BuildOptions options) : this(options, StandardExtensions()) { }

    public BuildResult Run()
    {
        CzechCulture.EnsureAvailable();
        var diagnostics = new DiagnosticBag();

        // Load and validate.
        var loader = new ContentLoader(options.InputDirectory, DisplayRoot(options.InputDirectory));
        var themeNeeds = ThemeNeeds.Combine([SitePages.ThemeNeeds, .. extensions.Select(e => e.ThemeNeeds)]);
        var theme = Theme.Load(options.ThemeDirectory, DisplayRoot(options.ThemeDirectory), themeNeeds, diagnostics);
        var settings = SiteSettingsReader.Read(loader.Read(ContentLoader.SiteFileName, diagnostics), diagnostics);
        var regions = RegionCatalogReader.Read(loader.Read(ContentLoader.RegionsFileName, diagnostics), diagnostics);
        if (regions is null) return Failed(diagnostics);

        var paths = loader.DocumentPaths(diagnostics);
        var validated = new ValidatedDocument?[paths.Count];
        var validator = new DocumentValidator(regions, diagnostics);
        Parallel.For(0, paths.Count, Parallelism, i =>
        {
            var file = loader.Read(paths[i], diagnostics);
            if (file is not null) validated[i] = validator.Validate(file);
        });
        var published = CrossDocumentChecks.Published(validated.OfType<ValidatedDocument>().ToList(), diagnostics);
        if (diagnostics.HasErrors || settings is null || theme is null) return Failed(diagnostics, paths.Count);

        // Model.
        var site = SiteModelBuilder.Build(settings, regions, published, options.Today);

        // Render, post-process and write into a staging folder that replaces the output only on success.
        using var staging = OutputStaging.Create(options.OutputDirectory);
        var assets = AssetManifest.Create(theme.Assets);
        foreach (var (outputPath, content) in assets.Files)
            staging.Write(outputPath, content);

        var texts = new UiTexts(theme.Texts);
        var pages = new SitePages(site, texts).All()
            .Concat(extensions.SelectMany(e => e.Pages(site, texts)))
            .ToList();
        var renderer = new PageRenderer(theme, site, assets);
        var links = new LinkChecker();
        var themeRoot = DisplayRoot(options.ThemeDirectory);
        Parallel.ForEach(pages, Parallelism, page =>
        {
            var origin = page.Body is { } document ? loader.DisplayPath(document.Source) : $"{themeRoot}/{Theme.LayoutsFolder}/{page.Layout}.html";
            RenderPage(page, origin, renderer, staging, links, diagnostics);
        });
        foreach (var file in extensions.SelectMany(e => e.Files(site)))
            staging.Write(file.Path, file.Content);

        links.Check(staging.Contains, diagnostics);
        if (diagnostics.HasErrors) return Failed(diagnostics, paths.Count);

        staging.Commit();
        return new BuildResult(diagnostics.Sorted(), site.Documents.Count, pages.Count, staging.WrittenFiles.Count);
    }

    /// <summary>
    /// Renders one page, checks its markup and stages it. Problems are reported against <paramref name="origin"/>,
    /// the document or layout the page comes from.
    /// </summary>
    private static void RenderPage(Page page, string origin, PageRenderer renderer, OutputStaging staging, LinkChecker links, DiagnosticBag diagnostics)
    {
        try
        {
            var rendered = renderer.Render(page);
            foreach (var finding in rendered.BodyFindings)
                diagnostics.Add(new Diagnostic(origin, finding.Line, finding.Column, finding.Severity, finding.Message));
            var scanned = PageScanner.Scan(page.Url, origin, rendered.Html);
            foreach (var problem in scanned.Problems)
                diagnostics.Error(origin, 1, 1, $"page {page.Url}, line {problem.Line}, column {problem.Column}: {problem.Message}");
            staging.Write(page.OutputPath, rendered.Html);
            links.Add(scanned.Links);
        }
        catch (UnrenderableMarkdownException e)
        {
            diagnostics.Error(origin, page.Body!.BodyLine, 1, e.Message);
        }
        catch (ScriptRuntimeException e)
        {
            diagnostics.Error(e.Span.FileName ?? origin, e.Span.Start.Line + 1, e.Span.Start.Column + 1,
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
