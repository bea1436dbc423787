using Publisher.Core.Model;

namespace Publisher.Core.Pages;

/// <summary>A link to one page of a paginated list.</summary>
public sealed record PageLink(int Number, string Url, bool IsCurrent);

/// <summary>
/// Where one page of a list stands among the others: the first and last pages, the previous and next, and a window of
/// pages around this one. Links to every page would make a list of n pages weigh n² in all; the window keeps each
/// page's navigation the same size however long the list grows.
/// </summary>
/// <param name="First">The first page, when the window does not show it.</param>
/// <param name="Last">The last page, when the window does not show it.</param>
/// <param name="GapBeforeWindow">Pages between <paramref name="First"/> and the window are left out.</param>
/// <param name="GapAfterWindow">Pages between the window and <paramref name="Last"/> are left out.</param>
public sealed record Pagination(
    int Number,
    int Count,
    PageLink? First,
    PageLink? Previous,
    IReadOnlyList<PageLink> Window,
    PageLink? Next,
    PageLink? Last,
    bool GapBeforeWindow,
    bool GapAfterWindow)
{
    public bool IsNeeded => Count > 1;
}

/// <summary>Splits a long list into pages of <see cref="PageSize"/> items, the first at the list's own address.</summary>
public static class Paginator
{
    public const int PageSize = 50;

    /// <summary>How many pages on each side of the current one its navigation links to.</summary>
    public const int WindowSize = 2;

    /// <summary>Each page's items and navigation; a list without items still has its one (empty) page.</summary>
    public static IEnumerable<(IReadOnlyList<T> Items, Pagination Pagination)> Pages<T>(string url, IReadOnlyList<T> items)
    {
        var count = Math.Max(1, (items.Count + PageSize - 1) / PageSize);
        for (var number = 1; number <= count; number++)
        {
            var slice = new List<T>(Math.Min(PageSize, items.Count - (number - 1) * PageSize));
            for (var i = (number - 1) * PageSize; i < Math.Min(number * PageSize, items.Count); i++) slice.Add(items[i]);
            yield return (slice, Navigation(url, number, count));
        }
    }

    public static Pagination Navigation(string url, int number, int count)
    {
        PageLink Link(int n) => new(n, UrlScheme.Paged(url, n), n == number);
        var from = Math.Max(1, number - WindowSize);
        var to = Math.Min(count, number + WindowSize);
        return new Pagination(
            number,
            count,
            First: from > 1 ? Link(1) : null,
            Previous: number > 1 ? Link(number - 1) : null,
            Window: Enumerable.Range(from, to - from + 1).Select(Link).ToList(),
            Next: number < count ? Link(number + 1) : null,
            Last: to < count ? Link(count) : null,
            GapBeforeWindow: from > 2,
            GapAfterWindow: to < count - 1);
    }
}
