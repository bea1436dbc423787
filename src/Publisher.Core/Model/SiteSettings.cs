namespace Publisher.Core.Model;

/// <summary>The site-wide settings from <c>site.yml</c>.</summary>
public sealed record SiteSettings(string Title, string BaseUrl, string Language, string? Description, AccessibilityStatement? Accessibility)
{
    /// <summary>The absolute URL of a site path, for canonical links, feeds and sitemaps.</summary>
    public string Absolute(string path) => BaseUrl.TrimEnd('/') + path;
}
