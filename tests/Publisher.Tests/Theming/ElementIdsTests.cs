using Publisher.Core.Theming;

namespace Publisher.Tests.Theming;

public sealed class ElementIdsTests
{
    [Theory]
    [InlineData("<h2 id=\"uvod\">Úvod</h2><p>text</p>", new[] { "uvod" })]
    [InlineData("<a ID='velke' href=\"#x\">a</a><b id=bez-uvozovek>b</b>", new[] { "velke", "bez-uvozovek" })]
    [InlineData("<p data-id=\"ne\" class=\"id\">x</p>", new string[0])]
    [InlineData("<div id=\"prvni\" id=\"druhe\"></div>", new[] { "prvni", "druhe" })]
    [InlineData("<p id=\"\">prázdné</p>", new string[0])]
    // White space around '=' as HTML allows; the build's markup never has an id inside another attribute's value, so
    // one found there counts as well.
    [InlineData("<p id = \"mezery\" title=' id=uvnitr'>x</p><p\tid=\t'tab'>y</p>", new[] { "mezery", "uvnitr", "tab" })]
    // Not start tags: '<' before a non-letter, a tag cut by another '<', a tag never closed.
    [InlineData("a < b id=\"ne\"> <1 id=\"ne\"> </p id=\"ne\">", new string[0])]
    [InlineData("<p id=\"ne\" <span id=\"ano\">x</span>", new[] { "ano" })]
    [InlineData("text <p id=\"nikdy-uzavrene\"", new string[0])]
    public void Finds_the_ids_of_start_tags_only(string markup, string[] expected)
    {
        Assert.Equal(expected, ElementIds.In(markup));
    }

    [Fact]
    public void A_body_of_100000_tags_is_read_in_one_pass()
    {
        var markup = string.Concat(Enumerable.Range(0, 100_000).Select(i => i % 1000 == 0 ? $"<h2 id=\"h{i}\">x</h2>" : "<p>odstavec</p>"));

        var ids = ElementIds.In(markup).ToList();

        Assert.Equal(100, ids.Count);
        Assert.Equal("h99000", ids[^1]);
    }
}
