using Publisher.Core.Preview;

namespace Publisher.Tests.Preview;

public sealed class RequestPathTests
{
    [Theory]
    [InlineData("/", "/")]
    [InlineData("/zatec/", "/zatec/")]
    [InlineData("/zatec", "/zatec")]
    [InlineData("/zatec/?strana=2#obsah", "/zatec/")]
    [InlineData("/a//b///", "/a/b/")]
    [InlineData("//a", "/a")]
    [InlineData("/%C5%BEatec/", "/žatec/")]
    [InlineData("/a%20b.html", "/a b.html")]
    [InlineData("/a%2fb", "/a/b")]
    [InlineData("/%252e%252e/", "/%2e%2e/")]
    [InlineData("/...", "/...")]
    public void A_path_is_decoded_once_and_normalised(string target, string path)
    {
        Assert.Equal(path, RequestPath.Of(target));
    }

    [Theory]
    [InlineData("/../site.yml")]
    [InlineData("/a/./b")]
    [InlineData("/a/..")]
    [InlineData("/%2e%2e/")]
    [InlineData("/%2E/")]
    [InlineData("/..%2fsite.yml")]
    [InlineData("/a%2f..%2f..%2fsite.yml")]
    [InlineData("/..%5csite.yml")]
    [InlineData("/a\\b")]
    [InlineData("/a%00b")]
    [InlineData("/a%0d%0aLocation:%20x")]
    [InlineData("/%ff")]
    [InlineData("/%C5")]
    [InlineData("/%2")]
    [InlineData("/%zz")]
    [InlineData("/ž")]
    [InlineData("zatec/")]
    [InlineData("http://127.0.0.1/")]
    [InlineData("")]
    public void A_path_that_could_mean_more_than_a_file_of_the_site_is_refused(string target)
    {
        Assert.Null(RequestPath.Of(target));
    }

    [Theory]
    [InlineData("/zatec?strana=2", "?strana=2")]
    [InlineData("/zatec?strana=2#obsah", "?strana=2")]
    [InlineData("/zatec#obsah?x", "")]
    [InlineData("/zatec", "")]
    public void The_query_is_kept_as_it_was_sent(string target, string query)
    {
        Assert.Equal(query, RequestPath.Query(target));
    }
}
