using System.Text.RegularExpressions;
using Publisher.Core.Diagnostics;

namespace Publisher.Core.Render.Markdown;

/// <summary>
/// Which link and image addresses a document may use: relative addresses and schemes that only navigate
/// (http, https, mailto, tel). Images may also embed raster pictures as <c>data:</c> addresses, which is how
/// pictures pasted from Word arrive; a picture cannot run script, and the site's policy allows such images.
/// </summary>
public static partial class UrlPolicy
{
    public static readonly string[] LinkSchemes = ["http", "https", "mailto", "tel"];

    /// <summary>
    /// A page of the site, to resolve relative addresses against. Which page does not matter: only an address
    /// that names a server (<c>//server:port/</c>) can fail, and the page's own path plays no part in that.
    /// </summary>
    private static readonly Uri SomePage = new("https://site.invalid/region/skupina/");

    public static bool IsAllowedLink(string? url) => HasAllowedScheme(url) && IsValid(url);

    public static bool IsAllowedImage(string? url) => IsAllowedLink(url) || url is not null && EmbeddedPicture().IsMatch(url);

    /// <summary>Whether the address is relative or uses one of <see cref="LinkSchemes"/>, valid or not.</summary>
    public static bool HasAllowedScheme(string? url) => Scheme(url) is not { } scheme
        || LinkSchemes.Contains(scheme, StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Whether browsers, and the check of the site's links, can read the address at all. Browsers read '\' as '/',
    /// so <c>\/h:65536/</c> names a server with a port that cannot exist, and no page can lead there.
    /// </summary>
    public static bool IsValid(string? url) => string.IsNullOrEmpty(url) || Uri.TryCreate(SomePage, url, out _);

    /// <summary>Why a link address that is not allowed was removed, for the editor.</summary>
    public static Message WhyNotAllowed(string? url) => HasAllowedScheme(url)
        ? MarkdownMessages.InvalidAddress
        : MarkdownMessages.OnlyAllowedSchemes(string.Join(", ", LinkSchemes));

    /// <summary>The scheme of an absolute address, stripped of the whitespace and control characters browsers ignore; null for relative addresses.</summary>
    internal static string? Scheme(string? url)
    {
        if (string.IsNullOrEmpty(url)) return null;
        var colon = url.IndexOf(':');
        if (colon < 0) return null;
        var beforeColon = url[..colon];
        // A ':' after the first '/', '?' or '#' belongs to a relative path, not to a scheme.
        if (beforeColon.IndexOfAny(['/', '?', '#']) >= 0) return null;
        return new string(beforeColon.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray());
    }

    [GeneratedRegex(@"\Adata:image/(png|jpeg|gif|webp);base64,[A-Za-z0-9+/=\s]*\z", RegexOptions.IgnoreCase)]
    private static partial Regex EmbeddedPicture();
}
