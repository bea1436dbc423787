using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Publisher.Core.Render.Templates;

/// <summary>Resolves <c>include "name"</c> to the theme's partials, which are parsed once when the theme loads.</summary>
internal sealed class ThemeTemplateLoader(IReadOnlyDictionary<string, Template> partials) : ITemplateLoader
{
    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) => templateName;

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        partials.ContainsKey(templatePath)
            ? throw new InvalidOperationException($"partial '{templatePath}' should have come from the cache")
            : throw new Scriban.Syntax.ScriptRuntimeException(callerSpan, $"the theme has no partial '{templatePath}' (looked in partials/)");

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));
}
