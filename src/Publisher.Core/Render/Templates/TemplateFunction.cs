using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Publisher.Core.Render.Templates;

/// <summary>
/// A function the templates call, invoked directly. Scriban calls an imported .NET method or delegate through
/// reflection, and on a site of thousands of pages, each calling such functions dozens of times, that machinery
/// (and the invoke stubs it keeps building and collecting) costs more than the functions themselves.
/// </summary>
/// <param name="requiredCount">How many values a call must give; up to <paramref name="parameterCount"/> may be given.</param>
public sealed class TemplateFunction(string name, int parameterCount, Func<TemplateContext, SourceSpan, ScriptArray, object?> body, int? requiredCount = null)
    : IScriptCustomFunction
{
    public int RequiredParameterCount => requiredCount ?? parameterCount;

    public int ParameterCount => parameterCount;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

    public Type ReturnType => typeof(object);

    // Scriban asks for every argument of every call: the names are made once, not for each call.
    private static readonly string[] ArgumentNames = [.. Enumerable.Range(0, 8).Select(i => $"arg{i}")];

    public ScriptParameterInfo GetParameterInfo(int index) =>
        new(typeof(object), index < ArgumentNames.Length ? ArgumentNames[index] : $"arg{index}");

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var callSite = callerContext?.Span ?? context.CurrentSpan;
        if (arguments.Count < RequiredParameterCount || arguments.Count > parameterCount)
        {
            throw new TemplateRuntimeException(callSite, TemplateMessages.ArgumentCount(name, RequiredParameterCount, parameterCount, arguments.Count));
        }
        return body(context, callSite, arguments);
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new(Invoke(context, callerContext, arguments, blockStatement));

    /// <summary>A function of one value.</summary>
    public static TemplateFunction Of(string name, Func<object?, object?> body) =>
        new(name, 1, (_, _, arguments) => body(arguments[0]));

    /// <summary>A function of one text.</summary>
    public static TemplateFunction OfText(string name, Func<string, object?> body) =>
        new(name, 1, (context, caller, arguments) => body(context.ObjectToString(arguments[0]) ?? ""));
}
