using System.Net;
using System.Text.RegularExpressions;

namespace Publisher.Core.PostProcess;

/// <summary>The link targets and anchor ids of one rendered page.</summary>
public sealed record PageLinks(string Url, string Origin, IReadOnlySet<string> Ids, IReadOnlyList<string> Targets);

/// <summary>
/// Reads the links (<c>href</c>, <c>src</c>) and anchors (<c>id</c>) of a page the build rendered. The build's
/// own templates and Markdown renderer always quote attributes with double quotes, which lets a fast scan
/// replace a full HTML parse on every page.
/// </summary>
public static partial class LinkScanner
{
    public static PageLinks Scan(string url, string origin, string html)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var targets = new List<string>();
        foreach (Match match in Attribute().Matches(html))
        {
            var value = WebUtility.HtmlDecode(match.Groups[2].Value);
            if (match.Groups[1].Value == "id") ids.Add(value);
            else targets.Add(value);
        }
        return new PageLinks(url, origin, ids, targets);
    }

    [GeneratedRegex("\\s(href|src|id)=\"([^\"]*)\"", RegexOptions.CultureInvariant)]
    private static partial Regex Attribute();
}
