using FsCheck;
using FsCheck.Fluent;
using Publisher.Core.Diagnostics;
using Publisher.Core.Render;
using Publisher.Core.Render.Markdown;
using Xunit.Abstractions;
using Publisher.Tests.Support;

namespace Publisher.Tests.Fuzz;

/// <summary>
/// Link and image addresses built from the pieces that break address parsers (backslashes, impossible ports,
/// brackets, entities, control characters), written as raw <c>href</c> and <c>src</c> values and as Markdown links,
/// through the renderer and then the checks every page gets before publishing. Each address is either kept and
/// allowed, or removed with a warning at its line; nothing throws.
/// </summary>
public sealed class AddressFuzzTests(ITestOutputHelper output)
{
    private const string PageUrl = "/zatec/seniori/2020/zapis/";

    private static readonly string[] Starts =
    [
        "", "http://", "https://", "HTTPS://", "//", "\\/", "/\\", "\\\\", "\\", "mailto:", "tel:", "javascript:", "java\tscript:",
        "data:image/png;base64,", "data:text/html,", "ftp://", "?", "#", "../", "./", "/", " ", "\u0001", "\t//",
    ];
    private static readonly string[] Hosts =
        ["h", "example.cz", "[::1]", "[::1", "[", "příklad.cz", "a b", "", "-a", "a..cz", "user:pw@h", "@", "1.2.3.256", "999999999999", "%41", "h\u0000"];
    private static readonly string[] Ports = ["", ":", ":0", ":80", ":65535", ":65536", ":99999999999", ":-1", ":a", "::", ":8%30"];
    private static readonly string[] Rests =
    [
        "", "/", "/a b", "/%zz", "/%", "?q=1&b=2", "#f", "#fn:1", "/x.md", "x.md#a", "/č", "\\", "\\x", "'", "<", ">", "&colon;", "&#x3a;",
        "&amp;", "\uFFFE", "\uD800", ")", "(", "*", "`", "\n", "/" + new string('a', 3000),
    ];

    public static Gen<FuzzText> Addresses { get; } =
        from start in Gen.Elements(Starts)
        from host in Gen.Elements(Hosts)
        from port in Gen.Elements(Ports)
        from rests in Gen.ListOf(Gen.Elements(Rests))
        from noise in Gen.Frequency((4, Gen.Constant("")), (1, Gen.Choose(0, char.MaxValue).Select(c => ((char)c).ToString())))
        select new FuzzText("address", start + host + port + string.Concat(rests.Take(4)) + noise);

    [Fact]
    public void Fuzzed_addresses_are_kept_and_allowed_or_removed_with_a_warning_and_never_throw()
    {
        new FuzzRun("addresses", output, TimeSpan.FromSeconds(5)).Check(Addresses, defaultCount: 2000, Check,
            warmUp: new FuzzText("address", "\\/h:65536/"));
    }

    private static string Check(FuzzText input)
    {
        var address = input.Text;
        // Line 1 is raw HTML, line 3 the same address as Markdown links.
        var attribute = address.Replace("\"", "&quot;", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
        var markdown = $"Text <a href=\"{attribute}\">odkaz</a> <img src=\"{attribute}\" alt=\"obrázek\">\n\n[odkaz](<{address.Replace("\n", " ", StringComparison.Ordinal)}>) ![obrázek]({address})\n";
        var rendered = MarkdownRenderer.Core.Render(markdown);
        DiagnosticChecks.AssertWellFormed(rendered.Findings.Select(f => new Diagnostic("body.md", f.Line, f.Column, f.Severity, f.Message)),
            "body.md", DiagnosticChecks.Lines(markdown));

        var page = RenderTestPage(rendered.Html);
        var scanned = PageScanner.Scan(PageUrl, "body.md", page);
        var links = new LinkChecker(new HashSet<string>());
        scanned.Links.AddTo(links);
        links.Check(_ => true, _ => null, new DiagnosticBag());

        var body = Support.RenderTestSite.Parse(page).Body!;
        var href = body.QuerySelector("a:not(.footnote-ref)")?.GetAttribute("href");
        if (href is null)
        {
            if (!rendered.Findings.Any(f => f.Line == 1 && f.Message.English.Contains("href=", StringComparison.Ordinal)))
                throw new InvalidOperationException($"the raw link lost its address without a warning: {rendered.Html}");
            return "raw address removed with a warning";
        }
        if (!UrlPolicy.IsAllowedLink(href))
            throw new InvalidOperationException($"the raw link kept an address that is not allowed: '{href}'");
        return "raw address kept";
    }

    private static string RenderTestPage(string body) =>
        $"<!DOCTYPE html><html lang=\"cs\"><head><title>Zápis</title></head><body><main>{body}</main></body></html>";
}
