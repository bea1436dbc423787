using System.Text;
using Publisher.Core.Diagnostics;
using Publisher.Core.Render.Templates;
using Scriban;
using Scriban.Runtime;

namespace Publisher.Core.Preview;

/// <summary>A problem as the error page lists it; <paramref name="Position"/> is empty for a build that stopped.</summary>
public sealed record ErrorPageProblem(string Position, string Severity, string Message);

/// <summary>
/// The page the preview answers with while the build has errors: each problem with its file:line:col, severity and
/// message in the chosen language. It comes from the template <c>errors.html</c> compiled into the program, rendered
/// with every value HTML-encoded (<see cref="EncodingTemplateContext"/>), as the theme's pages are.
/// </summary>
public sealed class ErrorPage(MessageLanguage language)
{
    private static readonly Template Template = PreviewResources.Template("errors.html");

    public byte[] Render(IReadOnlyList<Diagnostic> diagnostics) =>
        Render(diagnostics.Select(d => new ErrorPageProblem(
            $"{d.File}:{Math.Max(d.Line, 1)}:{Math.Max(d.Column, 1)}", Diagnostic.SeverityWord(d.Severity, language), d.Message.In(language))));

    /// <param name="reason">Why the build stopped before it could report its problems.</param>
    public byte[] Render(Message reason) =>
        Render([new ErrorPageProblem("", Diagnostic.SeverityWord(Severity.Error, language), reason.In(language))]);

    private byte[] Render(IEnumerable<ErrorPageProblem> problems)
    {
        var context = new EncodingTemplateContext(TemplateContext.GetDefaultBuiltinObject())
        {
            StrictVariables = true,
            LimitToString = 0,
            EnableRelaxedMemberAccess = false,
        };
        context.PushGlobal(new ScriptObject
        {
            ["english"] = language == MessageLanguage.English,
            ["problems"] = problems.ToList(),
        });
        var html = new StringBuilder();
        context.RenderInto(Template, html);
        return Encoding.UTF8.GetBytes(html.ToString());
    }
}
