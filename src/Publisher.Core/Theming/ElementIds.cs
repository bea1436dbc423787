using System.Text.RegularExpressions;

namespace Publisher.Core.Theming;

/// <summary>
/// The ids of the elements in a piece of markup, read from its start tags. The markup is the build's own (a template's
/// text, a rendered body), where attribute values are quoted and escaped, so reading tags is enough: no parser needed.
/// </summary>
public static partial class ElementIds
{
    public static IEnumerable<string> In(string markup) =>
        StartTags().Matches(markup)
            .SelectMany(tag => IdAttribute().Matches(tag.Value))
            .Select(id => id.Groups["value"].Value)
            .Where(value => value.Length > 0);

    [GeneratedRegex(@"<[A-Za-z][^<>]*>")]
    private static partial Regex StartTags();

    // Attribute names are case-insensitive in HTML; the value may be double-, single- or not quoted.
    [GeneratedRegex("""\sid\s*=\s*(?:"(?<value>[^"]*)"|'(?<value>[^']*)'|(?<value>[^\s"'=<>`]+))""", RegexOptions.IgnoreCase)]
    private static partial Regex IdAttribute();
}
