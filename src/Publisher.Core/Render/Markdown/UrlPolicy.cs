using System.Text.RegularExpressions;

namespace Publisher.Core.Render.Markdown;

/// <summary>
/// Which link and image addresses a document may use: relative addresses and schemes that only navigate
/// (http, https, mailto, tel). Images may also embed raster pictures as <c>data:</c> addresses, which is how
/// pictures pasted from Word arrive; a picture cannot run script, and the site's policy allows such images.
/// </summary>
public static partial class UrlPolicy
{
    public static readonly string[] LinkSchemes = ["http", "https", "mailto", "tel"];

    public static bool IsAllowedLink(string? url) => Scheme(url) is not { } scheme
        || LinkSchemes.Contains(scheme, StringComparer.OrdinalIgnoreCase);

    public static bool IsAllowedImage(string? url) => IsAllowedLink(url) || url is not null && EmbeddedPicture().IsMatch(url);

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
