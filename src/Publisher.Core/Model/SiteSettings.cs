namespace Publisher.Core.Model;

/// <summary>The site-wide settings from <c>site.yml</c>.</summary>
public sealed record SiteSettings(string Title, string BaseUrl, string Language, string? Description, AccessibilityStatement? Accessibility)
{
    /// <summary>The terms under which the site's open data may be reused: <c>license</c> in site.yml, or CC BY 4.0.</summary>
    public SiteLicense License { get; init; } = SiteLicense.Default;

    /// <summary>The address of the authority that publishes the site in the register of public authorities (RPP), when given.</summary>
    public string? Publisher { get; init; }

    /// <summary>Which personal data documents may publish, and whether other personal data stops the build (<c>personal_data</c>).</summary>
    public PersonalDataPolicy PersonalData { get; init; } = PersonalDataPolicy.Default;

    /// <summary>The absolute URL of a site path, for canonical links, feeds and sitemaps.</summary>
    public string Absolute(string path) => string.Concat(BaseUrl.AsSpan().TrimEnd('/'), path);
}

/// <summary>A licence as the open data names it: its name for readers and the address of its text.</summary>
public sealed record SiteLicense(string Name, string Url)
{
    /// <summary>
    /// Creative Commons Attribution 4.0, which the Czech guidance on open data recommends for data that may be
    /// protected by copyright (the minutes are texts written by people): anyone may reuse them, naming the source.
    /// </summary>
    public static SiteLicense Default { get; } = new("Creative Commons Uveďte původ 4.0 Mezinárodní (CC BY 4.0)", "https://creativecommons.org/licenses/by/4.0/");
}
