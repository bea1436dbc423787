using System.Buffers;
using System.Globalization;
using System.Text;
using Publisher.Core.Validate;

namespace Publisher.Core.Extensions.History;

/// <summary>A commit as the history shows it: when it was made and the first line of its message.</summary>
public sealed record Commit(DateTimeOffset Time, string Message);

/// <summary>One file a commit added, changed or moved: its path before (for a move) and after, and its content's blob id.</summary>
public readonly record struct FileChange(char Status, string? FromPath, string Path, string Blob);

/// <summary>
/// Reads the output of <c>git log -z --raw --no-abbrev --format=%H%x00%ct%x00%B</c> as a stream, one commit at a time,
/// newest first. Fields end with a NUL byte, which neither a path nor a message can hold, so no text a path or
/// message holds can be taken for a field of its own; a stream that does not have the expected shape stops the reading.
/// </summary>
public sealed class GitLogReader(Stream stream)
{
    /// <summary>The format to give <c>git log</c>: the commit's id, its committer time and its whole message.</summary>
    public const string Format = "--format=%H%x00%ct%x00%B";

    /// <summary>The longest first line of a message kept; a longer one is cut, as a page could not show it anyway.</summary>
    public const int MaxMessageLength = 200;

    private readonly Stream _stream = stream;
    private readonly byte[] _buffer = new byte[1 << 16];
    private int _start;
    private int _end;
    private string? _pending;

    /// <summary>Calls <paramref name="onCommit"/> for each commit with the files it changed (empty for a merge).</summary>
    /// <exception cref="InvalidDataException">The stream is not such a log.</exception>
    public void Read(Action<Commit, IReadOnlyList<FileChange>> onCommit)
    {
        var changes = new List<FileChange>();
        while (Next() is { } id)
        {
            if (!IsObjectId(id.AsSpan().TrimStart('\n')))
                throw new InvalidDataException($"expected a commit id in the log, found '{Cut(id)}'");
            var time = Next() ?? throw new InvalidDataException("the log ends inside a commit");
            if (!long.TryParse(time, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var seconds))
                throw new InvalidDataException($"expected a commit time in the log, found '{Cut(time)}'");
            var message = Next() ?? throw new InvalidDataException("the log ends inside a commit");
            changes.Clear();
            while (Peek() is { } next && next.TrimStart('\n').StartsWith(':'))
            {
                Next();
                changes.Add(ReadChange(next.TrimStart('\n')));
            }
            onCommit(new Commit(DateTimeOffset.FromUnixTimeSeconds(seconds), FirstLine(message)), changes);
        }
    }

    /// <summary>":100644 100644 OLD NEW M" followed by the path, or by two paths for a move (R) or copy (C).</summary>
    private FileChange ReadChange(string meta)
    {
        var parts = meta.Split(' ');
        if (parts.Length != 5 || parts[4].Length == 0 || !IsObjectId(parts[3]))
            throw new InvalidDataException($"expected a changed file in the log, found '{Cut(meta)}'");
        var status = parts[4][0];
        var first = Next() ?? throw new InvalidDataException("the log ends inside a changed file");
        if (status is 'R' or 'C')
        {
            var second = Next() ?? throw new InvalidDataException("the log ends inside a moved file");
            return new FileChange(status, first, second, parts[3]);
        }
        return new FileChange(status, null, first, parts[3]);
    }

    /// <summary>
    /// The message's first line, without control characters and direction overrides, which could hide or reorder what it
    /// says on the page; cut at <see cref="MaxMessageLength"/>.
    /// </summary>
    public static string FirstLine(string message)
    {
        var end = message.IndexOfAny(['\n', '\r']);
        var line = InvisibleCharacters.Remove(end < 0 ? message : message[..end]).Trim();
        return line.Length <= MaxMessageLength ? line : line[..MaxMessageLength].TrimEnd() + "…";
    }

    private static bool IsObjectId(ReadOnlySpan<char> text) =>
        text.Length is 40 or 64 && !text.ContainsAnyExcept(HexDigits);

    private static readonly SearchValues<char> HexDigits = SearchValues.Create("0123456789abcdef");

    private static string Cut(string text) => text.Length <= 60 ? text : text[..60] + "…";

    private string? Peek() => _pending ??= ReadField();

    private string? Next()
    {
        var field = _pending ?? ReadField();
        _pending = null;
        return field;
    }

    /// <summary>The text up to the next NUL byte; the last field may end without one.</summary>
    private string? ReadField()
    {
        List<byte>? spill = null;
        while (true)
        {
            var index = Array.IndexOf(_buffer, (byte)0, _start, _end - _start);
            if (index >= 0)
            {
                var field = Decode(spill, _buffer.AsSpan(_start, index - _start));
                _start = index + 1;
                return field;
            }
            if (_end > _start)
            {
                spill ??= [];
                spill.AddRange(_buffer.AsSpan(_start, _end - _start));
                // A field longer than any message git takes is not read whole: its start tells all that is kept of it.
                if (spill.Count > 1 << 20) spill.RemoveRange(1 << 20, spill.Count - (1 << 20));
            }
            _start = 0;
            _end = _stream.Read(_buffer, 0, _buffer.Length);
            if (_end == 0)
            {
                if (spill is null) return null;
                var rest = Decode(spill, []);
                return rest.Trim('\n').Length == 0 ? null : rest;
            }
        }
    }

    private static string Decode(List<byte>? spill, ReadOnlySpan<byte> tail)
    {
        if (spill is null) return Encoding.UTF8.GetString(tail);
        spill.AddRange(tail);
        return Encoding.UTF8.GetString(spill.ToArray());
    }
}
