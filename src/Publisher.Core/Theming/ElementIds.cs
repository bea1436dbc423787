using System.Text.RegularExpressions;

namespace Publisher.Core.Theming;

/// <summary>
/// The ids of the elements in a piece of markup, read from its start tags. The markup is the build's own (a template's
/// text, a rendered body), where attribute values are quoted and escaped, so reading tags is enough: no parser needed.
/// </summary>
public static partial class ElementIds
{
    public static IEnumerable<string> In(ReadOnlySpan<char> markup)
    {
        // A start tag is '<', an ASCII letter, then anything but '<' and '>' up to '>'. Every rendered body passes here
        // with thousands of tags and a few ids, so tags are found by hand and only those that mention "id" are matched.
        var ids = new List<string>();
        var at = 0;
        while (markup[at..].IndexOf('<') is >= 0 and var next)
        {
            at += next;
            var name = at + 1;
            if (name >= markup.Length || !char.IsAsciiLetter(markup[name]))
            {
                at = name;
                continue;
            }
            var stop = markup[name..].IndexOfAny('<', '>');
            if (stop < 0) break;
            var end = name + stop;
            if (markup[end] == '<')
            {
                at = end;
                continue;
            }
            var tag = markup.Slice(at, end - at + 1);
            if (tag.Contains("id", StringComparison.OrdinalIgnoreCase))
            {
                foreach (var id in IdAttribute().EnumerateMatches(tag))
                {
                    if (ValueOf(tag.Slice(id.Index, id.Length)) is { Length: > 0 } value) ids.Add(value.ToString());
                }
            }
            at = end + 1;
        }
        return ids;
    }

    /// <summary>The value of a match of <see cref="IdAttribute"/>: after the '=' and the white space that follows it, without its quotes.</summary>
    private static ReadOnlySpan<char> ValueOf(ReadOnlySpan<char> attribute)
    {
        var value = attribute[(attribute.IndexOf('=') + 1)..].TrimStart();
        return value is ['"' or '\'', .., _] ? value[1..^1] : value;
    }

    // Attribute names are case-insensitive in HTML; the value may be double-, single- or not quoted.
    [GeneratedRegex("""\sid\s*=\s*(?:"(?<value>[^"]*)"|'(?<value>[^']*)'|(?<value>[^\s"'=<>`]+))""", RegexOptions.IgnoreCase)]
    private static partial Regex IdAttribute();
}
