using System.Text.RegularExpressions;
using Publisher.Core.Czech;

namespace Publisher.Core.Authoring.Import;

/// <summary>
/// The title: the first line that names the meeting ("Zápis z jednání …", "Záznam z jednání", "Pracovní setkání …"),
/// with the lines right after it that go on in lower case ("ZÁPIS" / "z jednání pracovní skupiny …" / "konané dne …"),
/// without the date the title ends with.
/// </summary>
internal sealed partial class TitleRecogniser : ILineRecogniser
{
    private readonly List<string> _parts = [];
    private readonly HashSet<int> _blocks = [];
    private bool _done;

    public IReadOnlySet<int> Blocks => _blocks;

    public string? Title => _parts.Count == 0 ? null : Cleaned(string.Join(" ", _parts));

    public void Read(TextLine line)
    {
        if (_done || line.Role is LineRole.BulletItem or LineRole.NumberedItem) return;
        if (_parts.Count > 0 && (line.IsBlank || !char.IsLower(line.Text[0])))
        {
            _done = true;
            return;
        }
        if (_parts.Count > 0 || MeetingName().IsMatch(line.Text))
        {
            _parts.Add(line.Text);
            _blocks.Add(line.Block);
        }
    }

    private static string Cleaned(string title)
    {
        title = TrailingDate().Replace(title, "").TrimEnd(' ', '.', ',');
        var firstWord = title.Split(' ')[0];
        return firstWord.Length > 1 && firstWord.All(c => !char.IsLetter(c) || char.IsUpper(c))
            ? firstWord[0] + firstWord[1..].ToLower(CzechCulture.Culture) + title[firstWord.Length..]
            : title;
    }

    [GeneratedRegex(@"^(?i:zápis|záznam|(?:pracovní\s+)?(?:setkání|jednání|schůzka|schůze))\b")]
    private static partial Regex MeetingName();

    [GeneratedRegex(@"\s+(?i:ze\s+dne|konané\s+dne|konaného\s+dne|konané|dne)\s+.*$")]
    private static partial Regex TrailingDate();
}
