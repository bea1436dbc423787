namespace Publisher.Core.Preview;

/// <summary>The Content-Type of a served file, by its extension.</summary>
public static class ContentTypes
{
    public const string Html = "text/html; charset=utf-8";
    public const string Other = "application/octet-stream";

    private static readonly Dictionary<string, string> ByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = Html,
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".json"] = "application/json; charset=utf-8",
        [".xml"] = "application/xml; charset=utf-8",
        [".ics"] = "text/calendar; charset=utf-8",
        [".csv"] = "text/csv; charset=utf-8",
        [".svg"] = "image/svg+xml",
        [".png"] = "image/png",
        [".woff2"] = "font/woff2",
        [".txt"] = "text/plain; charset=utf-8",
    };

    /// <summary>The site's Atom feeds are named feed.xml, and Netlify serves them as Atom (netlify.toml): so does the preview.</summary>
    private const string FeedFile = "feed.xml";

    public static string Of(string path) => Path.GetFileName(path) == FeedFile
        ? "application/atom+xml; charset=utf-8"
        : ByExtension.GetValueOrDefault(Path.GetExtension(path), Other);
}
