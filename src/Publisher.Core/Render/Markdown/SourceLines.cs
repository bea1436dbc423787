namespace Publisher.Core.Render.Markdown;

/// <summary>Turns character offsets in a Markdown text into 1-based lines and columns.</summary>
internal sealed class SourceLines
{
    private readonly List<int> _lineStarts = [0];

    public SourceLines(string text)
    {
        for (var i = text.IndexOf('\n'); i >= 0; i = text.IndexOf('\n', i + 1))
            _lineStarts.Add(i + 1);
    }

    public (int Line, int Column) Locate(int offset)
    {
        var index = _lineStarts.BinarySearch(Math.Max(offset, 0));
        var line = index >= 0 ? index : ~index - 1;
        return (line + 1, Math.Max(offset, 0) - _lineStarts[line] + 1);
    }
}
