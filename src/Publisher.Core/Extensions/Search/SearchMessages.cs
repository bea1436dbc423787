using Publisher.Core.Diagnostics;

namespace Publisher.Core.Extensions.Search;

/// <summary>How messages name the page and the index of <see cref="SearchExtension"/>.</summary>
public static class SearchMessages
{
    public static Message SearchPage { get; } = new("the search page", "stránka vyhledávání");

    public static Message SearchIndex { get; } = new("the search index", "index pro vyhledávání");
}
