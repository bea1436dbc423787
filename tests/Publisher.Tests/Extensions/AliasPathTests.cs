using Publisher.Core.Validate;
using Publisher.Core.Extensions.Redirects;

namespace Publisher.Tests.Extensions;

public class AliasPathTests
{
    [Theory]
    [InlineData("/stare-zapisy/2020/zapis/")]
    [InlineData("/stare-zapisy/2020/zapis")]
    [InlineData("/archiv/zapis.html")]
    [InlineData("/a")]
    [InlineData("/A_b~c.d/")]
    public void Plain_site_paths_are_valid(string path)
    {
        Assert.True(AliasPath.IsValid(path));
    }

    [Theory]
    [InlineData("")]
    [InlineData("/")]
    [InlineData("stare/zapis/")]
    [InlineData("../etc/passwd")]
    [InlineData("/../etc/passwd")]
    [InlineData("/a/./b/")]
    [InlineData("/a/../b/")]
    [InlineData("/a//b/")]
    [InlineData("https://example.cz/a/")]
    [InlineData("/a b/")]
    [InlineData("/žatec/")]
    [InlineData("/a?b=c")]
    [InlineData("/a#b")]
    [InlineData("\\a\\b")]
    public void Other_paths_are_invalid(string path)
    {
        Assert.False(AliasPath.IsValid(path));
    }

    [Theory]
    [InlineData("/stare/zapis", "/stare/zapis/")]
    [InlineData("/stare/zapis/", "/stare/zapis/")]
    [InlineData("/stare/zapis.html", "/stare/zapis.html")]
    [InlineData("/feed.xml", "/feed.xml")]
    public void Normalise_adds_the_trailing_slash_of_page_urls(string path, string expected)
    {
        Assert.Equal(expected, AliasPath.Normalise(path));
    }
}
