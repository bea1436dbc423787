using System.Text;

namespace Publisher.Core.Render.Templates;

/// <summary>
/// Markup that templates output as it is. Only three things produce it: the Markdown renderer, the page renderer
/// (a layout's output inserted into the base layout) and a template's explicit <c>raw</c> call, so everything else a
/// template writes is HTML-encoded.
/// </summary>
public sealed class RawHtml
{
    private readonly ReadOnlyMemory<char> _text;
    private readonly StringBuilder? _buffer;

    public RawHtml(string html) => _text = html.AsMemory();

    /// <summary>Markup that stays unchanged while the page renders: a body's HTML in the buffer it was rendered into.</summary>
    internal RawHtml(ReadOnlyMemory<char> html) => _text = html;

    /// <summary>
    /// Markup in a buffer that stays unchanged while the page renders: a layout's output goes into the base layout
    /// without first becoming a string as large as the page.
    /// </summary>
    internal RawHtml(StringBuilder html) => _buffer = html;

    public string Html => _buffer?.ToString() ?? _text.ToString();

    /// <summary>Appends the markup to <paramref name="output"/> without making a string of it.</summary>
    public void AppendTo(StringBuilder output)
    {
        if (_buffer is not null) output.Append(_buffer);
        else output.Append(_text.Span);
    }

    public override string ToString() => Html;
}
