using Publisher.Core.Extensions;
using Publisher.Core.Model;
using Scriban.Runtime;

namespace Publisher.Core.Render.Templates;

/// <summary>
/// The site's addresses as templates ask for them (<c>url.years</c>, <c>url.region id</c>, <c>url.type "minutes"</c>,
/// and what features add, such as <c>url.plan id</c>), so that no template spells an address out and a change of the
/// address scheme is made in one place.
/// </summary>
public static class SiteUrls
{
    public static ScriptObject For(IEnumerable<SiteExtension> features)
    {
        var urls = new ScriptObject
        {
            ["home"] = UrlScheme.Home,
            ["regions"] = UrlScheme.RegionIndex,
            ["years"] = UrlScheme.YearIndex,
            ["tags"] = UrlScheme.TagIndex,
            ["accessibility"] = UrlScheme.AccessibilityStatement,
            ["region"] = TemplateFunction.OfText("url.region", UrlScheme.Region),
            ["year"] = new TemplateFunction("url.year", 1, (context, caller, values) => UrlScheme.Year(context.ToInt(caller, values[0]))),
            ["tag"] = TemplateFunction.OfText("url.tag", UrlScheme.Tag),
            ["type"] = new TemplateFunction("url.type", 1, (context, caller, values) =>
                DocumentTypes.Find(context.ObjectToString(values[0]) ?? "")?.ListUrl
                ?? throw new TemplateRuntimeException(caller, TemplateMessages.UrlTypeTakesDocumentType(string.Join(", ", DocumentTypes.Keys)))),
        };
        foreach (var feature in features)
        {
            foreach (var (name, function) in feature.Urls)
                urls[name] = function;
        }
        urls.IsReadOnly = true;
        return urls;
    }
}
