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
}
