using System.Buffers;
using System.Text;
using System.Text.Unicode;
using Publisher.Core.Diagnostics;

namespace Publisher.Core.Load;

/// <summary>
/// Turns a file's bytes into text. Content must be UTF-8 (a BOM is allowed); anything else is
/// reported with the position of the first offending byte, and legacy Czech encodings get a hint,
/// because files exported from older Windows tools are usually Windows-1250.
/// </summary>
public static class SourceDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>UTF-8's byte order mark, which a file may start with and its text does not.</summary>
    public static ReadOnlySpan<byte> ByteOrderMark => [0xEF, 0xBB, 0xBF];

    public static string? Decode(ReadOnlySpan<byte> bytes, string displayPath, DiagnosticBag diagnostics)
    {
        if (!WithoutByteOrderMark(bytes, displayPath, diagnostics, out var span)) return null;
        // Decoding checks the bytes as it goes, so valid files (nearly all) are read in one pass; the slower search
        // for where the first invalid byte is happens only for a file that has one.
        if (DecodeChecked(span) is not { } text)
        {
            ReportNotUtf8(span, displayPath, diagnostics);
            return null;
        }
        return HasNonCharacter(span, text, displayPath, diagnostics) ? null : NormaliseLineEnds(text);
    }

    /// <summary>
    /// As <see cref="Decode"/>, the text in a buffer of the calling thread's, which its next call overwrites: for a
    /// file that is checked and then let go, so that its text costs no new memory.
    /// </summary>
    public static ReadOnlyMemory<char>? DecodeTransient(ReadOnlySpan<byte> bytes, string displayPath, DiagnosticBag diagnostics)
    {
        if (!WithoutByteOrderMark(bytes, displayPath, diagnostics, out var span)) return null;
        if (DecodeCheckedTransient(span) is not { } text)
        {
            ReportNotUtf8(span, displayPath, diagnostics);
            return null;
        }
        if (HasNonCharacter(span, text.Span, displayPath, diagnostics)) return null;
        return text.Span.Contains('\r') ? NormaliseLineEnds(text.ToString()).AsMemory() : text;
    }

    /// <summary>
    /// UTF-8 decoded as it is, with no byte order mark taken off (in part of a file, one is a character of the text),
    /// into a buffer of the calling thread's that its next call overwrites; null when it is not UTF-8: a file's part
    /// that <see cref="Decode"/> found valid before is not when it changed since. One pass over the bytes, where a
    /// string of its own is counted first and decoded then.
    /// </summary>
    public static ReadOnlyMemory<char>? DecodeCheckedTransient(ReadOnlySpan<byte> utf8)
    {
        // UTF-8 never takes fewer bytes than UTF-16 takes characters.
        if (t_text is not { } buffer || buffer.Length < utf8.Length) t_text = buffer = new char[Math.Max(utf8.Length, 64 * 1024)];
        // Not a conditional expression: a null there would become an empty Memory<char> (arrays convert to it).
        if (Utf8.ToUtf16(utf8, buffer, out _, out var written, replaceInvalidSequences: false) != OperationStatus.Done) return null;
        return buffer.AsMemory(0, written);
    }

    [ThreadStatic] private static char[]? t_text;

    /// <summary>The bytes after a byte order mark, if there is one; false, with an error, for a file in UTF-16.</summary>
    private static bool WithoutByteOrderMark(ReadOnlySpan<byte> bytes, string displayPath, DiagnosticBag diagnostics, out ReadOnlySpan<byte> span)
    {
        span = bytes;
        if (span.Length >= 2 && ((span[0] == 0xFF && span[1] == 0xFE) || (span[0] == 0xFE && span[1] == 0xFF)))
        {
            diagnostics.Error(displayPath, 1, 1, LoadMessages.Utf16);
            return false;
        }
        if (span.StartsWith(ByteOrderMark))
            span = span[ByteOrderMark.Length..];
        return true;
    }

    private static void ReportNotUtf8(ReadOnlySpan<byte> span, string displayPath, DiagnosticBag diagnostics)
    {
        Utf8.ToUtf16(span, new char[span.Length], out var bytesRead, out _, replaceInvalidSequences: false);
        var (line, column) = Position(span[..bytesRead]);
        var offendingByte = $"0x{span[bytesRead]:X2}";
        diagnostics.Error(displayPath, line, column, Windows1250CzechLetters.Contains(span[bytesRead])
            ? LoadMessages.NotUtf8ButWindows1250(offendingByte)
            : LoadMessages.NotUtf8(offendingByte));
    }

    /// <summary>
    /// U+FFFE and U+FFFF are valid UTF-8 but not characters, and later stages cannot take them: Unicode
    /// normalisation (used for page addresses and name suggestions) throws on U+FFFE, and the HTML parser
    /// that checks finished pages reads U+FFFF as the end of the page. They are stopped here, where the
    /// position in the file is known.
    /// </summary>
    private static bool HasNonCharacter(ReadOnlySpan<byte> span, ReadOnlySpan<char> text, string displayPath, DiagnosticBag diagnostics)
    {
        var noncharacter = text.IndexOfAny('\uFFFE', '\uFFFF');
        if (noncharacter < 0) return false;
        var (line, column) = Position(span[..Encoding.UTF8.GetByteCount(text[..noncharacter])]);
        diagnostics.Error(displayPath, line, column, LoadMessages.FileHasNonCharacter($"U+{(int)text[noncharacter]:X4}"));
        return true;
    }

    /// <summary>UTF-8 decoded as it is; null when it is not UTF-8.</summary>
    private static string? DecodeChecked(ReadOnlySpan<byte> utf8)
    {
        try
        {
            return StrictUtf8.GetString(utf8);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    public static string NormaliseLineEnds(string text) =>
        text.Contains('\r') ? text.Replace("\r\n", "\n").Replace('\r', '\n') : text;

    private static (int Line, int Column) Position(ReadOnlySpan<byte> validPrefix)
    {
        var line = 1;
        var lastNewLine = -1;
        for (var i = 0; i < validPrefix.Length; i++)
        {
            if (validPrefix[i] == (byte)'\n') { line++; lastNewLine = i; }
        }
        var column = Encoding.UTF8.GetCharCount(validPrefix[(lastNewLine + 1)..]) + 1;
        return (line, column);
    }

    // Windows-1250 codes of č ř ě š ž ů ý á í é and their capitals: when the first byte that is not
    // UTF-8 is one of them, the text is almost certainly Czech in that encoding.
    private static readonly SearchValues<byte> Windows1250CzechLetters =
        SearchValues.Create([0xE8, 0xF8, 0xEC, 0x9A, 0x9E, 0xF9, 0xFD, 0xE1, 0xED, 0xE9, 0xC8, 0xD8, 0xCC, 0x8A, 0x8E]);
}
