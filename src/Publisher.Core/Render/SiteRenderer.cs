using System.Buffers;
using System.IO.Hashing;
using System.Runtime.ExceptionServices;
using System.Text;
using Publisher.Core.Build;
using Publisher.Core.Diagnostics;
using Publisher.Core.Extensions;
using Publisher.Core.Load;
using Publisher.Core.Model;
using Publisher.Core.Pages;
using Publisher.Core.Render.Markdown;
using Publisher.Core.Render.Reuse;
using Publisher.Core.Render.Templates;
using Publisher.Core.Sink;
using Publisher.Core.Theming;
using Scriban.Syntax;

namespace Publisher.Core.Render;

/// <summary>Pages a build renders before all others, and what is done as soon as they are in the sink (when there are some).</summary>
public sealed record PagesFirst(Func<Page, bool> Wanted, Action Rendered);

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

    /// <param name="reuse">Keeps the pages of the previous build that did not change and records what is rendered for the next one; null to render every page and record nothing.</param>
    /// <param name="first">Pages to render before all else, and what to do once they are in the sink (the preview shows them at once).</param>
    public void RenderTo(IOutputSink sink, DiagnosticBag diagnostics, IBuildProgress progress, PageReuse? reuse = null, PagesFirst? first = null)
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
        var pages = plan.Pages;
        progress.Started(BuildStage.RenderingPages, files.Count + pages.Count);
        try
        {
            if (first is not null)
            {
                var (firstPages, otherPages) = (new List<Page>(), new List<Page>());
                foreach (var page in pages) (first.Wanted(page) ? firstPages : otherPages).Add(page);
                Parallel.ForEach(firstPages, Parallelism, page =>
                {
                    RenderPage(page, renderer, sink, links, documents, diagnostics, reuse);
                    progress.Advanced();
                });
                if (firstPages.Count > 0) first.Rendered();
                pages = otherPages;
            }
            Parallel.For(0, files.Count + pages.Count, Parallelism, i =>
            {
                if (i < files.Count) sink.Write(files[i].Path, files[i].Write);
                else RenderPage(pages[i - files.Count], renderer, sink, links, documents, diagnostics, reuse);
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
    /// Renders one page, or keeps it from the previous build, writes it, shows it to the features and gives its body's
    /// links to the link check. A page whose body cannot be read or has errors is not written and its links not checked:
    /// their problems would only repeat the body's.
    /// </summary>
    private void RenderPage(Page page, PageRenderer renderer, IOutputSink sink, LinkChecker links, DocumentAddresses documents,
        DiagnosticBag diagnostics, PageReuse? reuse)
    {
        var layout = $"{themeRoot}/{Theme.LayoutsFolder}/{page.Layout}.html";
        var bodyFile = page.Document is { } shown ? loader.DisplayPath(shown.Source) : null;
        var fingerprint = reuse?.FingerprintOf(page);
        if (fingerprint is { } print && reuse!.Keep(page, print, documents.Resolve, documents.BodyHashOf, sink) is { } record)
        {
            ShowKept(page, record, reuse, bodyFile, sink, links, diagnostics);
            return;
        }
        string? bodyText = null;
        if (page.Document is { } document)
        {
            bodyText = loader.ReadBody(document.Source, document.BodyLine, document.BodyHash, diagnostics);
            if (bodyText is null) return;
        }
        List<BodyRead> bodiesRead = [];
        if (page.DataFromBodies is { } makeData)
        {
            var data = makeData(d =>
            {
                bodiesRead.Add(new BodyRead(d.Source, d.BodyHash));
                return loader.ReadBody(d.Source, d.BodyLine, d.BodyHash, diagnostics);
            });
            if (data is null) return;
            page = page with { Data = data };
        }
        // What the body's links to other documents' files led to: a later build keeps the page only if they lead there still.
        List<ResolvedDocumentLink>? resolved = fingerprint is null ? null : [];
        Func<string, DocumentLinkTarget>? resolve = resolved is null ? null : source =>
        {
            var target = documents.Resolve(source);
            resolved.Add(new ResolvedDocumentLink(source, target));
            return target;
        };
        var html = ThreadTextBuffer.Take();
        // The body's HTML, and its plain text for the features when the next build does not keep it: both held until the page is done.
        var bodyHtml = ThreadTextBuffer.Take();
        char[]? plainChars = null;
        try
        {
            var body = renderer.RenderInto(html, page, bodyText, resolve, bodyHtml);
            var findings = body?.Findings ?? [];
            Report(page, bodyFile, findings, diagnostics);
            if (findings.Any(f => f.Severity == Severity.Error)) return;
            var (length, hash) = WriteUtf8(sink, page.OutputPath, html, hashed: fingerprint is not null);
            AddToLinkCheck(page, bodyFile, body?.Ids ?? MarkdownHtml.NoIds, body?.Links ?? [], links);
            // The body's text is kept for the next build only when it can keep the page; otherwise it is made when a feature asks.
            string? plain = null;
            ReadOnlyMemory<char>? plainText = null;
            if (fingerprint is not null && body is not null) plain = BodyPlainText.Write(body.Markup.Span, plainChars = ArrayPool<char>.Shared.Rent(body.Markup.Length)).ToString();
            if (features.Count > 0)
            {
                var shownNow = true;
                try
                {
                    ShowToFeatures(page, () => shownNow ? html.ToString() : throw new InvalidOperationException($"the HTML of {page.Url} was asked for after the page was shown"),
                        () => body is null ? null : plain?.AsMemory() ?? (plainText ??= BodyPlainText.Write(body.Markup.Span, plainChars ??= ArrayPool<char>.Shared.Rent(body.Markup.Length))),
                        body?.Headings ?? [], sink);
                }
                finally
                {
                    shownNow = false;
                }
            }
            if (fingerprint is { } remembered)
            {
                reuse!.Remember(new RenderedPageRecord(page.OutputPath, remembered, length, hash, findings, body?.Links ?? [],
                    body is null ? [] : [.. body.Ids.Order(StringComparer.Ordinal)], resolved!, bodiesRead, plain, body?.Headings ?? []));
            }
        }
        catch (UnrenderableMarkdownException e)
        {
            if (page.IsDocumentsOwnPage) diagnostics.Error(bodyFile!, e.At?.Line ?? page.Document!.BodyLine, e.At?.Column ?? 1, e.Text);
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
            ThreadTextBuffer.Return(bodyHtml);
            if (plainChars is not null) ArrayPool<char>.Shared.Return(plainChars);
        }
    }

    /// <summary>
    /// Does with a page kept from the previous build (its file already in the sink) all that rendering it would have
    /// done: reports its body's findings, gives its links and ids to the link check and shows it to the features, from
    /// what was recorded.
    /// </summary>
    private void ShowKept(Page page, RenderedPageRecord record, PageReuse reuse, string? bodyFile, IOutputSink sink, LinkChecker links, DiagnosticBag diagnostics)
    {
        Report(page, bodyFile, record.Findings, diagnostics);
        AddToLinkCheck(page, bodyFile, record.Ids.Count == 0 ? MarkdownHtml.NoIds : record.Ids.ToHashSet(StringComparer.Ordinal), record.Links, links);
        if (features.Count > 0)
            ShowToFeatures(page, () => Utf8.GetString(reuse.ContentOf(record)), () => record.BodyText?.AsMemory(), record.Headings, sink);
    }

    /// <summary>Reports what the page's body holds, in its Markdown file: a body shown on another page too is reported once, on the document's own page.</summary>
    private static void Report(Page page, string? bodyFile, IReadOnlyList<BodyFinding> findings, DiagnosticBag diagnostics)
    {
        if (!page.IsDocumentsOwnPage) return;
        foreach (var finding in findings)
            diagnostics.Add(new Diagnostic(bodyFile!, finding.Line, finding.Column, finding.Severity, finding.Message));
    }

    /// <summary>Gives a written page's ids, and its body's links located in the Markdown file, to the link check; a body's links are checked on the document's own page only.</summary>
    private static void AddToLinkCheck(Page page, string? bodyFile, IReadOnlySet<string> ids, IReadOnlyList<BodyLink> bodyLinks, LinkChecker links) =>
        links.AddPage(page.Url, ids, (page.IsDocumentsOwnPage ? bodyLinks : [])
            .Select(link => new LocatedLink(link.Url, new SourcePosition(bodyFile!, link.Line, link.Column))));

    /// <summary>
    /// Shows a written page to the features and writes the files they make of it. A rendered page's HTML stays in its
    /// buffer, which the next page reuses, so a feature can ask for it as a string only while it is being shown the page.
    /// </summary>
    private void ShowToFeatures(Page page, Func<string> html, Func<ReadOnlyMemory<char>?> bodyText, IReadOnlyList<string> headings, IOutputSink sink)
    {
        var text = new RenderedPageText(site, page, html, bodyText, headings);
        foreach (var feature in features)
        {
            foreach (var file in feature.Rendered(text))
                sink.Write(InFolderOf(feature, file.Path), file.Content.Span);
        }
    }

    /// <summary>Writes a page as UTF-8 through a pooled buffer: a new array for every page would be as large as the page.</summary>
    /// <returns>The length of what was written and its hash, which the next build compares the file with before it keeps it.</returns>
    /// <param name="hashed">Whether the next build may keep the page, and so needs its hash.</param>
    /// <returns>The page's length in bytes, and its hash when asked for (zero otherwise).</returns>
    private static (int Length, UInt128 Hash) WriteUtf8(IOutputSink sink, string path, StringBuilder html, bool hashed)
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
            var written = buffer.AsSpan(0, length);
            sink.Write(path, written);
            return (length, hashed ? XxHash128.HashToUInt128(written) : default);
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
}
