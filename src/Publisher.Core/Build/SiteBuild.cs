using Publisher.Core.Czech;
using Publisher.Core.Diagnostics;
using Publisher.Core.Extensions;
using Publisher.Core.Load;
using Publisher.Core.Model;
using Publisher.Core.Pages;
using Publisher.Core.Render;
using Publisher.Core.Render.Reuse;
using Publisher.Core.Sink;
using Publisher.Core.Theming;
using Publisher.Core.Validate;

namespace Publisher.Core.Build;

/// <summary>
/// The site's commands, each a composition of the stages: load → validate → model → plan pages → render → sink.
/// <see cref="Run"/> renders into a staged output folder that replaces the published one only when nothing had an
/// error; <see cref="Check"/> runs every stage into no sink and leaves the output folder alone; <see cref="RenderInto"/>
/// renders into the sink it is given (the preview's memory). Errors do not stop the
/// stages after them, so one run reports every problem it can find.
/// </summary>
public sealed class SiteBuild(BuildOptions options, IReadOnlyList<SiteExtension> extensions)
{
    public SiteBuild(BuildOptions options) : this(options, StandardExtensions.Create()) { }

    /// <summary>
    /// Builds the site into the output folder. Pages whose inputs did not change since the build that made the output
    /// folder are kept from it rather than rendered, and the build records its pages for the next one (unless
    /// <see cref="BuildOptions.KeepUnchangedPages"/> is false).
    /// </summary>
    public BuildResult Run()
    {
        var diagnostics = new DiagnosticBag();
        // The previous build's record is read while the content is: it is large, and needs nothing the content gives.
        // No lock is needed for it, as every page kept is checked against it byte for byte.
        var readingPrevious = Task.Run(ReadPreviousRender);
        // The documents the previous build checked are needed first of all, and the record of them is small.
        var (checksBytes, checksUnreadable) = ReadRecord(CheckedDocumentsRecord.RelativePath);
        var recordedChecks = options.KeepUnchangedPages ? new CheckedDocumentsRecord(checksBytes) : null;
        if (Prepare(diagnostics, recordedChecks) is not { } prepared) return Failed(diagnostics);
        if (checksUnreadable || recordedChecks is { Damaged: true })
            diagnostics.Warning($"{FolderDisplay.Of(options.OutputDirectory)}/{CheckedDocumentsRecord.RelativePath}", 1, 1, BuildMessages.ChecksRecordUnusable);
        var (content, site, plan, renderer, stamp) = prepared;
        // With errors found already, the pages are rendered only to find the rest of them; nothing is staged.
        if (diagnostics.HasErrors)
        {
            renderer.RenderTo(DiscardingSink.Instance, diagnostics, options.Progress);
            return Failed(diagnostics, content.DocumentCount);
        }
        using var staging = OutputStaging.Create(options.OutputDirectory);
        var (previous, damaged) = readingPrevious.GetAwaiter().GetResult();
        if (damaged)
            diagnostics.Warning($"{FolderDisplay.Of(options.OutputDirectory)}/{RenderCache.RelativePath}", 1, 1, ReuseMessages.CacheUnusable);
        var reuse = options.KeepUnchangedPages && stamp is { } pagesStamp ? new PageReuse(pagesStamp, previous) : null;
        renderer.RenderTo(staging, diagnostics, options.Progress, reuse);
        if (diagnostics.HasErrors) return Failed(diagnostics, content.DocumentCount);
        // The record of pages is written on a core of its own, the record of checks and the manifest on this one.
        var recording = reuse is null ? Task.CompletedTask : Task.Run(() => staging.WriteUnlisted(RenderCache.RelativePath, reuse.Next().WriteTo));
        if (recordedChecks is not null) staging.WriteUnlisted(CheckedDocumentsRecord.RelativePath, stream => recordedChecks.WriteTo(stream, extensions));
        staging.WriteManifest();
        recording.GetAwaiter().GetResult();
        staging.Commit();
        return new BuildResult(diagnostics.Sorted(), site.Documents.Count, plan.Pages.Count, staging.WrittenFiles.Count)
        {
            Summary = Summary(site),
            PagesKept = reuse?.KeptCount ?? 0,
        };
    }

    /// <summary>Checks the site as a build does, every page rendered, without writing anything.</summary>
    public BuildResult Check()
    {
        var diagnostics = new DiagnosticBag();
        if (Prepare(diagnostics) is not { } prepared) return Failed(diagnostics);
        var (content, site, plan, renderer, _) = prepared;
        renderer.RenderTo(DiscardingSink.Instance, diagnostics, options.Progress);
        return new BuildResult(diagnostics.Sorted(), diagnostics.HasErrors ? content.DocumentCount : site.Documents.Count, plan.Pages.Count, 0)
        {
            Summary = Summary(site),
        };
    }

    /// <summary>
    /// Builds the site into <paramref name="sink"/>, every page rendered even when errors were found: whoever gave the
    /// sink decides what a build with errors is worth. The result's file count is 0, as the sink knows its files.
    /// </summary>
    /// <param name="previous">What the build before this one rendered (into memory): the pages whose inputs did not change are kept from it.</param>
    /// <param name="first">Pages to render before all others, and what to do when they are in the sink; told only when
    /// nothing had an error by then.</param>
    public BuildResult RenderInto(IOutputSink sink, PreviousRender? previous = null, PagesFirst? first = null)
    {
        var diagnostics = new DiagnosticBag();
        if (Prepare(diagnostics) is not { } prepared) return Failed(diagnostics);
        var (content, site, plan, renderer, stamp) = prepared;
        var reuse = stamp is { } pagesStamp ? new PageReuse(pagesStamp, previous) : null;
        var firstWithoutErrors = first is null ? null : first with
        {
            Rendered = () =>
            {
                if (!diagnostics.HasErrors) first.Rendered();
            },
        };
        renderer.RenderTo(sink, diagnostics, options.Progress, reuse, firstWithoutErrors);
        return new BuildResult(diagnostics.Sorted(), diagnostics.HasErrors ? content.DocumentCount : site.Documents.Count, plan.Pages.Count, 0)
        {
            Summary = Summary(site),
            PagesKept = reuse?.KeptCount ?? 0,
            RenderCache = reuse?.Next(),
        };
    }

    /// <summary>
    /// The pages the build that made the output folder rendered, with its files; null when there are none to keep (no
    /// earlier build, another tool, or <see cref="BuildOptions.KeepUnchangedPages"/> is false), and also when its record
    /// is damaged or not this tool's, which <c>Damaged</c> tells so that the build reports it.
    /// </summary>
    private (PreviousRender? Previous, bool Damaged) ReadPreviousRender()
    {
        var (bytes, unreadable) = ReadRecord(RenderCache.RelativePath);
        if (bytes is null) return (null, unreadable);
        return RenderCache.Read(bytes) is { } cache ? (new PreviousRender(cache, new PreviousOutputFolder(options.OutputDirectory)), false) : (null, true);
    }

    /// <summary>
    /// A record the build that made the output folder left for this one; null when there is none (no earlier build,
    /// another tool, or <see cref="BuildOptions.KeepUnchangedPages"/> is false), and also when it is there but cannot be
    /// read as this build's own file, which <c>Unreadable</c> tells so that the build reports it.
    /// </summary>
    private (byte[]? Bytes, bool Unreadable) ReadRecord(string relativePath)
    {
        if (!options.KeepUnchangedPages) return (null, false);
        try
        {
            var output = new PreviousOutputFolder(options.OutputDirectory);
            // Only a folder a build of this tool made: a folder replaced with --force is not one to keep pages from.
            if (!output.Exists || !OutputManifest.IsIn(options.OutputDirectory)) return (null, false);
            var file = new FileInfo(Path.Combine(options.OutputDirectory, relativePath));
            if (!file.Exists && file.LinkTarget is null) return (null, false);
            return output.Read(relativePath) is { } bytes ? (bytes, false) : (null, true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The earlier build's folder cannot be read (a loop of links, no permission): nothing is kept from it.
            return (null, true);
        }
    }

    private sealed record Prepared(SiteContent Content, SiteModel Site, SitePlan Plan, SiteRenderer Renderer, UInt128? Stamp);

    /// <summary>Every stage up to rendering; null when what is wrong leaves nothing to render (no regions, settings or usable theme).</summary>
    /// <param name="recordedChecks">The documents the previous build checked, when a build may take their checks as they were.</param>
    private Prepared? Prepare(DiagnosticBag diagnostics, CheckedDocumentsRecord? recordedChecks = null)
    {
        CzechCulture.EnsureAvailable();

        // The theme loads while the content is read (listing the input folder leaves a core free), and is checked
        // on its own: its errors are known before any page would be rendered with it.
        var themeRoot = FolderDisplay.Of(options.ThemeDirectory);
        var themeNeeds = ThemeNeeds.Combine([SitePages.ThemeNeeds, .. extensions.Select(e => e.ThemeNeeds)]);
        var themeDiagnostics = new DiagnosticBag();
        var loadingTheme = Task.Run(() => Theme.Load(options.ThemeDirectory, themeRoot, themeNeeds, themeDiagnostics));

        var loader = new ContentLoader(options.InputDirectory, FolderDisplay.Of(options.InputDirectory));
        var content = SiteContent.Read(loader, extensions, diagnostics, options.Progress, options.DocumentsCheckedBefore, recordedChecks);
        var theme = loadingTheme.GetAwaiter().GetResult();
        foreach (var problem in themeDiagnostics.Sorted()) diagnostics.Add(problem);
        var themeIsUsable = theme is not null && !themeDiagnostics.HasErrors;
        if (content?.Settings is not { } settings || !themeIsUsable) return null;

        var input = new SiteInput(options.InputDirectory, FolderDisplay.Of(options.InputDirectory), (path, text) => ReadVersion(content.Regions, loader, path, text));
        var site = SiteExtension.IndexAll(SiteModelBuilder.Build(settings, content.Regions, content.Published, options.Today), extensions, input, diagnostics);

        var assets = AssetManifest.Create(theme!.Assets);
        var plan = SitePlan.Make(site, new UiTexts(theme.Texts), assets, extensions, diagnostics);
        return new Prepared(content, site, plan, new SiteRenderer(theme, themeRoot, site, plan, assets, loader, extensions),
            RenderStamp.Of(theme, site, options.Today, extensions));
    }

    /// <summary>A text read as the document at <paramref name="path"/> would be; its problems are not the site's, only whether it would be published.</summary>
    private Document? ReadVersion(RegionCatalog regions, ContentLoader loader, string path, string text)
    {
        var problems = new DiagnosticBag();
        var read = new DocumentValidator(regions, extensions, problems).Validate(new SourceFile(path, loader.DisplayPath(path), text));
        return read is { IsDraft: false } && !problems.HasErrors ? read.Document : null;
    }

    private IReadOnlyList<Message> Summary(SiteModel site) => extensions.SelectMany(e => e.Summary(site)).ToList();

    private static BuildResult Failed(DiagnosticBag diagnostics, int documentCount = 0) =>
        new(diagnostics.Sorted(), documentCount, 0, 0);
}
