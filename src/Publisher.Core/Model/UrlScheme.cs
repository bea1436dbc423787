namespace Publisher.Core.Model;

/// <summary>
/// Every public URL of the site. URLs are lower-case ASCII, end in '/', and are derived only from
/// stable data (ids, dates, titles), so they do not change between builds.
/// </summary>
public static class UrlScheme
{
    public const string Home = "/";
    public const string RegionIndex = "/regiony/";
    public const string YearIndex = "/rok/";
    public const string TagIndex = "/stitky/";
    public const string NotFound = "/404.html";
    public const string AccessibilityStatement = "/prohlaseni-o-pristupnosti/";
    /// <summary>The segment before page numbers: "/zapisy/strana/2/".</summary>
    public const string PageSegment = "strana";

    public static string Region(string regionId) => $"/{regionId}/";
    public static string RegionYear(string regionId, int year) => $"/{regionId}/{year}/";
    public static string Group(string regionId, string groupId) => $"/{regionId}/{groupId}/";
    public static string GroupYear(string regionId, string groupId, int year) => $"/{regionId}/{groupId}/{year}/";
    public static string Year(int year) => $"{YearIndex}{year}/";
    public static string Tag(string slug) => $"{TagIndex}{slug}/";

    public static string Type(DocumentType type) => DocumentTypes.Of(type).ListUrl;

    /// <param name="slug">The editor's 'slug:', which replaces the last segment made from the date and title.</param>
    public static string Document(string regionId, string? groupId, DateOnly date, string title, string? slug = null)
    {
        var leaf = slug ?? DocumentSegment(date, title);
        return groupId is null
            ? $"/{regionId}/{date.Year}/{leaf}/"
            : $"/{regionId}/{groupId}/{date.Year}/{leaf}/";
    }

    /// <summary>The last segment of a document's address made from its date and title: "2020-06-10-zapis-z-jednani".</summary>
    public static string DocumentSegment(DateOnly date, string title)
    {
        var slug = Slug.From(title);
        return slug.Length == 0 ? IsoText.Date(date) : $"{IsoText.Date(date)}-{slug}";
    }

    /// <summary>Page <paramref name="number"/> (1-based) of a paginated list at <paramref name="url"/>.</summary>
    public static string Paged(string url, int number) => number <= 1 ? url : $"{url}{PageSegment}/{number}/";

    /// <summary>The file a URL is written to: "/a/b/" → "a/b/index.html", "/404.html" → "404.html".</summary>
    public static string OutputPath(string url)
    {
        var path = url.TrimStart('/');
        return path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;
    }
}
