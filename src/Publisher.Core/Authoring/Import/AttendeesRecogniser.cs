namespace Publisher.Core.Authoring.Import;

/// <summary>
/// The lists of people under "Přítomni", "Omluveni", "Nepřítomni" and "Hosté": the names after the label on its line,
/// or on the next line with text, and on the lines after while a line ends with a comma. A list ends at a blank line,
/// a heading, another label or a separator line.
/// </summary>
internal sealed class AttendeesRecogniser : ILineRecogniser
{
    private enum Kind { Present, Excused, Absent, Guests }

    private readonly Dictionary<Kind, List<string>> _names = new()
    {
        [Kind.Present] = [], [Kind.Excused] = [], [Kind.Absent] = [], [Kind.Guests] = [],
    };
    private readonly HashSet<int> _blocks = [];
    private Kind? _open;
    private bool _awaitingFirstLine;
    private bool _continues;

    public IReadOnlySet<int> Blocks => _blocks;

    public AttendeeLists Attendees => new(_names[Kind.Present], _names[Kind.Excused], _names[Kind.Absent], _names[Kind.Guests]);

    public void Read(TextLine line)
    {
        if (MinutesLabels.Attendees().Match(line.Text) is { Success: true } label && line.Role != LineRole.BulletItem)
        {
            _open = KindOf(label.Groups["label"].Value);
            _blocks.Add(line.Block);
            var value = label.Groups["value"].Value.Trim();
            _awaitingFirstLine = value.Length == 0;
            if (!_awaitingFirstLine) Add(line, value);
            return;
        }
        if (_open is null) return;
        if (line.IsBlank)
        {
            if (!_awaitingFirstLine) _open = null;
            return;
        }
        if (line.Role == LineRole.Heading || MinutesLabels.StartsField(line.Text) || !(_awaitingFirstLine || _continues))
        {
            _open = null;
            return;
        }
        _awaitingFirstLine = false;
        _blocks.Add(line.Block);
        Add(line, line.Text);
    }

    private void Add(TextLine line, string names)
    {
        _names[_open!.Value].AddRange(NameList.Split(names));
        _continues = names.TrimEnd().EndsWith(',') && line.Role != LineRole.Heading;
    }

    private static Kind KindOf(string label) => label.ToLowerInvariant() switch
    {
        var l when l.StartsWith("nepř", StringComparison.Ordinal) => Kind.Absent,
        var l when l.StartsWith("omluv", StringComparison.Ordinal) => Kind.Excused,
        var l when l.StartsWith("host", StringComparison.Ordinal) => Kind.Guests,
        _ => Kind.Present,
    };
}
