using Publisher.Core.Diagnostics;
using Scriban.Parsing;
using Scriban.Syntax;

namespace Publisher.Core.Render.Templates;

/// <summary>A template stopped by the build's own rules, with the reason in both languages; Scriban's message is the English text.</summary>
public sealed class TemplateRuntimeException(SourceSpan span, Message text) : ScriptRuntimeException(span, text.English), IExplainedException
{
    public Message Text { get; } = text;
}
