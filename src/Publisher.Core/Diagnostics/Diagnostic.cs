namespace Publisher.Core.Diagnostics;

public enum Severity { Warning, Error }

/// <summary>
/// One problem found in the content or theme, located so that editors and CI can jump to it.
/// Formatted in the compiler convention, <c>path:line:column: error: message</c> in English and
/// <c>path:line:column: chyba: message</c> (<c>varování</c> for a warning) in Czech, always on one line: the file name
/// and the message are escaped (<see cref="OneLineText"/>), so a quoted value cannot print a message of its own.
/// </summary>
public sealed record Diagnostic(string File, int Line, int Column, Severity Severity, Message Message)
{
    public string Format(MessageLanguage language) =>
        $"{OneLineText.Escape(File)}:{Math.Max(Line, 1)}:{Math.Max(Column, 1)}: {SeverityWord(Severity, language)}: {OneLineText.Escape(Message.In(language))}";

    /// <summary>The word that follows the position: what tools that read the output look for.</summary>
    public static string SeverityWord(Severity severity, MessageLanguage language) => (severity, language) switch
    {
        (Severity.Error, MessageLanguage.English) => "error",
        (Severity.Warning, MessageLanguage.English) => "warning",
        (Severity.Error, _) => "chyba",
        _ => "varování",
    };

    /// <summary>The English line, for logs and debugging; the command line prints <see cref="Format"/>.</summary>
    public override string ToString() => Format(MessageLanguage.English);
}
