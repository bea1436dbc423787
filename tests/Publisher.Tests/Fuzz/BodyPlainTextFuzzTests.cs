using System.Net;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using Publisher.Core.Render;
using Xunit.Abstractions;

namespace Publisher.Tests.Fuzz;

/// <summary>
/// Markup made of the pieces that white-space folding must get right (runs of spaces, no-break and thin spaces, line
/// ends, tags closed and left open, entities), read as plain text the way search indexes a body, against its
/// definition: every tag (an unclosed one runs to the end) is a space, runs of white space are one space, none at either
/// end, and entities are decoded.
/// </summary>
public sealed class BodyPlainTextFuzzTests(ITestOutputHelper output)
{
    private static readonly string[] Pieces =
    [
        "<p>", "</p>", "<a href=\"/x/\">", "<", ">", " ", "  ", "\n", "\t", "\u00A0", "\u2009", "\u3000", "\u0085",
        "slovo", "Žatec", "č", "&amp;", "&nbsp;", "&lt;", "&quot;", "&#x3a;", "&", "x",
    ];

    public static Gen<FuzzText> Markup { get; } =
        from pieces in Gen.ListOf(Gen.Elements(Pieces))
        select new FuzzText("markup", string.Concat(pieces.Take(11)));

    [Fact]
    public void Random_markup_reads_as_the_definition_says()
    {
        new FuzzRun("plain-text", output, TimeSpan.FromSeconds(5)).Check(Markup, defaultCount: 5_000, Check,
            warmUp: new FuzzText("markup", "<p>a  b</p>"));
    }

    private static string Check(FuzzText input)
    {
        var markup = input.Text;
        var tagsOut = Regex.Replace(markup, "<[^>]*>", " ");
        // What is left of a '<' has no '>' after it.
        if (tagsOut.IndexOf('<') is var open and >= 0) tagsOut = tagsOut[..open];
        var expected = WebUtility.HtmlDecode(Regex.Replace(tagsOut, @"\s+", " ").Trim(' '));
        var text = BodyPlainText.Write(markup, new char[markup.Length]).ToString();
        if (expected != text)
            throw new InvalidOperationException($"'{markup}' read as '{text}', expected '{expected}'");
        return text.Length == 0 ? "no text" : markup.Contains('&') ? "text with entities" : "text";
    }
}
