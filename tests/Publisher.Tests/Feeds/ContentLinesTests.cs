using System.Text;
using Publisher.Core.Extensions.Calendar;

namespace Publisher.Tests.Feeds;

public class ContentLinesTests
{
    private static readonly UTF8Encoding StrictUtf8 = new(false, throwOnInvalidBytes: true);

    [Theory]
    [InlineData("ž")]
    [InlineData("€")]
    [InlineData("😀")]
    [InlineData("a")]
    public void Long_lines_fold_at_75_octets_between_characters_and_unfold_to_the_same_text(string character)
    {
        // Every shift of the characters against the 75-octet limit.
        for (var shift = 0; shift < 4; shift++)
        {
            var value = new string('x', shift) + string.Concat(Enumerable.Repeat(character, 200));
            using var stream = new MemoryStream();

            new ContentLines(stream).Write("LOCATION", value);

            var bytes = stream.ToArray();
            var lines = StrictUtf8.GetString(bytes).Split("\r\n");
            Assert.Equal("", lines[^1]);
            var physical = lines[..^1];
            Assert.All(physical, line => Assert.InRange(StrictUtf8.GetByteCount(line), 1, 75));
            Assert.All(physical.Skip(1), line => Assert.StartsWith(" ", line));
            // A full line is cut only where the next character would not fit.
            Assert.All(physical[..^1], line => Assert.True(StrictUtf8.GetByteCount(line) > 75 - Encoding.UTF8.GetByteCount(character)));
            Assert.Equal("LOCATION:" + value, string.Concat(physical.Select((line, i) => i == 0 ? line : line[1..])));
            // Each line is whole UTF-8 by itself, so no character was cut in two.
            var start = 0;
            foreach (var line in physical)
            {
                var length = StrictUtf8.GetByteCount(line);
                StrictUtf8.GetString(bytes, start, length);
                start += length + 2;
            }
        }
    }

    [Fact]
    public void A_short_line_is_written_as_it_is_with_crlf()
    {
        using var stream = new MemoryStream();

        new ContentLines(stream).WriteText("SUMMARY", "Jednání; Senioři, Žatec");

        Assert.Equal("SUMMARY:Jednání\\; Senioři\\, Žatec\r\n", StrictUtf8.GetString(stream.ToArray()));
    }

    [Theory]
    [InlineData("a\\b", "a\\\\b")]
    [InlineData("a;b,c", "a\\;b\\,c")]
    [InlineData("a\nb", "a\\nb")]
    [InlineData("a\r\nb", "a\\nb")]
    [InlineData("a\rb", "a\\nb")]
    [InlineData("a:b\"c", "a:b\"c")]
    [InlineData("a\u0001b\tc\u007F", "ab\tc")]
    [InlineData("Žatec", "Žatec")]
    [InlineData("", "")]
    public void Text_is_escaped_as_rfc_5545_says(string value, string escaped)
    {
        Assert.Equal(escaped, ContentLines.EscapeText(value));
    }

    [Fact]
    public void Lines_of_every_length_are_written_whole_one_after_another()
    {
        // The line's octets are gathered in a buffer kept from line to line: a long line after short ones, and short
        // ones after it, must each be written as they are.
        using var stream = new MemoryStream();
        var lines = new ContentLines(stream);
        var values = new[] { "a", new string('ž', 3000), "b", new string('x', 40), "" };

        foreach (var value in values) lines.WriteText("DESCRIPTION", value);

        var unfolded = StrictUtf8.GetString(stream.ToArray()).Replace("\r\n ", "").Split("\r\n");
        Assert.Equal(values.Select(v => "DESCRIPTION:" + v).Append(""), unfolded);
    }
}
