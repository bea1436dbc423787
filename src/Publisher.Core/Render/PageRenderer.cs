using Publisher.Core.Model;
using Publisher.Core.Render.Markdown;
using Publisher.Core.Render.Pages;
using Publisher.Core.Render.Templates;
using Scriban;
using Scriban.Runtime;

namespace Publisher.Core.Render;

/// <summary>
/// Renders one page with the theme: its layout, then the <c>base</c> layout around it. Thread-safe: the
/// compiled templates and the shared globals are read-only, each call gets its own template context.
/// </summary>
public sealed class PageRenderer
{
    private readonly Theme _theme;
    private readonly ScriptObject _shared;

    public PageRenderer(Theme theme, SiteModel site, AssetManifest assets)
    {
        _theme = theme;
        _shared = new ScriptObject
        {
            ["site"] = site.Settings,
            ["t"] = theme.Texts,
        };
        _shared.Import(typeof(TemplateFunctions));
        _shared.Import("asset", new Func<string, string>(assets.Url));
        _shared.Import("absolute_url", new Func<string, string>(site.Settings.Absolute));
        _shared.IsReadOnly = true;
    }

    public string Render(Page page)
    {
        var context = new EncodingTemplateContext
        {
            TemplateLoader = new ThemeTemplateLoader(_theme.Partials),
            StrictVariables = true,
            LoopLimit = int.MaxValue,
            EnableRelaxedMemberAccess = false,
        };
        foreach (var (name, partial) in _theme.Partials)
            context.CachedTemplates[name] = partial;
        context.PushGlobal(_shared);
        var variables = new ScriptObject
        {
            ["page"] = page,
            ["data"] = page.Data,
            ["body"] = page.Body is null ? null : new RawHtml(MarkdownRenderer.ToHtml(page.Body.Body)),
            ["content"] = null,
        };
        context.PushGlobal(variables);

        var content = Evaluate(_theme.Layout(page.Layout), context);
        if (!page.InBaseLayout) return content;
        variables["content"] = new RawHtml(content);
        return Evaluate(_theme.Layout(Theme.BaseLayout), context);
    }

    private static string Evaluate(Template template, TemplateContext context)
    {
        context.PushOutput();
        Scriban.Runtime.IScriptOutput output;
        try
        {
            template.Evaluate(context);
        }
        finally
        {
            output = context.PopOutput();
        }
        return output.ToString() ?? string.Empty;
    }
}
