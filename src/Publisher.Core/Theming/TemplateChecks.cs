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
    /// <summary>Includes a partial whose markup depends only on its value: rendered once per value for the whole site.</summary>
    public const string CachedPartialFunction = "partial_cached";

    // What each page gives its templates: its page, its view, its document's body, and the layout's markup for the base layout.
    public const string PageVariable = "page";
    public const string DataVariable = "data";
    public const string BodyVariable = "body";
    public const string ContentVariable = "content";

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
                case ScriptFunctionCall call when IncludedPartial(call) is { } name && !partials.Contains(name):
                    Report(diagnostics, file, call, ThemingMessages.PartialMissing(name, partialsFolder));
                    break;
                case ScriptVariableGlobal { Name: TextsVariable } variable when texts is not null:
                    CheckTextsRead(variable, file, texts, diagnostics);
                    break;
            }
        }
    }

    /// <summary>
    /// A partial included with <c>partial_cached</c> is rendered without any page, and so is every partial it includes:
    /// each read of a page's variable there is an error at its line, when the theme loads.
    /// </summary>
    /// <param name="templates">The layouts and partials, whose calls say which partials are cached.</param>
    public static void CheckCachedPartials(IEnumerable<Template> templates, IReadOnlyDictionary<string, Template> partials, DiagnosticBag diagnostics)
    {
        var cached = new Queue<string>();
        foreach (var template in templates)
            foreach (var node in template is { HasErrors: false, Page: { } page } ? Descendants(page) : [])
                if (node is ScriptFunctionCall { Target: ScriptVariableGlobal { Name: CachedPartialFunction } } call && IncludedPartial(call) is { } name)
                    cached.Enqueue(name);
        var pageFree = new HashSet<string>(StringComparer.Ordinal);
        while (cached.TryDequeue(out var name))
        {
            if (!pageFree.Add(name) || !partials.TryGetValue(name, out var partial) || partial.HasErrors || partial.Page is null) continue;
            var nodes = Descendants(partial.Page).ToList();
            // A name the partial sets itself (a loop's variable, an assignment) is its own wherever it is read there.
            var own = nodes.OfType<ScriptVariableGlobal>().Where(IsSet).Select(v => v.Name).ToHashSet(StringComparer.Ordinal);
            foreach (var node in nodes)
            {
                if (node is ScriptFunctionCall call && IncludedPartial(call) is { } included)
                    cached.Enqueue(included);
                else if (node is ScriptVariableGlobal { Name: PageVariable or DataVariable or BodyVariable or ContentVariable } variable
                    && IsRead(variable) && !own.Contains(variable.Name))
                    Report(diagnostics, partial.SourceFilePath ?? "", variable, ThemingMessages.CachedPartialReadsPage(name, variable.Name, CachedPartialFunction, PartialFunction));
            }
        }
    }

    /// <summary>The partial a call includes by a literal name, with <c>partial</c> or <c>partial_cached</c>.</summary>
    private static string? IncludedPartial(ScriptFunctionCall call) =>
        call is { Target: ScriptVariableGlobal { Name: PartialFunction or CachedPartialFunction } } && call.Arguments.Count > 0
            && call.Arguments[0] is ScriptLiteral { Value: string name } ? name : null;

    /// <summary>Whether a variable is read where it stands, rather than named as a member (<c>x.page</c>) or set.</summary>
    private static bool IsRead(ScriptVariableGlobal variable) => !IsSet(variable) && !IsMemberName(variable);

    /// <summary>Whether the name stands for a member of something (<c>page</c> in <c>x.page</c>), not a variable.</summary>
    private static bool IsMemberName(ScriptVariableGlobal variable) =>
        variable.Parent is ScriptMemberExpression member && ReferenceEquals(member.Member, variable);

    /// <summary>Whether a variable is given a value where it stands: assigned, captured, a loop's or a function's own.</summary>
    private static bool IsSet(ScriptVariableGlobal variable) => variable.Parent switch
    {
        ScriptForStatement loop => ReferenceEquals(loop.Variable, variable),
        ScriptAssignExpression assignment => ReferenceEquals(assignment.Target, variable),
        ScriptCaptureStatement capture => ReferenceEquals(capture.Target, variable),
        ScriptParameter parameter => ReferenceEquals(parameter.Name, variable),
        _ => false,
    };

    private static void CheckTextsRead(ScriptVariableGlobal variable, string file, UiTextsFile texts, DiagnosticBag diagnostics)
    {
        // "x.t" names a member of x, not the texts.
        if (IsMemberName(variable)) return;
        if (IsSet(variable))
        {
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
