using System.Text;
using Publisher.Core.Diagnostics;
using Publisher.Core.Load;

namespace Publisher.Tests.Load;

public class SourceDecoderTests
{
    private const string Path = "input/documents/zatec/2020/zapis.md";

    /// <summary>
    /// Decodes the bytes both ways, to a string and into the thread's buffer, which must agree in text and diagnostics:
    /// every test below checks the two.
    /// </summary>
    private static (string? Text, IReadOnlyList<Diagnostic> Diagnostics) Decode(byte[] bytes)
    {
        var bag = new DiagnosticBag();
        var text = SourceDecoder.Decode(bytes, Path, bag);
        var transientBag = new DiagnosticBag();
        var transient = SourceDecoder.DecodeTransient(bytes, Path, transientBag);
        Assert.Equal(text, transient?.ToString());
        Assert.Equal(bag.Sorted(), transientBag.Sorted());
        return (text, bag.Sorted());
    }

    [Fact]
    public void A_transient_text_is_in_the_thread_buffer_that_the_next_one_overwrites()
    {
        var first = SourceDecoder.DecodeTransient(Bytes("první text\n"), Path, new DiagnosticBag())!.Value;
        Assert.Equal("první text\n", first.ToString());
        var second = SourceDecoder.DecodeTransient(Bytes("druhý\n"), Path, new DiagnosticBag())!.Value;
        Assert.Equal("druhý\n", second.ToString());
        Assert.True(System.Runtime.InteropServices.MemoryMarshal.TryGetArray(first, out var firstArray));
        Assert.True(System.Runtime.InteropServices.MemoryMarshal.TryGetArray(second, out var secondArray));
        Assert.Same(firstArray.Array, secondArray.Array);
    }

    private static byte[] Bytes(params object[] parts)
    {
        var result = new List<byte>();
        foreach (var part in parts)
        {
            switch (part)
            {
                case string s: result.AddRange(Encoding.UTF8.GetBytes(s)); break;
                case byte b: result.Add(b); break;
                case byte[] a: result.AddRange(a); break;
                case int i: result.Add(checked((byte)i)); break;
                default: throw new ArgumentException(part.ToString());
            }
        }
        return result.ToArray();
    }

    [Fact]
    public void Plain_utf8_is_returned_unchanged()
    {
        var (text, diagnostics) = Decode(Bytes("---\ntitle: Žatec – zápis\n---\n"));

        Assert.Equal("---\ntitle: Žatec – zápis\n---\n", text);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void Utf8_with_bom_is_accepted_and_the_bom_is_stripped()
    {
        var (text, diagnostics) = Decode(Bytes(0xEF, 0xBB, 0xBF, "---\ntitle: Děti\n"));

        Assert.Equal("---\ntitle: Děti\n", text);
        Assert.DoesNotContain('\uFEFF', text!);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void Crlf_line_ends_become_lf()
    {
        var (text, diagnostics) = Decode(Bytes("---\r\ntitle: A\r\n---\r\nText\r\n"));

        Assert.Equal("---\ntitle: A\n---\nText\n", text);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void Bom_and_crlf_together()
    {
        var (text, _) = Decode(Bytes(0xEF, 0xBB, 0xBF, "a\r\nb\r\n"));

        Assert.Equal("a\nb\n", text);
    }

    [Theory]
    [InlineData(0xBE, "U+FFFE")]
    [InlineData(0xBF, "U+FFFF")]
    public void A_noncharacter_is_an_error_at_its_position(int lastByte, string code)
    {
        // Valid UTF-8 (EF BF BE, EF BF BF) but no characters: Unicode normalisation throws on U+FFFE, and the
        // HTML parser that checks the finished pages takes U+FFFF for the end of the page.
        var (text, diagnostics) = Decode(Bytes("---\ntitle: Žatec\nplace: Radnice", 0xEF, 0xBF, lastByte, "\n"));

        Assert.Null(text);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(Severity.Error, diagnostic.Severity);
        Assert.Equal((3, 15), (diagnostic.Line, diagnostic.Column));
        Assert.Equal($"the file contains {code}, which is not a character; delete it", diagnostic.Message.English);
    }

    [Theory]
    [InlineData("a\rb\r", "a\nb\n")]
    [InlineData("a\r\n\r\nb", "a\n\nb")]
    [InlineData("a\nb", "a\nb")]
    [InlineData("", "")]
    public void NormaliseLineEnds_turns_every_line_end_into_lf(string input, string expected)
    {
        Assert.Equal(expected, SourceDecoder.NormaliseLineEnds(input));
    }

    [Fact]
    public void Utf16_little_endian_bom_is_an_error_at_1_1()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("---\ntitle: A\n")).ToArray();

        var (text, diagnostics) = Decode(bytes);

        Assert.Null(text);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(Severity.Error, diagnostic.Severity);
        Assert.Equal(Path, diagnostic.File);
        Assert.Equal((1, 1), (diagnostic.Line, diagnostic.Column));
        Assert.Contains("UTF-16", diagnostic.Message.English);
        Assert.Contains("UTF-8", diagnostic.Message.English);
    }

    [Fact]
    public void Utf16_big_endian_bom_is_an_error_at_1_1()
    {
        var bytes = Encoding.BigEndianUnicode.GetPreamble().Concat(Encoding.BigEndianUnicode.GetBytes("---\n")).ToArray();

        var (text, diagnostics) = Decode(bytes);

        Assert.Null(text);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal((1, 1), (diagnostic.Line, diagnostic.Column));
        Assert.Contains("UTF-16", diagnostic.Message.English);
    }

    [Fact]
    public void Windows1250_byte_is_reported_at_its_line_and_column_with_a_hint()
    {
        // "tač" in Windows-1250: č is 0xE8, which is not valid UTF-8 here.
        var (text, diagnostics) = Decode(Bytes("---\n", "title: ta", 0xE8, "\n---\n"));

        Assert.Null(text);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(Severity.Error, diagnostic.Severity);
        Assert.Equal((2, 10), (diagnostic.Line, diagnostic.Column));
        Assert.Contains("not valid UTF-8", diagnostic.Message.English);
        Assert.Contains("byte 0xE8", diagnostic.Message.English);
        Assert.Contains("Windows-1250", diagnostic.Message.English);
        Assert.Equal($"{Path}:2:10: error: {diagnostic.Message}", diagnostic.ToString());
    }

    [Fact]
    public void Column_counts_characters_not_bytes_before_the_bad_byte()
    {
        // "Žatec " is 7 bytes but 6 characters; the bad byte (ř = 0xF8 in Windows-1250) is the 14th character of the line.
        var (_, diagnostics) = Decode(Bytes("---\r\n", "place: Žatec ", 0xF8, "\r\n"));

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal((2, 14), (diagnostic.Line, diagnostic.Column));
        Assert.Contains("byte 0xF8", diagnostic.Message.English);
    }

    [Fact]
    public void Line_of_the_bad_byte_is_counted_after_a_bom()
    {
        var (_, diagnostics) = Decode(Bytes(0xEF, 0xBB, 0xBF, "---\n", "title: A\n", "ab", 0x9A, "\n"));

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal((3, 3), (diagnostic.Line, diagnostic.Column));
        Assert.Contains("Windows-1250", diagnostic.Message.English);
    }

    [Fact]
    public void Invalid_bytes_that_are_not_czech_letters_get_no_windows1250_hint()
    {
        var (text, diagnostics) = Decode(Bytes("abc", 0xC0, 0x80, "\n"));

        Assert.Null(text);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal((1, 4), (diagnostic.Line, diagnostic.Column));
        Assert.Contains("byte 0xC0", diagnostic.Message.English);
        Assert.Contains("save it as UTF-8", diagnostic.Message.English);
        Assert.DoesNotContain("Windows-1250", diagnostic.Message.English);
    }

    [Fact]
    public void Truncated_sequence_at_the_end_of_the_file_is_an_error()
    {
        // The first byte of "č" (0xC4 0x8D) without its second byte.
        var (text, diagnostics) = Decode(Bytes("ab", 0xC4));

        Assert.Null(text);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal((1, 3), (diagnostic.Line, diagnostic.Column));
        Assert.Contains("byte 0xC4", diagnostic.Message.English);
    }

    [Fact]
    public void Empty_file_decodes_to_empty_text()
    {
        var (text, diagnostics) = Decode([]);

        Assert.Equal("", text);
        Assert.Empty(diagnostics);
    }
}
