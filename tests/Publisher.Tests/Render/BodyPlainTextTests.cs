using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Publisher.Core.Render;

namespace Publisher.Tests.Render;

/// <summary>The plain text of rendered bodies, which search indexes and shows in snippets.</summary>
public sealed class BodyPlainTextTests
{
    private static string Text(string html) => BodyPlainText.Write(html, new char[html.Length]).ToString();

    [Fact]
    public void Every_white_space_character_folds_into_one_space_and_no_other_character_does()
    {
        for (var c = 0; c <= char.MaxValue; c++)
        {
            if (c is '<' or '&' || char.IsSurrogate((char)c)) continue;
            var expected = char.IsWhiteSpace((char)c) ? "a b" : $"a{(char)c}b";
            Assert.Equal(expected, Text($"a{(char)c}b"));
        }
    }

    [Theory]
    [InlineData("<p>Jednání   skupiny</p>\n<p>Různé</p>", "Jednání skupiny Různé")]
    [InlineData("a<br>b", "a b")]
    [InlineData("  <p> a </p>  ", "a")]
    [InlineData("a <em>b</em>c", "a b c")]
    [InlineData("a <span title=\"x", "a")]
    [InlineData("v\u00A0Žatci &amp; &lt;b&gt;", "v Žatci & <b>")]
    [InlineData("&copy; 2024", "© 2024")]
    [InlineData("", "")]
    public void Tags_become_spaces_and_entities_are_decoded(string html, string text) => Assert.Equal(text, Text(html));

    [Fact]
    public void Random_markup_reads_as_the_definition_says()
    {
        // The definition: every tag (an unclosed one runs to the end) is a space, runs of white space are one space,
        // none at either end, and entities are decoded.
        string[] pieces = ["<p>", "</p>", "<a href=\"/x/\">", "<", ">", " ", "  ", "\n", "\t", "\u00A0", "\u2009", "\u3000", "\u0085",
            "slovo", "Žatec", "č", "&amp;", "&nbsp;", "&lt;", "&quot;", "&#x3a;", "&", "x"];
        var random = new Random(20_261_203);
        for (var round = 0; round < 20_000; round++)
        {
            var html = new StringBuilder();
            for (var n = random.Next(0, 12); n > 0; n--) html.Append(pieces[random.Next(pieces.Length)]);
            var markup = html.ToString();
            var tagsOut = Regex.Replace(markup, "<[^>]*>", " ");
            // What is left of a '<' has no '>' after it.
            if (tagsOut.IndexOf('<') is var open and >= 0) tagsOut = tagsOut[..open];
            var expected = WebUtility.HtmlDecode(Regex.Replace(tagsOut, @"\s+", " ").Trim(' '));
            Assert.True(expected == Text(markup), $"'{markup}': '{Text(markup)}', expected '{expected}'");
        }
    }
}
