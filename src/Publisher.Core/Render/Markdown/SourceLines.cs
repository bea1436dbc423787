namespace Publisher.Core.Render.Markdown;

/// <summary>
/// Turns character offsets in a Markdown text into 1-based lines and columns of the file it is part of, whose line
/// <paramref name="firstLine"/> the text starts on.
/// </summary>
internal sealed class SourceLines
{
    private readonly List<int> _lineStarts = [0];
    private readonly int _firstLine;

    public SourceLines(string text, int firstLine = 1)
    {
        _firstLine = firstLine;
        for (var i = text.IndexOf('\n'); i >= 0; i = text.IndexOf('\n', i + 1))
            _lineStarts.Add(i + 1);
        var lastText = text.AsSpan().TrimEnd().Length - 1;
        LastTextLine = Locate(Math.Max(lastText, 0)).Line;
    }

    /// <summary>The last line with anything but white space on it (the first line for a blank text).</summary>
    public int LastTextLine { get; }

    public (int Line, int Column) Locate(int offset)
    {
        var index = _lineStarts.BinarySearch(Math.Max(offset, 0));
        var line = index >= 0 ? index : ~index - 1;
        return (line + _firstLine, Math.Max(offset, 0) - _lineStarts[line] + 1);
    }
}
