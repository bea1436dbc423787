using Publisher.Core.Diagnostics;

namespace Publisher.Core.Extensions.Sitemap;

/// <summary>How messages name the files of <see cref="SitemapExtension"/> when something else claims their addresses.</summary>
public static class SitemapMessages
{
    public static Message Sitemap { get; } = new("the sitemap", "mapa stránek");

    public static Message SitemapIndex { get; } = new("the sitemap index", "rejstřík mapy stránek");

    public static Message SitemapPart { get; } = new("a part of the sitemap", "část mapy stránek");

    public static Message RulesForSearchEngines { get; } = new("the rules for search engines", "soubor s pravidly pro vyhledávače");
}
