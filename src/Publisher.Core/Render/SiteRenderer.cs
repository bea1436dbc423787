using System.Buffers;
using System.Net;
using System.Runtime.ExceptionServices;
using System.Text;
using Publisher.Core.Build;
using Publisher.Core.Diagnostics;
using Publisher.Core.Extensions;
using Publisher.Core.Load;
using Publisher.Core.Model;
using Publisher.Core.Pages;
using Publisher.Core.Render.Markdown;
using Publisher.Core.Render.Templates;
using Publisher.Core.Sink;
using Publisher.Core.Theming;
using Scriban.Syntax;

namespace Publisher.Core.Render;

/// <summary>
/// Renders every planned page and file into a sink, on all cores, and checks the links of the documents' bodies
/// against what the plan publishes. What a body holds is reported in its Markdown file, template errors in the theme.
/// </summary>
public sealed class SiteRenderer(Theme theme, string themeRoot, SiteModel site, SitePlan plan, AssetManifest assets,
    ContentLoader loader, IReadOnlyList<SiteExtension> features)
{
    private static readonly ParallelOptions Parallelism = new() { MaxDegreeOfParallelism = Environment.ProcessorCount };
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public void RenderTo(IOutputSink sink, DiagnosticBag diagnostics) => RenderTo(sink, diagnostics, NoBuildProgress.Instance);

    public void RenderTo(IOutputSink sink, DiagnosticBag diagnostics, IBuildProgress progress)
    {
        foreach (var (outputPath, content) in assets.Files)
            sink.Write(outputPath, content);
        var documents = new DocumentAddresses(site.Documents);
        var renderer = new PageRenderer(theme, site, assets, new MarkdownRenderer(features),
            new MarkdownContext(theme.ElementIds, ResolveDocument: documents.Resolve), features);
        var links = new LinkChecker(theme.ElementIds);
        // The features' files (feeds, calendars, data) are made from the model alone, so they are written while the
        // pages render rather than on one core after them. They come first: the longest of them then starts at once.
        var files = plan.Files;
        progress.Started(BuildStage.RenderingPages, files.Count + plan.Pages.Count);
        try
        {
            Parallel.For(0, files.Count + plan.Pages.Count, Parallelism, i =>
            {
                if (i < files.Count) sink.Write(files[i].Path, files[i].Write);
                else RenderPage(plan.Pages[i - files.Count], renderer, sink, links, diagnostics);
                progress.Advanced();
            });
        }
        catch (AggregateException e)
        {
            // What stopped the build (a file that cannot be written) is thrown as itself, not wrapped by the loop.
            ExceptionDispatchInfo.Throw(e.Flatten().InnerExceptions[0]);
        }
        foreach (var (_, folder) in plan.Folders)
            folder.WriteAtEnd(new FolderSink(sink, folder.Path));
        links.Check(plan.Claims.IsClaimed, documents.AddressOf, diagnostics);
    }

    /// <summary>
    /// Renders one page, writes it, shows it to the features and gives its body's links to the link check. A page whose
    /// body cannot be read or has errors is not written and its links not checked: their problems would only repeat the body's.
    /// </summary>
    private void RenderPage(Page page, PageRenderer renderer, IOutputSink sink, LinkChecker links, DiagnosticBag diagnostics)
    {
        var layout = $"{themeRoot}/{Theme.LayoutsFolder}/{page.Layout}.html";
        string? bodyFile = null, bodyText = null;
        if (page.Document is { } document)
        {
            bodyFile = loader.DisplayPath(document.Source);
            bodyText = loader.ReadBody(document.Source, document.BodyChecksum, diagnostics);
            if (bodyText is null) return;
        }
        if (page.DataFromBodies is { } makeData)
        {
            if (makeData(d => loader.ReadBody(d.Source, d.BodyChecksum, diagnostics)) is not { } data) return;
            page = page with { Data = data };
        }
        var html = ThreadTextBuffer.Take();
        try
        {
            var body = renderer.RenderInto(html, page, bodyText);
            var findings = body?.Findings ?? [];
            // A body shown on another page too is reported and checked once, on the document's own page.
            var ownBody = page.IsDocumentsOwnPage;
            if (ownBody)
            {
                foreach (var finding in findings)
                    diagnostics.Add(new Diagnostic(bodyFile!, finding.Line, finding.Column, finding.Severity, finding.Message));
            }
            if (findings.Any(f => f.Severity == Severity.Error)) return;
            WriteUtf8(sink, page.OutputPath, html);
            var bodyLinks = ownBody && body is not null ? body.Links : [];
            links.AddPage(page.Url, body?.Ids ?? MarkdownHtml.NoIds, bodyLinks.Select(link => new LocatedLink(link.Url, new SourcePosition(bodyFile!, link.Line, link.Column))));
            if (features.Count > 0) ShowToFeatures(page, html, body, sink);
        }
        catch (UnrenderableMarkdownException e)
        {
            if (page.IsDocumentsOwnPage) diagnostics.Error(bodyFile!, page.Document!.BodyLine, 1, e.Text);
        }
        catch (ScriptRuntimeException e)
        {
            diagnostics.Error(e.Span.FileName ?? layout, e.Span.Start.Line + 1, e.Span.Start.Column + 1, e is TemplateRuntimeException stopped
                ? RenderMessages.TemplateError(page.Url, stopped.Text)
                : RenderMessages.TemplateError(page.Url, e.OriginalMessage));
        }
        finally
        {
            ThreadTextBuffer.Return(html);
        }
    }

    /// <summary>
    /// Shows a written page to the features and writes the files they make of it. The page's HTML stays in its
    /// buffer, which the next page reuses, so a feature can ask for it as a string only while it is being shown the page.
    /// </summary>
    private void ShowToFeatures(Page page, StringBuilder html, MarkdownHtml? body, IOutputSink sink)
    {
        var shown = true;
        var text = new RenderedPageText(site, page,
            () => shown ? html.ToString() : throw new InvalidOperationException($"the HTML of {page.Url} was asked for after the page was shown"),
            () => body is null ? null : PlainText(body.Html), body?.Headings ?? []);
        try
        {
            foreach (var feature in features)
            {
                foreach (var file in feature.Rendered(text))
                    sink.Write(InFolderOf(feature, file.Path), file.Content);
            }
        }
        finally
        {
            shown = false;
        }
    }

    /// <summary>Writes a page as UTF-8 through a pooled buffer: a new array for every page would be as large as the page.</summary>
    private static void WriteUtf8(IOutputSink sink, string path, StringBuilder html)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Utf8.GetMaxByteCount(html.Length));
        try
        {
            // A character split between two chunks (a surrogate pair) is joined by the encoder, which keeps it until the next one.
            var encoder = Utf8.GetEncoder();
            var length = 0;
            foreach (var chunk in html.GetChunks())
                length += encoder.GetBytes(chunk.Span, buffer.AsSpan(length), flush: false);
            length += encoder.GetBytes([], buffer.AsSpan(length), flush: true);
            sink.Write(path, buffer.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>A path a feature made from a page, which must lie inside one of the folders it claimed.</summary>
    private string InFolderOf(SiteExtension feature, string path)
    {
        foreach (var (owner, folder) in plan.Folders)
        {
            if (owner == feature && FolderSink.IsInside(folder.Path, path)) return path;
        }
        throw new InvalidOperationException($"the feature '{feature.Name}' wrote {path}, outside the folders it claimed");
    }

    /// <summary>The text of a rendered body: its markup taken away, its entities decoded, its white space folded.</summary>
    private static string PlainText(string html)
    {
        // One pass, as every body of the site goes through it: tags become spaces, runs of white space one space.
        var text = ThreadTextBuffer.Take();
        var inTag = false;
        var space = true;
        foreach (var c in html)
        {
            if (inTag)
            {
                if (c == '>') inTag = false;
                continue;
            }
            if (c == '<')
            {
                inTag = true;
                if (!space) { text.Append(' '); space = true; }
                continue;
            }
            if (char.IsWhiteSpace(c))
            {
                if (!space) { text.Append(' '); space = true; }
                continue;
            }
            text.Append(c);
            space = false;
        }
        if (space && text.Length > 0) text.Length--;
        var plain = text.ToString();
        ThreadTextBuffer.Return(text);
        return plain.Contains('&') ? WebUtility.HtmlDecode(plain) : plain;
    }
}
