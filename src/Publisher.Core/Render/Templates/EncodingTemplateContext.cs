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
    public override TemplateContext Write(SourceSpan span, object? textAsObject) => textAsObject switch
    {
        null => this,
        RawHtml raw when Output is StringBuilderOutput output => Append(raw, output),
        RawHtml raw => base.Write(span, raw.Html),
        string text => base.Write(span, HtmlText.Encode(text)),
        _ => base.Write(span, HtmlText.Encode(ObjectToString(textAsObject) ?? "")),
    };

    private EncodingTemplateContext Append(RawHtml raw, StringBuilderOutput output)
    {
        raw.AppendTo(output.Builder);
        return this;
    }

    public override ValueTask<TemplateContext> WriteAsync(SourceSpan span, object? textAsObject) =>
        ValueTask.FromResult(Write(span, textAsObject));
}
