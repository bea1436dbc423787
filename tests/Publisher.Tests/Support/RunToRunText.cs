using System.Text.RegularExpressions;

namespace Publisher.Tests.Support;

/// <summary>
/// What the command line prints that differs from one run to the next: how long the build took ("…, 0 warning(s),
/// in 1.2 s.") and, in a log, the progress lines of a stage that ran long ("rendering pages: 101 of 105"). Tests that
/// compare whole lines leave both out.
/// </summary>
public static partial class RunToRunText
{
    public static string Hidden(string text) => ProgressLine().Replace(Seconds().Replace(text, ""), "");

    [GeneratedRegex(@", (?:in|za) \d+[.,]\d s(?=[.;])")]
    private static partial Regex Seconds();

    [GeneratedRegex(@"^(?:reading documents|rendering pages|čtení dokumentů|vykreslování stránek): [\d\u00A0]+ (?:of|z) [\d\u00A0]+\n", RegexOptions.Multiline)]
    private static partial Regex ProgressLine();
}
