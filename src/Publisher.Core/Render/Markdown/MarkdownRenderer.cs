using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Extensions.SmartyPants;

namespace Publisher.Core.Render.Markdown;

/// <summary>
/// Markdown bodies to HTML: pipe tables, heading ids, auto-links, footnotes and Czech typographic quotes.
/// Raw HTML in the source is shown as text, never passed through. The pipeline is built once and shared by all threads.
/// </summary>
public static class MarkdownRenderer
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseAutoIdentifiers(AutoIdentifierOptions.Default)
        .UseAutoLinks()
        .UseFootnotes()
        .UseSmartyPants(CzechQuotes())
        .DisableHtml()
        .Build();

    public static string ToHtml(string markdown) => Markdig.Markdown.ToHtml(markdown, Pipeline);

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
