using Publisher.Tests.Support;

namespace Publisher.Tests.Feeds;

/// <summary>The addresses of feeds and calendars are claimed like pages: what collides with them is a located error.</summary>
public sealed class FeedAddressTests : IDisposable
{
    private readonly CommandLineSite _site = new();

    public void Dispose() => _site.Dispose();

    [Theory]
    [InlineData("/feed.xml", "the site's feed")]
    [InlineData("/kalendar.ics", "the site's calendar")]
    [InlineData("/zatec/feed.xml", "the feed of the region 'zatec' in regions.yml")]
    [InlineData("/zatec/socialni-prevence-a-odborne-socialni-poradenstvi/kalendar.ics",
        "the calendar of the working group 'socialni-prevence-a-odborne-socialni-poradenstvi' of the region 'zatec' in regions.yml")]
    public void An_old_address_where_a_feed_or_calendar_is_published_is_an_error_at_the_alias(string alias, string owner)
    {
        var file = _site.AddDocument("alias.md", CommandLineSite.Minutes(extraFrontMatter: $"aliases:\n  - {alias}\n"));

        var (exit, errors) = _site.RunForErrors();

        Assert.Equal(1, exit);
        Assert.Equal([$"{file}:8:5: error: 'aliases': {alias} is already the address of {owner}", "Build failed: 1 error(s), 0 warning(s). The output folder was not changed."], errors);
    }

    [Fact]
    public void A_group_whose_feed_falls_in_a_folder_of_another_feature_is_one_error_at_its_region()
    {
        var regions = Path.Combine(_site.Input, "regions.yml");
        var line = File.ReadAllLines(regions).Length + 1;
        // /hledat/ is the search page and /hledat/index/ the folder of its index: the group's pages and files would be in it.
        File.AppendAllText(regions, "- id: hledat\n  name: Hledání\n  groups:\n    - id: index\n      name: Index\n");

        var (exit, errors) = _site.RunForErrors();

        Assert.Equal(1, exit);
        Assert.Equal(2, errors.Length);
        Assert.StartsWith($"{regions}:{line}:7: error: ", errors[0]);
        Assert.EndsWith("; give the region another id in regions.yml", errors[0]);
        Assert.Equal("Build failed: 1 error(s), 0 warning(s). The output folder was not changed.", errors[1]);
    }
}
