namespace Publisher.Core.Authoring.Import;

/// <summary>
/// The agenda: the numbered or bulleted items after "Program:" or "Témata setkání:", until the first line that is not
/// an item once items have begun.
/// </summary>
internal sealed class AgendaRecogniser : ILineRecogniser
{
    private readonly List<string> _items = [];
    private readonly HashSet<int> _blocks = [];
    private bool _open;
    private bool _done;

    public IReadOnlySet<int> Blocks => _blocks;

    public IReadOnlyList<string> Agenda => _items;

    public void Read(TextLine line)
    {
        if (_done) return;
        if (!_open)
        {
            if (line.Role is not (LineRole.BulletItem or LineRole.NumberedItem) && MinutesLabels.Agenda().Match(line.Text) is { Success: true })
            {
                _open = true;
                _blocks.Add(line.Block);
            }
            return;
        }
        if (line.Role is LineRole.BulletItem or LineRole.NumberedItem)
        {
            _items.Add(line.Text);
            _blocks.Add(line.Block);
        }
        else if (!line.IsBlank || _items.Count > 0)
        {
            _done = true;
            // A label without items is text of the body, not a field.
            if (_items.Count == 0) _blocks.Clear();
        }
    }
}
