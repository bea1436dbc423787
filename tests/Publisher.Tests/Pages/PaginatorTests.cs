using Publisher.Core.Pages;

namespace Publisher.Tests.Pages;

public sealed class PaginatorTests
{
    private static string Numbers(Pagination p) =>
        string.Join(" ", new[]
        {
            p.Previous is null ? null : "<",
            p.First?.Number.ToString(),
            p.GapBeforeWindow ? "…" : null,
            string.Join(" ", p.Window.Select(l => l.IsCurrent ? $"[{l.Number}]" : l.Number.ToString())),
            p.GapAfterWindow ? "…" : null,
            p.Last?.Number.ToString(),
            p.Next is null ? null : ">",
        }.Where(part => part is not null));

    [Theory]
    [InlineData(1, 1, "[1]")]
    [InlineData(1, 3, "[1] 2 3 >")]
    [InlineData(1, 10, "[1] 2 3 … 10 >")]
    [InlineData(3, 10, "< 1 2 [3] 4 5 … 10 >")]
    [InlineData(4, 10, "< 1 2 3 [4] 5 6 … 10 >")]
    [InlineData(5, 10, "< 1 … 3 4 [5] 6 7 … 10 >")]
    [InlineData(8, 10, "< 1 … 6 7 [8] 9 10 >")]
    [InlineData(10, 10, "< 1 … 8 9 [10]")]
    public void A_page_links_to_the_first_the_last_its_neighbours_and_a_window_around_it(int number, int count, string expected)
    {
        Assert.Equal(expected, Numbers(Paginator.Navigation("/zapisy/", number, count)));
    }

    [Fact]
    public void Page_addresses_start_at_the_list_and_number_the_rest()
    {
        var navigation = Paginator.Navigation("/zapisy/", 2, 5);

        Assert.Equal("/zapisy/", navigation.Previous!.Url);
        Assert.Equal("/zapisy/strana/3/", navigation.Next!.Url);
        Assert.Equal("/zapisy/strana/5/", navigation.Last!.Url);
        Assert.Null(navigation.First);
    }

    [Fact]
    public void Navigation_stays_the_same_size_however_long_the_list()
    {
        // 100,000 items: 2,000 pages, each linking to at most seven others, not to all 2,000.
        var items = Enumerable.Range(0, 100_000).ToList();

        var pages = Paginator.Pages("/zapisy/", items).ToList();

        Assert.Equal(2_000, pages.Count);
        Assert.All(pages, p => Assert.True(p.Pagination.Window.Count <= 2 * Paginator.WindowSize + 1));
        Assert.Equal(items, pages.SelectMany(p => p.Items));
        Assert.Equal(Enumerable.Range(1, 2_000), pages.Select(p => p.Pagination.Number));
    }

    [Fact]
    public void An_empty_list_has_one_empty_page_without_navigation()
    {
        var (items, pagination) = Assert.Single(Paginator.Pages("/stitky/x/", Array.Empty<int>()));

        Assert.Empty(items);
        Assert.False(pagination.IsNeeded);
    }
}
