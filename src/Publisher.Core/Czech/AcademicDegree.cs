using System.Text.RegularExpressions;

namespace Publisher.Core.Czech;

/// <summary>
/// Academic degrees written after a Czech name, after a comma: "Ph.D.", "DiS.", "CSc.", "LL.M.", "MBA". A list of names
/// split at commas keeps such a part with the name before it.
/// </summary>
public static partial class AcademicDegree
{
    public static bool Is(string text) => Pattern().IsMatch(text);

    [GeneratedRegex(@"^(?:(?:[A-Z][A-Za-z]{0,3}\.)+|MBA|MPA|DBA|MPH|LLM)$")]
    private static partial Regex Pattern();
}
