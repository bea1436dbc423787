using Scriban;
using Scriban.Syntax;
using Publisher.Core.Theming;

namespace Publisher.Core.Theming;

/// <summary>
/// The element ids a template writes as literal text, such as <c>id="main-content"</c>. An id built from a value
/// (<c>id="rok-{{ year }}"</c>) is not literal and is left out: what it becomes is known only per page.
/// </summary>
public static class LiteralElementIds
{
    // Stands in for the template's code, so that no tag or id value is taken as literal where code would complete it.
    private const char Code = '\u0000';

    public static IEnumerable<string> In(Template template)
    {
        if (template.HasErrors || template.Page is null) return [];
        return ElementIds.In(MarkupOnly(template)).Where(value => !value.Contains(Code));
    }

    /// <summary>The template's source with everything but its literal text replaced by <see cref="Code"/>.</summary>
    private static string MarkupOnly(Template template)
    {
        var raws = TemplateChecks.Descendants(template.Page!).OfType<ScriptRawStatement>().ToList();
        if (raws.Count == 0) return string.Empty;
        var source = raws[0].Text.FullText!;
        var text = new char[source.Length];
        Array.Fill(text, Code);
        foreach (var raw in raws)
            source.CopyTo(raw.Text.Index, text, raw.Text.Index, raw.Text.Length);
        return new string(text);
    }
}
