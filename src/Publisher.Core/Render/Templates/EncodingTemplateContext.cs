using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Publisher.Core.Render.Templates;

/// <summary>
/// Scriban writes values as they are; this context HTML-encodes every value a template outputs with
/// <c>{{ … }}</c>, so forgetting to escape is impossible and raw output is the visible exception (<see cref="RawHtml"/>).
/// The template's own literal text goes through other overloads and is not touched. Execution is bounded as
/// <see cref="BoundedTemplateContext"/> describes.
/// </summary>
public sealed class EncodingTemplateContext(ScriptObject builtins) : BoundedTemplateContext(builtins)
{
    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        if (textAsObject is null) return this;
        var raw = textAsObject as RawHtml;
        var text = raw is null ? textAsObject as string ?? ObjectToString(textAsObject) ?? "" : null;
        // Values go straight into the output, without a string of their own, unless Scriban is indenting them (a
        // multi-line value written after indentation gets that indentation on every line; an empty indentation adds nothing).
        if (Output is StringBuilderOutput { Builder: var output } && string.IsNullOrEmpty(CurrentIndent))
        {
            if (raw is not null) raw.AppendTo(output);
            else HtmlText.AppendEncoded(output, text!);
            return this;
        }
        return base.Write(span, raw?.Html ?? HtmlText.Encode(text!));
    }

    public override ValueTask<TemplateContext> WriteAsync(SourceSpan span, object? textAsObject) =>
        ValueTask.FromResult(Write(span, textAsObject));
}
