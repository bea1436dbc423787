using System.Text;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Publisher.Core.Render.Templates;

/// <summary>
/// Template execution that cannot run away. A theme is code: a loop whose condition never turns false, a huge
/// range, a function or partial that calls itself would otherwise hold the build for minutes, exhaust the stack
/// or fill the memory. Each page gets budgets that real pages stay far below:
/// evaluation steps, nesting depth, partial depth and output size (<see cref="BeginPage"/> starts them anew). Steps are counted, not timed, so whether a
/// page fits never depends on the machine's load and the same theme always gives the same result.
/// </summary>
/// <remarks>Each limit ends the page with a <see cref="ScriptRuntimeException"/> at the template line that ran away.</remarks>
public abstract class BoundedTemplateContext : TemplateContext
{
    /// <summary>
    /// Evaluation steps (every expression and statement) for one page. A working group's year with 2,000 meetings,
    /// far more than any real page lists, takes about 95,000; an endless loop reaches this within a second.
    /// </summary>
    public const long MaxSteps = 2_000_000;

    /// <summary>How deeply evaluations may nest. Real pages stay below 20, and this is far from the stack's end.</summary>
    public const int MaxDepth = 200;

    /// <summary>How deeply partials may include each other. The theme nests one deep (a layout includes a partial).</summary>
    public const int MaxPartialDepth = 8;

    /// <summary>Characters of HTML a page may grow to; the 2,000-meeting year above is about 850,000.</summary>
    public const int MaxOutputCharacters = 32 * 1024 * 1024;

    // The loops and function calls running now, innermost on top: where a budget runs out is reported at them.
    private readonly Stack<ScriptNode> _running = new();
    private long _steps;
    private int _depth;
    private int _partialDepth;
    // The outputs of the partials this page has rendered, each in use until the page ends (a partial's markup may be
    // kept in a variable and written later), then used again by the next page rather than grown anew.
    private readonly List<StringBuilder> _partialOutputs = [];
    private int _partialOutputsUsed;
    // A theme that renders partials in a loop would otherwise keep one buffer per call for the rest of the build.
    private const int MaxKeptPartialOutputs = 64;

    protected BoundedTemplateContext(ScriptObject builtins) : base(builtins)
    {
        // Scriban's own limits count per loop and per function, so loops nested in loops or functions that call
        // each other multiply past them; the page-wide budgets in Evaluate bound everything together. Scriban's
        // limits stay as backstops that the budgets always reach first.
        LoopLimit = int.MaxValue;
        RecursiveLimit = MaxDepth;
    }

    /// <summary>Gives the next page its own budgets when one context renders page after page.</summary>
    public void BeginPage()
    {
        _steps = 0;
        _depth = 0;
        _partialDepth = 0;
        _partialOutputsUsed = 0;
        _running.Clear();
    }

    public override object? Evaluate(ScriptNode? node, bool aliasReturnedFunction)
    {
        if (node is null) return base.Evaluate(node, aliasReturnedFunction);
        if (++_steps > MaxSteps)
            throw new TemplateRuntimeException(InnermostRunning(node), TemplateMessages.TooManySteps(MaxSteps));
        if (_depth >= MaxDepth)
            throw new TemplateRuntimeException(InnermostRunning(node), TemplateMessages.CallsTooDeep(MaxDepth));
        if (Output is StringBuilderOutput { Builder.Length: > MaxOutputCharacters })
            throw new TemplateRuntimeException(InnermostRunning(node), TemplateMessages.PageTooLarge(MaxOutputCharacters / (1024 * 1024)));
        var isCall = node is ScriptFunctionCall;
        if (isCall) _running.Push(node);
        _depth++;
        try
        {
            return base.Evaluate(node, aliasReturnedFunction);
        }
        finally
        {
            _depth--;
            if (isCall) _running.Pop();
        }
    }

    public override ValueTask<object?> EvaluateAsync(ScriptNode? node, bool aliasReturnedFunction) =>
        throw new NotSupportedException("templates are rendered synchronously, so that the budgets above apply");

    /// <summary>
    /// Renders a partial in this context, as one level deeper of partial nesting. What the partial is given, when anything,
    /// it reads as <c>model</c>; it sees nothing else of its caller but the page's own variables.
    /// </summary>
    /// <param name="callSite">Where the including template calls the partial; the error points there.</param>
    /// <returns>The partial's markup, which stays unchanged until the next page begins.</returns>
    public StringBuilder RenderPartial(Template partial, string name, SourceSpan callSite, object? model)
    {
        if (_partialDepth >= MaxPartialDepth)
            throw new TemplateRuntimeException(callSite, TemplateMessages.PartialsTooDeep(MaxPartialDepth, name));
        _partialDepth++;
        var output = TakePartialOutput();
        PushGlobal(new ScriptObject { ["model"] = model });
        try
        {
            RenderInto(partial, output);
            return output;
        }
        finally
        {
            PopGlobal();
            _partialDepth--;
        }
    }

    private StringBuilder TakePartialOutput()
    {
        if (_partialOutputsUsed == MaxKeptPartialOutputs) return new StringBuilder();
        if (_partialOutputsUsed == _partialOutputs.Count) _partialOutputs.Add(new StringBuilder());
        return _partialOutputs[_partialOutputsUsed++].Clear();
    }

    /// <summary>
    /// Renders a template into <paramref name="output"/> as <see cref="Template.Render(TemplateContext)"/> does, but
    /// appends the markup there instead of returning it as a string: a layout's output is as large as the page.
    /// </summary>
    public void RenderInto(Template template, StringBuilder output)
    {
        PushOutput(new StringBuilderOutput(output));
        if (template.SourceFilePath is not null) PushSourceFile(template.SourceFilePath);
        try
        {
            if (template.Page is { } page && Evaluate(page, aliasReturnedFunction: false) is { } result)
                Write(page.Span, result);
        }
        finally
        {
            if (template.SourceFilePath is not null) PopSourceFile();
            PopOutput();
        }
    }

    protected override void OnEnterLoop(ScriptLoopStatementBase loop) => _running.Push(loop);

    protected override void OnExitLoop(ScriptLoopStatementBase loop) => _running.Pop();

    /// <summary>A budget spent inside a loop or a function call is reported there, the likeliest thing to fix.</summary>
    private SourceSpan InnermostRunning(ScriptNode node) => _running.TryPeek(out var running) ? running.Span : node.Span;
}
