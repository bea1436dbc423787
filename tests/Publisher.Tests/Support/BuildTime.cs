using System.Text.RegularExpressions;

namespace Publisher.Tests.Support;

/// <summary>
/// The closing summary of a build tells how long it took ("…, 0 warning(s), in 1.2 s."); tests that compare whole
/// lines leave that out, as it differs from run to run.
/// </summary>
public static partial class BuildTime
{
    public static string Hidden(string text) => Seconds().Replace(text, "");

    [GeneratedRegex(@", (?:in|za) \d+[.,]\d s(?=[.;])")]
    private static partial Regex Seconds();
}
