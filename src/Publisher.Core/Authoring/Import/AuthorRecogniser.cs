namespace Publisher.Core.Authoring.Import;

/// <summary>
/// Who wrote the minutes: the name after "Zapsal:", "Zpracoval:" or "Zápis vyhotovila:", on the same line or, after a
/// label alone on its line, on the next line with text. What follows the name after a comma (a position, an
/// organisation) is not part of it; a degree after a comma is ("Bc. Michaela Šípková, DiS.").
/// </summary>
internal sealed class AuthorRecogniser : ILineRecogniser
{
    private bool _nameOnNextLine;

    public string? Author { get; private set; }

    public void Read(TextLine line)
    {
        if (Author is not null || line.IsBlank) return;
        if (_nameOnNextLine)
        {
            _nameOnNextLine = false;
            Author = FirstName(line.Text);
            return;
        }
        if (MinutesLabels.Author().Match(line.Text) is not { Success: true } label) return;
        var value = label.Groups["value"].Value.Trim();
        if (value.Length == 0) _nameOnNextLine = true;
        else Author = FirstName(value);
    }

    private static string? FirstName(string text) => NameList.Split(text) is [var first, ..] ? first : null;
}
