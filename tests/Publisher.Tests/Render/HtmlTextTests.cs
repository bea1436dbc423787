using Publisher.Core.Render.Templates;

namespace Publisher.Tests.Render;

public class HtmlTextTests
{
    [Theory]
    [InlineData("&", "&amp;")]
    [InlineData("<", "&lt;")]
    [InlineData(">", "&gt;")]
    [InlineData("\"", "&quot;")]
    [InlineData("'", "&#39;")]
    [InlineData("<b>A & B</b>", "&lt;b&gt;A &amp; B&lt;/b&gt;")]
    [InlineData("\"><img src=x onerror='alert(1)'>", "&quot;&gt;&lt;img src=x onerror=&#39;alert(1)&#39;&gt;")]
    [InlineData("&amp;", "&amp;amp;")]
    [InlineData("Žatec & Čeřovka <\"Ústí\">", "Žatec &amp; Čeřovka &lt;&quot;Ústí&quot;&gt;")]
    public void Encodes_markup_characters(string input, string expected)
    {
        Assert.Equal(expected, HtmlText.Encode(input));
    }

    [Theory]
    [InlineData("")]
    [InlineData("Příliš žluťoučký kůň úpěl ďábelské ódy")]
    [InlineData("ŽLUŤOUČKÝ – „uvozovky“ … 1/2 = 50 %")]
    public void Clean_text_is_returned_unchanged(string input)
    {
        var encoded = HtmlText.Encode(input);

        Assert.Equal(input, encoded);
        Assert.Same(input, encoded);
    }

    [Fact]
    public void Text_before_the_first_special_character_is_kept()
    {
        Assert.Equal("Účastníci jednání &amp; hosté", HtmlText.Encode("Účastníci jednání & hosté"));
        Assert.Equal("konec&lt;", HtmlText.Encode("konec<"));
    }
}
