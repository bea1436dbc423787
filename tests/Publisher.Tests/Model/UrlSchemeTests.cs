using Publisher.Core.Model;

namespace Publisher.Tests.Model;

public class UrlSchemeTests
{
    [Theory]
    [InlineData("/", "index.html")]
    [InlineData("", "index.html")]
    [InlineData("/zatec/", "zatec/index.html")]
    [InlineData("/zatec/seniori/2020/2020-06-10-zapis/", "zatec/seniori/2020/2020-06-10-zapis/index.html")]
    [InlineData("/404.html", "404.html")]
    [InlineData("/feed.xml", "feed.xml")]
    [InlineData("/data/documents.json", "data/documents.json")]
    public void OutputPath_maps_urls_to_files(string url, string expected)
    {
        Assert.Equal(expected, UrlScheme.OutputPath(url));
    }

    [Theory]
    [InlineData(0, "/zapisy/")]
    [InlineData(1, "/zapisy/")]
    [InlineData(2, "/zapisy/strana/2/")]
    [InlineData(13, "/zapisy/strana/13/")]
    public void Paged_adds_the_page_number_after_the_first_page(int number, string expected)
    {
        Assert.Equal(expected, UrlScheme.Paged("/zapisy/", number));
    }

    [Fact]
    public void Paged_url_has_its_own_output_file()
    {
        Assert.Equal("zatec/2020/strana/2/index.html", UrlScheme.OutputPath(UrlScheme.Paged(UrlScheme.RegionYear("zatec", 2020), 2)));
    }

    [Fact]
    public void Document_url_includes_region_group_year_date_and_title()
    {
        Assert.Equal(
            "/zatec/seniori/2020/2020-06-10-zapis-z-jednani/",
            UrlScheme.Document("zatec", "seniori", new DateOnly(2020, 6, 10), "Zápis z jednání"));
    }

    [Fact]
    public void Document_url_without_group()
    {
        Assert.Equal(
            "/mikroregion-rozvodi/2018/2018-10-27-zacina-planovani/",
            UrlScheme.Document("mikroregion-rozvodi", null, new DateOnly(2018, 10, 27), "Začíná plánování"));
    }

    [Fact]
    public void Document_url_of_a_title_without_letters_is_the_date()
    {
        Assert.Equal("/zatec/2020/2020-01-05/", UrlScheme.Document("zatec", null, new DateOnly(2020, 1, 5), "–"));
    }

    [Fact]
    public void Document_url_uses_the_shortened_slug()
    {
        var url = UrlScheme.Document("zatec", "x", new DateOnly(2020, 6, 10),
            "Zápis z jednání pracovní skupiny Sociální prevence a odborné sociální poradenství");

        Assert.Equal("/zatec/x/2020/2020-06-10-zapis-z-jednani-pracovni-skupiny-socialni-prevence-a-odborne/", url);
    }

    [Fact]
    public void Document_url_with_a_slug_ends_in_the_slug()
    {
        Assert.Equal(
            "/zatec/seniori/2020/zapis-brezen-ii/",
            UrlScheme.Document("zatec", "seniori", new DateOnly(2020, 6, 10), "Zápis z jednání", "zapis-brezen-ii"));
        Assert.Equal("/zatec/2020/tiskova-zprava/", UrlScheme.Document("zatec", null, new DateOnly(2020, 6, 10), "Zpráva", "tiskova-zprava"));
    }

    [Theory]
    [InlineData("Zápis z jednání", "2020-06-10-zapis-z-jednani")]
    [InlineData("–", "2020-06-10")]
    public void Document_segment_is_the_date_and_the_title(string title, string expected)
    {
        Assert.Equal(expected, UrlScheme.DocumentSegment(new DateOnly(2020, 6, 10), title));
    }

    [Fact]
    public void List_urls()
    {
        Assert.Equal("/zatec/", UrlScheme.Region("zatec"));
        Assert.Equal("/zatec/2020/", UrlScheme.RegionYear("zatec", 2020));
        Assert.Equal("/zatec/seniori/", UrlScheme.Group("zatec", "seniori"));
        Assert.Equal("/zatec/seniori/2020/", UrlScheme.GroupYear("zatec", "seniori", 2020));
        Assert.Equal("/rok/2020/", UrlScheme.Year(2020));
        Assert.Equal("/stitky/bydleni/", UrlScheme.Tag("bydleni"));
        Assert.Equal("/zapisy/", UrlScheme.Type(DocumentType.Minutes));
        Assert.Equal("/plany/", UrlScheme.Type(DocumentType.Plan));
        Assert.Equal("/aktuality/", UrlScheme.Type(DocumentType.News));
    }
}
