using Markdig;
using AngleSharp.Html.Parser;
using FsCheck;
using FsCheck.Fluent;
using Publisher.Core.Diagnostics;
using Publisher.Core.Model;
using Publisher.Core.Render.Markdown;
using Xunit.Abstractions;

namespace Publisher.Tests.Fuzz;

/// <summary>
/// Markdown bodies through the renderer and the summary extractor: every text becomes HTML and a summary in
/// time, and the HTML carries nothing that runs script, however hostile the text.
/// </summary>
public sealed class MarkdownFuzzTests(ITestOutputHelper output)
{
    private const string BodyFile = "body.md";
    private static readonly HtmlParser Parser = new();
    private static readonly string[] ScriptElements = ["script", "iframe", "object", "embed", "frame", "base"];
    private static readonly string[] ScriptSchemes = ["javascript", "vbscript", "data"];

    /// <summary>Seed bodies as they are or mutated (a body may be spliced with any seed), random token soup, and constructs repeated thousands of times.</summary>
    public static Gen<FuzzText> Inputs { get; } =
        Gen.Elements(SeedCorpus.Bodies).SelectMany(body => Gen.Frequency(
            (1, Gen.Constant(new FuzzText("seed body", body))),
            (12, Mutations.Mutate(body, Mutations.MarkdownTokens, SeedCorpus.Bodies).Select(text => new FuzzText("mutated seed body", text))),
            (2, Mutations.TokenSoup(Mutations.MarkdownTokens).Select(text => new FuzzText("random text", text))),
            (1, Nested().Select(text => new FuzzText("deep nesting", text)))));

    [Fact]
    public void Fuzzed_markdown_renders_in_time_without_script()
    {
        new FuzzRun("markdown", output, TimeSpan.FromSeconds(5)).Check(Inputs, defaultCount: 1000, input =>
        {
            SummaryExtractor.FromMarkdown(input.Text);
            if (Render(input.Text) is not var (html, findings))
                return "refused as too deeply nested: " + input.Origin;
            DiagnosticChecks.AssertWellFormed(findings, BodyFile, DiagnosticChecks.Lines(input.Text));
            AssertRunsNoScript(html);
            return "rendered: " + input.Origin;
        }, warmUp: new FuzzText("seed body", SeedCorpus.Bodies[0] + "\n[link](javascript:x) and <b>raw HTML</b>\n"));
    }

    /// <summary>
    /// The renderer writes parsed bodies with its own walk of the tree, which must give exactly what AngleSharp's
    /// serializer gives: compared on Markdig's HTML of the same inputs, raw HTML and all.
    /// </summary>
    [Fact]
    public void Fuzzed_bodies_are_written_exactly_as_angle_sharp_writes_them()
    {
        var pipeline = new MarkdownPipelineBuilder().UsePipeTables().UseFootnotes().Build();
        var withHtml = Inputs.Select(input => input with { Text = input.Text + "\n<pre>\n\nkód</pre><textarea>\nx</textarea><template><b>t</b></template><svg><p>" });
        new FuzzRun("serializer", output, TimeSpan.FromSeconds(5)).Check(withHtml, defaultCount: 500, input =>
        {
            string html;
            try
            {
                html = Markdown.ToHtml(input.Text, pipeline);
            }
            catch (ArgumentException)
            {
                return "refused as too deeply nested: " + input.Origin;
            }
            var body = Parser.ParseDocument("<!doctype html><body>" + html).Body!;
            if (HtmlTree.InnerHtml(body) != body.InnerHtml)
                throw new BadHtmlException($"written differently from AngleSharp: {html}");
            return "written alike: " + input.Origin;
        }, warmUp: new FuzzText("seed body", "<p>a</p>"));
    }

    /// <summary>
    /// The one call into the renderer, so that a change of its signature is adapted here only: the HTML, and
    /// what was found in it as the diagnostics the build makes of it, located in the Markdown text.
    /// Null when the renderer refuses the body in the way the build reports as an error.
    /// </summary>
    private static (string Html, IEnumerable<Diagnostic> Findings)? Render(string markdown)
    {
        try
        {
            var rendered = MarkdownRenderer.Core.Render(markdown);
            return (rendered.Html, rendered.Findings.Select(f => new Diagnostic(BodyFile, f.Line, f.Column, f.Severity, f.Message)));
        }
        catch (UnrenderableMarkdownException)
        {
            return null;
        }
    }

    /// <summary>
    /// Opening constructs repeated up to 3,000 times (Markdig's own limit is about 128), then closed again half
    /// of the time. Not deeper: closed brackets take Markdig quadratic time, a second or more from about 6,000.
    /// </summary>
    private static Gen<string> Nested() =>
        from opening in Gen.Elements(">", "> ", "- ", "* ", "1. ", "[", "![", "(", "*", "**", "_", "`", "<", "[^", "|", "    ")
        from depth in Gen.Frequency((3, Gen.Choose(1, 300)), (1, Gen.Choose(301, 3000)))
        from closed in Gen.Elements(true, false)
        let open = string.Concat(Enumerable.Repeat(opening, depth))
        select closed ? open + "x" + new string(']', depth) + new string(')', depth) : open + "x\n";

    /// <summary>No element that loads or runs script, no event handler attribute, no address with a script-capable scheme.</summary>
    private static void AssertRunsNoScript(string html)
    {
        var document = Parser.ParseDocument("<!doctype html><body>" + html);
        foreach (var element in document.Body!.QuerySelectorAll("*"))
        {
            if (ScriptElements.Contains(element.LocalName))
                throw new BadHtmlException($"the HTML has a <{element.LocalName}> element: {element.OuterHtml}");
            foreach (var attribute in element.Attributes)
            {
                if (attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase))
                    throw new BadHtmlException($"the HTML has an event handler: {element.OuterHtml}");
                if (attribute.Name is "href" or "src" or "action" or "formaction" or "xlink:href" && HasScriptScheme(attribute.Value))
                    throw new BadHtmlException($"the HTML links to a script-capable address: {element.OuterHtml}");
            }
        }
    }

    /// <summary>The scheme as a browser reads it: ASCII whitespace and control characters inside it are ignored.</summary>
    private static bool HasScriptScheme(string url)
    {
        var colon = url.IndexOf(':');
        if (colon < 0) return false;
        var scheme = new string(url[..colon].Where(c => c > ' ' && c != '\u007F').ToArray());
        return ScriptSchemes.Contains(scheme, StringComparer.OrdinalIgnoreCase);
    }
}
