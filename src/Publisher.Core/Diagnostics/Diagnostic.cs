namespace Publisher.Core.Diagnostics;

public enum Severity { Warning, Error }

/// <summary>
/// One problem found in the content or theme, located so that editors and CI can jump to it.
/// Formatted in the compiler convention: <c>path:line:column: error: message</c>, always on one line: the file name
/// and the message are escaped (<see cref="OneLineText"/>), so a quoted value cannot print a message of its own.
/// </summary>
public sealed record Diagnostic(string File, int Line, int Column, Severity Severity, string Message)
{
    public override string ToString()
    {
        var level = Severity == Severity.Error ? "error" : "warning";
        return $"{OneLineText.Escape(File)}:{Math.Max(Line, 1)}:{Math.Max(Column, 1)}: {level}: {OneLineText.Escape(Message)}";
    }
}
