namespace Publisher.Core.Diagnostics;

/// <summary>
/// A diagnostic as a GitHub Actions workflow command (<c>::error file=…,line=…,col=…::message</c>), which the
/// runner shows on the file's line in a pull request. The file and message are first made one line
/// (<see cref="OneLineText"/>), then escaped as the runner reads them, so a quoted value can neither end the
/// command early nor start another.
/// </summary>
public static class GitHubAnnotation
{
    public const string Title = "Publisher";

    /// <summary>The command's name stays English (the runner knows only <c>error</c> and <c>warning</c>); its text is in <paramref name="language"/>.</summary>
    public static string Format(Diagnostic diagnostic, MessageLanguage language)
    {
        var level = diagnostic.Severity == Severity.Error ? "error" : "warning";
        return $"::{level} file={Property(diagnostic.File)},line={Math.Max(diagnostic.Line, 1)},col={Math.Max(diagnostic.Column, 1)},title={Title}::{Data(diagnostic.Message.In(language))}";
    }

    // The runner decodes %25, %0D and %0A in a message, and also %3A and %2C in a property, where ':' and ',' end it.
    private static string Data(string text) =>
        OneLineText.Escape(text).Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");

    private static string Property(string text) => Data(text).Replace(":", "%3A").Replace(",", "%2C");
}
