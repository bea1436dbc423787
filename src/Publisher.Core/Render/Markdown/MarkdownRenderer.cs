using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Extensions.SmartyPants;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Publisher.Core.Render.Markdown;

/// <summary>
/// Markdown bodies to HTML: pipe tables, heading ids, auto-links, footnotes and Czech typographic quotes.
/// Raw HTML in the source is shown as text, never passed through, and links whose address could run
/// script (<c>javascript:</c>, <c>data:</c>, …) become plain text. The pipeline is built once and shared by all threads.
/// </summary>
public static class MarkdownRenderer
{
    private static readonly string[] SafeSchemes = ["http", "https", "mailto", "tel"];

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseAutoIdentifiers(AutoIdentifierOptions.Default)
        .UseAutoLinks()
        .UseFootnotes()
        .UseSmartyPants(CzechQuotes())
        .DisableHtml()
        .Build();

    public static string ToHtml(string markdown)
    {
        var document = Markdig.Markdown.Parse(markdown, Pipeline);
        RemoveUnsafeLinks(document);
        return document.ToHtml(Pipeline);
    }

    /// <summary>Whether a link address is relative or uses a scheme that only navigates.</summary>
    public static bool IsSafeUrl(string? url)
    {
        if (string.IsNullOrEmpty(url)) return true;
        var colon = url.IndexOf(':');
        if (colon < 0) return true;
        var beforeColon = url[..colon];
        // A ':' after the first '/', '?' or '#' belongs to a relative path, not to a scheme.
        if (beforeColon.IndexOfAny(['/', '?', '#']) >= 0) return true;
        var scheme = new string(beforeColon.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray());
        return SafeSchemes.Contains(scheme, StringComparer.OrdinalIgnoreCase);
    }

    private static void RemoveUnsafeLinks(MarkdownDocument document)
    {
        foreach (var link in document.Descendants<LinkInline>().Where(l => !IsSafeUrl(l.Url)).ToList())
        {
            // Keep what the reader sees (the link text or an image's alternative text), drop the address.
            foreach (var child in link.ToList())
            {
                child.Remove();
                link.InsertBefore(child);
            }
            link.Remove();
        }
        foreach (var autolink in document.Descendants<AutolinkInline>().Where(a => !IsSafeUrl(a.Url)).ToList())
            autolink.ReplaceBy(new LiteralInline(autolink.Url));
    }

    /// <summary>„Czech“ double and ‚single‘ quotes; dashes and ellipses as typographic characters.</summary>
    private static SmartyPantOptions CzechQuotes()
    {
        var options = new SmartyPantOptions();
        options.Mapping[SmartyPantType.LeftDoubleQuote] = "„";
        options.Mapping[SmartyPantType.RightDoubleQuote] = "“";
        options.Mapping[SmartyPantType.LeftQuote] = "‚";
        options.Mapping[SmartyPantType.RightQuote] = "‘";
        options.Mapping[SmartyPantType.Dash2] = "–";
        options.Mapping[SmartyPantType.Dash3] = "—";
        options.Mapping[SmartyPantType.Ellipsis] = "…";
        return options;
    }
}
