using System.Text;

namespace Publisher.Core.Preview;

/// <summary>
/// The site path a request asks for, decoded once and normalised: "/a//b/" is "/a/b/". A target that could mean
/// anything else than a file of the site is refused outright rather than cleaned up: a "." or ".." segment (also
/// spelt %2e or split by %2f), a backslash, a control character such as NUL, an undecodable escape or text that is
/// not UTF-8, and anything not starting with '/'. The preview serves only what is in memory in any case; refusing
/// keeps one spelling per file, as the published site has.
/// </summary>
public static class RequestPath
{
    /// <param name="target">The request's target as sent, e.g. <c>/zatec/?q=1</c>.</param>
    /// <returns>The path, starting with '/', or null when it is refused.</returns>
    public static string? Of(string target)
    {
        var end = target.IndexOfAny(['?', '#']);
        var raw = end < 0 ? target : target[..end];
        if (!raw.StartsWith('/') || Decode(raw) is not { } decoded) return null;
        if (decoded.Any(c => char.IsControl(c) || c == '\\')) return null;
        var segments = decoded.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Any(s => s is "." or "..")) return null;
        var path = "/" + string.Join('/', segments);
        return decoded.EndsWith('/') && segments.Length > 0 ? path + "/" : path;
    }

    /// <summary>The query of a target, with its '?', or an empty text.</summary>
    public static string Query(string target)
    {
        var end = target.IndexOf('#');
        var withoutFragment = end < 0 ? target : target[..end];
        var start = withoutFragment.IndexOf('?');
        return start < 0 ? "" : withoutFragment[start..];
    }

    /// <summary>A path as it is written in an address: each segment escaped again.</summary>
    public static string Encode(string path) => string.Join('/', path.Split('/').Select(Uri.EscapeDataString));

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static string? Decode(string raw)
    {
        var bytes = new List<byte>(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] != '%')
            {
                if (raw[i] > 0x7F) return null;
                bytes.Add((byte)raw[i]);
                continue;
            }
            if (i + 2 >= raw.Length || !Uri.IsHexDigit(raw[i + 1]) || !Uri.IsHexDigit(raw[i + 2])) return null;
            bytes.Add(Convert.ToByte(raw.Substring(i + 1, 2), 16));
            i += 2;
        }
        try
        {
            return StrictUtf8.GetString(bytes.ToArray());
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }
}
