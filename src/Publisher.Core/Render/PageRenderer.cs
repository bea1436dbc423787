using Publisher.Core.Extensions;
using Publisher.Core.Model;
using Publisher.Core.Render.Markdown;
using Publisher.Core.Pages;
using Publisher.Core.Render.Templates;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Publisher.Core.Theming;
using System.Text;

namespace Publisher.Core.Render;

/// <summary>
/// Renders one page with the theme: its layout, then the <c>base</c> layout around it. Thread-safe: the
/// compiled templates and the shared globals are read-only, each call gets its own template context.
/// </summary>
public sealed class PageRenderer
{
    private readonly Theme _theme;
    private readonly ScriptObject _shared;
    // What document bodies are rendered with; each page adds its document's file and where the body starts in it.
    private readonly MarkdownRenderer _markdown;
    private readonly MarkdownContext _bodies;
    // Scriban's built-in functions, created once: building them for every page costs more than rendering it.
    private readonly ScriptObject _builtins = TemplateContext.GetDefaultBuiltinObject();
    private readonly ThreadLocal<EncodingTemplateContext> _contexts;
    // Where partial_cached renders: the shared globals without any page's, so what it makes fits every page.
    private readonly ThreadLocal<EncodingTemplateContext> _pageFreeContexts;
    private readonly CachedPartials _cachedPartials = new();

    /// <param name="markdown">The Markdown of document bodies, the features' syntax included.</param>
    /// <param name="bodies">The theme's own ids, which body ids avoid, and how links to documents' files are resolved.</param>
    /// <param name="features">The site's features, whose addresses templates may ask for (<see cref="SiteUrls"/>).</param>
    public PageRenderer(Theme theme, SiteModel site, AssetManifest assets, MarkdownRenderer markdown, MarkdownContext bodies, IEnumerable<SiteExtension> features)
    {
        _theme = theme;
        _markdown = markdown;
        _bodies = bodies;
        _shared = new ScriptObject
        {
            ["site"] = site.Settings,
            [TemplateChecks.TextsVariable] = theme.Texts,
        };
        foreach (var function in TemplateFunctions.All)
            _shared[function.Key] = function.Value;
        _shared["asset"] = TemplateFunction.OfText("asset", assets.Url);
        _shared["absolute_url"] = TemplateFunction.OfText("absolute_url", site.Settings.Absolute);
        _shared[TemplateChecks.PartialFunction] = new TemplateFunction(TemplateChecks.PartialFunction, 2,
            (context, caller, arguments) => RenderPartial(context, caller, context.ObjectToString(arguments[0]) ?? "", arguments.Count > 1 ? arguments[1] : null),
            requiredCount: 1);
        _shared[TemplateChecks.CachedPartialFunction] = new TemplateFunction(TemplateChecks.CachedPartialFunction, 2,
            (context, caller, arguments) => RenderCachedPartial(context, caller, context.ObjectToString(arguments[0]) ?? "", arguments.Count > 1 ? arguments[1] : null),
            requiredCount: 1);
        _shared["url"] = SiteUrls.For(features);
        _shared.IsReadOnly = true;
        _contexts = new ThreadLocal<EncodingTemplateContext>(NewContext);
        _pageFreeContexts = new ThreadLocal<EncodingTemplateContext>(NewContext);
    }

    /// <param name="bodyText">The Markdown body of the page's document (<see cref="Page.Document"/>); null for pages without one.</param>
    public RenderedPage Render(Page page, string? bodyText = null)
    {
        var html = new StringBuilder();
        var body = RenderInto(html, page, bodyText);
        return new RenderedPage(html.ToString(), body?.Findings ?? [], body?.Links ?? [], body?.Ids ?? MarkdownHtml.NoIds, body?.Html, body?.Headings);
    }

    /// <summary>
    /// Renders the page at the end of <paramref name="output"/>, which is as large as the page: a build writes it from
    /// there without making a string of it.
    /// </summary>
    /// <returns>The page's document body as rendered; null for a page without one.</returns>
    /// <param name="resolveDocument">Where the body's links to other documents' files lead, when not as the renderer was made to resolve them.</param>
    /// <param name="bodyInto">A buffer to render the body's HTML into, which then holds it; the HTML gets a string of its own when none is given.</param>
    public MarkdownHtml? RenderInto(StringBuilder output, Page page, string? bodyText = null, Func<string, DocumentLinkTarget>? resolveDocument = null,
        StringBuilder? bodyInto = null)
    {
        var body = page.Document is null || bodyText is null ? null : _markdown.Render(bodyText, _bodies with
        {
            SourcePath = page.Document.Source,
            FirstLine = page.Document.BodyLine,
            ShownAwayFrom = page.IsDocumentsOwnPage ? null : page.Document.Url,
            ResolveDocument = resolveDocument ?? _bodies.ResolveDocument,
        }, bodyInto);
        var context = _contexts.Value!;
        context.BeginPage();
        var variables = new ScriptObject
        {
            [TemplateChecks.PageVariable] = page,
            [TemplateChecks.DataVariable] = page.Data,
            [TemplateChecks.BodyVariable] = body is null ? null : new RawHtml(body.Markup),
            [TemplateChecks.ContentVariable] = null,
        };
        context.PushGlobal(variables);
        try
        {
            if (page.InBaseLayout)
            {
                var layout = ThreadTextBuffer.Take();
                try
                {
                    context.RenderInto(_theme.Layout(page.Layout), layout);
                    variables[TemplateChecks.ContentVariable] = new RawHtml(layout);
                    context.RenderInto(_theme.Layout(Theme.BaseLayout), output);
                }
                finally
                {
                    ThreadTextBuffer.Return(layout);
                }
            }
            else
            {
                context.RenderInto(_theme.Layout(page.Layout), output);
            }
            context.PopGlobal();
            return body;
        }
        catch
        {
            // A template that failed may have left loops or outputs open: the next page on this thread gets a fresh context.
            _contexts.Value = NewContext();
            throw;
        }
    }

    /// <summary>
    /// A template context for one thread, reused from page to page: it learns how to read each type of the model
    /// once, where a new context per page would look every property up again, page after page.
    /// </summary>
    private EncodingTemplateContext NewContext()
    {
        var context = new EncodingTemplateContext(_builtins)
        {
            StrictVariables = true,
            // Scriban cuts strings longer than this with "..." when it writes them; a partial listing a thousand documents is one.
            LimitToString = 0,
            EnableRelaxedMemberAccess = false,
        };
        context.PushGlobal(_shared);
        return context;
    }

    /// <summary>
    /// <c>{{ partial "name" value }}</c>: renders a partial from the theme in the caller's context (so it sees the caller's
    /// variables) and inserts its markup unencoded, since the partial already encoded every value it wrote.
    /// </summary>
    private RawHtml RenderPartial(TemplateContext context, SourceSpan callSite, string name, object? model) =>
        new(((BoundedTemplateContext)context).RenderPartial(PartialNamed(name, callSite), name, callSite, model));

    /// <summary>
    /// <c>{{ partial_cached "name" value }}</c>: a partial's markup for one value, rendered the first time a page asks
    /// for it and the same on every later page. It is rendered without the page's variables, so it can only show what
    /// its value and the site hold: a cached partial reading <c>page</c> fails at that line (and, when the theme loads,
    /// is reported there) rather than showing one page's title on all the others.
    /// </summary>
    private RawHtml RenderCachedPartial(TemplateContext context, SourceSpan callSite, string name, object? model)
    {
        // Only a partial that exists is ever kept: a page that finds its markup needs no look for the file.
        if (_cachedPartials.TryGet(name, model, out var kept)) return new RawHtml(kept);
        var partial = PartialNamed(name, callSite);
        var pageFree = _pageFreeContexts.Value!;
        // A cached partial that includes another renders it where it runs itself; a page starts the page-free
        // context anew, with budgets of its own.
        if (!ReferenceEquals(context, pageFree)) pageFree.BeginPage();
        string markup;
        try
        {
            markup = pageFree.RenderPartial(partial, name, callSite, model).ToString();
        }
        catch when (!ReferenceEquals(context, pageFree))
        {
            _pageFreeContexts.Value = NewContext();
            throw;
        }
        return new RawHtml(_cachedPartials.Keep(name, model, markup));
    }

    private Template PartialNamed(string name, SourceSpan callSite) =>
        _theme.Partials.TryGetValue(name, out var partial)
            ? partial
            : throw new TemplateRuntimeException(callSite, TemplateMessages.PartialMissing(name, Theme.PartialsFolder));
}
