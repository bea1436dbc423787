namespace Publisher.Core.Render.Templates;

/// <summary>
/// Markup that templates output as it is. Only two things produce it: the Markdown renderer and a
/// template's explicit <c>raw</c> call, so everything else a template writes is HTML-encoded.
/// </summary>
public sealed record RawHtml(string Html)
{
    public override string ToString() => Html;
}
