using Publisher.Core.Diagnostics;
using Scriban;
using Scriban.Syntax;

namespace Publisher.Core.Theming;

/// <summary>
/// Checks a parsed template against the rest of the theme without running it: every <c>partial "name"</c> with a
/// literal name must have its file, and every key read from the UI texts (<c>t.a.b</c>, <c>t.a[x].b</c>) must be a
/// text in <c>texts.yml</c>. Mistakes are reported at the template's line and column, when the theme loads, instead
/// of on the first page that happens to run that line.
/// </summary>
public static class TemplateChecks
{
    /// <summary>The variable under which templates read <c>texts.yml</c>.</summary>
    public const string TextsVariable = "t";
    public const string PartialFunction = "partial";

    /// <param name="partialsFolder">How diagnostics name the partials folder, e.g. <c>theme/partials</c>.</param>
    /// <param name="texts">Null when texts.yml could not be read; its keys are then not checked.</param>
    public static void Check(Template template, ISet<string> partials, string partialsFolder, UiTextsFile? texts, DiagnosticBag diagnostics)
    {
        if (template.HasErrors || template.Page is null) return;
        var file = template.SourceFilePath ?? "";
        foreach (var node in Descendants(template.Page))
        {
            switch (node)
            {
                case ScriptFunctionCall { Target: ScriptVariableGlobal { Name: PartialFunction } } call
                    when call.Arguments.Count > 0 && call.Arguments[0] is ScriptLiteral { Value: string name } && !partials.Contains(name):
                    Report(diagnostics, file, call, ThemingMessages.PartialMissing(name, partialsFolder));
                    break;
                case ScriptVariableGlobal { Name: TextsVariable } variable when texts is not null:
                    CheckTextsRead(variable, file, texts, diagnostics);
                    break;
            }
        }
    }

    private static void CheckTextsRead(ScriptVariableGlobal variable, string file, UiTextsFile texts, DiagnosticBag diagnostics)
    {
        switch (variable.Parent)
        {
            // "x.t" names a member of x, not the texts.
            case ScriptMemberExpression member when ReferenceEquals(member.Member, variable):
                return;
            case ScriptForStatement forLoop when ReferenceEquals(forLoop.Variable, variable):
            case ScriptAssignExpression assignment when ReferenceEquals(assignment.Target, variable):
            case ScriptCaptureStatement capture when ReferenceEquals(capture.Target, variable):
            case ScriptParameter parameter when ReferenceEquals(parameter.Name, variable):
                Report(diagnostics, file, variable, ThemingMessages.TextsVariableSet(TextsVariable, texts.DisplayPath));
                return;
        }

        var parts = new List<string?>();
        ScriptNode chain = variable;
        while (true)
        {
            if (chain.Parent is ScriptMemberExpression { Member: { } name } member && ReferenceEquals(member.Target, chain))
                parts.Add(name.Name);
            else if (chain.Parent is ScriptIndexerExpression indexer && ReferenceEquals(indexer.Target, chain))
                parts.Add(indexer.Index is ScriptLiteral { Value: string key } ? key : null);
            else
                break;
            chain = chain.Parent!;
        }
        if (parts.Count == 0) return;

        var loopsOver = chain.Parent is ScriptForStatement loop && ReferenceEquals(loop.Iterator, chain);
        if (texts.Check(parts, expectGroup: loopsOver) is not { } problem) return;
        var message = problem.Fault switch
        {
            TextKeyFault.Missing => ThemingMessages.TemplateTextMissing(problem.Key, texts.DisplayPath),
            TextKeyFault.Group => ThemingMessages.TemplateTextIsGroup(problem.Key, problem.Example ?? ""),
            TextKeyFault.List => ThemingMessages.TemplateTextIsList(problem.Key),
            _ => ThemingMessages.TemplateTextIsText(problem.Key, TextsVariable),
        };
        Report(diagnostics, file, variable, message);
    }

    private static void Report(DiagnosticBag diagnostics, string file, ScriptNode node, Message message) =>
        diagnostics.Error(file, node.Span.Start.Line + 1, node.Span.Start.Column + 1, message);

    /// <summary>Every node below <paramref name="root"/>, without recursion, so a deeply nested template cannot exhaust the stack.</summary>
    internal static IEnumerable<ScriptNode> Descendants(ScriptNode root)
    {
        var pending = new Stack<ScriptNode>();
        pending.Push(root);
        while (pending.TryPop(out var node))
        {
            yield return node;
            foreach (var child in node.Children)
                if (child is not null) pending.Push(child);
        }
    }
}
