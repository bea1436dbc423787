using Publisher.Core.Model;

namespace Publisher.Core.Extensions.Feeds;

/// <summary>
/// One Atom feed: the newest documents of the site, a region or a working group, next to the page that lists them.
/// </summary>
/// <param name="Url">The feed's own address ("/zatec/feed.xml").</param>
/// <param name="PageUrl">The page that lists the same documents; the feed's id is its absolute address.</param>
/// <param name="Title">The feed's name in a reader, also the title of the page's link to it.</param>
/// <param name="Entries">At most <see cref="MaxEntries"/> documents, newest first.</param>
public sealed record AtomFeed(string Url, string PageUrl, string Title, IReadOnlyList<Document> Entries)
{
    /// <summary>
    /// Readers poll a feed often and only want what is new to them: the newest entries keep every file small
    /// whatever the size of the archive, and the site's pages list the rest.
    /// </summary>
    public const int MaxEntries = 50;

    public const string FileName = "feed.xml";

    public const string SiteUrl = "/" + FileName;

    /// <param name="newestFirst">The documents, newest first, as the model's lists keep them.</param>
    public static AtomFeed Of(string pageUrl, string title, IReadOnlyList<Document> newestFirst) =>
        new(pageUrl + FileName, pageUrl, title, newestFirst.Take(MaxEntries).ToList());

    public static string RegionUrl(Region region) => region.Url + FileName;

    public static string GroupUrl(WorkingGroup group) => group.Url + FileName;
}
