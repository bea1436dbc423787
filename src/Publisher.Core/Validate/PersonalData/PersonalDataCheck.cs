using Publisher.Core.Diagnostics;
using Publisher.Core.Load;
using Publisher.Core.Model;

namespace Publisher.Core.Validate.PersonalData;

/// <summary>
/// Reports personal data written in a document, front matter and body alike, at its line and column: a warning, or an
/// error under a strict policy. What site.yml allows (official contacts) is not reported. Birth numbers and accounts are
/// not repeated in the message in full, since build logs are often public.
/// </summary>
public sealed class PersonalDataCheck(PersonalDataPolicy policy)
{
    /// <summary>A file with more is a list or an export, not minutes: what is listed is enough to see that.</summary>
    public const int MaxListedPerFile = 50;

    public void Report(SourceFile file, DiagnosticBag diagnostics)
    {
        var text = file.Text.Span;
        var severity = policy.Strict ? Severity.Error : Severity.Warning;
        var found = 0;
        (int Line, int Column) firstUnlisted = default;
        var lineNumber = 1;
        for (var start = 0; start <= text.Length; lineNumber++)
        {
            var end = text[start..].IndexOf('\n');
            end = end < 0 ? text.Length : start + end;
            foreach (var match in PersonalDataScanner.Scan(text[start..end].TrimEnd('\r')))
            {
                if (policy.Allowed.Contains(PersonalDataPolicy.Normalise(match.Text))) continue;
                if (++found <= MaxListedPerFile)
                    diagnostics.Add(new Diagnostic(file.DisplayPath, lineNumber, match.Index + 1, severity, Message(match)));
                else if (found == MaxListedPerFile + 1)
                    firstUnlisted = (lineNumber, match.Index + 1);
            }
            start = end + 1;
        }
        if (found > MaxListedPerFile)
        {
            diagnostics.Add(new Diagnostic(file.DisplayPath, firstUnlisted.Line, firstUnlisted.Column, severity,
                PersonalDataMessages.MoreNotListed(found - MaxListedPerFile)));
        }
    }

    private static Message Message(PersonalDataMatch match) => match.Kind switch
    {
        PersonalDataKind.EmailAddress => PersonalDataMessages.EmailAddress(match.Text),
        PersonalDataKind.PhoneNumber => PersonalDataMessages.PhoneNumber(match.Text),
        PersonalDataKind.BankAccount => PersonalDataMessages.BankAccount(Masked(match.Text)),
        _ => PersonalDataMessages.BirthNumber(Masked(match.Text)),
    };

    /// <summary>The first two and the last digit: enough to find the number in the line, not enough to use it.</summary>
    private static string Masked(string number) => number[..2] + new string('•', number.Length - 3) + number[^1];
}
