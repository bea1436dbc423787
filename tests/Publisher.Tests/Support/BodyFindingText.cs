using Publisher.Core.Diagnostics;
using Publisher.Core.Render.Markdown;

namespace Publisher.Tests.Support;

/// <summary>A body finding with its English text, to compare with the texts the tests expect.</summary>
public static class BodyFindingText
{
    public static (int Line, int Column, Severity Severity, string Message) InEnglish(this BodyFinding finding) =>
        (finding.Line, finding.Column, finding.Severity, finding.Message.English);
}
