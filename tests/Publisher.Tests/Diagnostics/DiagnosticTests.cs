using Publisher.Core.Diagnostics;

namespace Publisher.Tests.Diagnostics;

public sealed class DiagnosticTests
{
    [Fact]
    public void A_quoted_line_break_prints_as_an_escape_so_the_message_stays_one_line()
    {
        var diagnostic = new Diagnostic("input/a.md", 5, 9, Severity.Error,
            new Message("'region': unknown region 'zatek\ninput/other.md:3:1: error: forged'", "'region': neznámý region 'zatek\ninput/other.md:3:1: error: forged'"));

        Assert.Equal(@"input/a.md:5:9: error: 'region': unknown region 'zatek\ninput/other.md:3:1: error: forged'", diagnostic.ToString());
    }

    [Fact]
    public void A_file_name_with_control_and_direction_characters_is_escaped()
    {
        var diagnostic = new Diagnostic("input/a\r\n::error file=x::boom\u202Egpj.md", 1, 1, Severity.Warning, new Message("tab\there", "tabulátor\tzde"));

        Assert.Equal(@"input/a\r\n::error file=x::boom\u202Egpj.md:1:1: warning: tab\there", diagnostic.ToString());
    }

    [Theory]
    [InlineData("Žatec – „zápis“ 😀", "Žatec – „zápis“ 😀")]
    [InlineData("line\u2028separator", @"line\u2028separator")]
    [InlineData("nul\0byte", @"nul\u0000byte")]
    [InlineData("next\u0085line", @"next\u0085line")]
    public void Escape_keeps_ordinary_text_and_escapes_what_could_break_or_reorder_a_line(string text, string expected) =>
        Assert.Equal(expected, OneLineText.Escape(text));

    [Fact]
    public void A_lone_surrogate_half_is_escaped_and_a_pair_is_kept()
    {
        // Built in code: attribute data cannot hold half a surrogate pair.
        var text = "lone " + '\uD800' + " half, pair 😀";
        Assert.Equal(@"lone \uD800 half, pair 😀", OneLineText.Escape(text));
    }
}
