using Publisher.Core.Diagnostics;
using Publisher.Core.Load;
using static Publisher.Tests.Support.TestContent;

namespace Publisher.Tests.Validate;

public sealed class ControlCharacterTests
{
    [Fact]
    public void Every_character_is_found_in_a_long_text_exactly_when_it_is_invisible()
    {
        // Long enough for the vectorised scans, with the character at the start, inside a block and in the tail.
        var filler = new string('ž', 200);
        for (var code = 0; code <= char.MaxValue; code++)
        {
            var c = (char)code;
            var expected = Core.Validate.InvisibleCharacters.IsInvisible(c);
            foreach (var text in new[] { c + filler, filler[..77] + c + filler, filler + c })
                Assert.True(expected == Core.Validate.InvisibleCharacters.Any(text), $"U+{code:X4}: expected {expected}");
        }
    }

    [Fact]
    public void Control_characters_and_direction_overrides_in_a_title_are_removed_with_a_warning()
    {
        var text = Lines(
            "---",
            "title: \"Zápis\\u0007 z jednání \\u202Egnp.exe\"",
            "type: minutes",
            "date: 2021-05-04",
            "region: zatec",
            "group: socialni-prevence",
            "---",
            "Text.");

        var (result, diagnostics) = ValidateDocument(text);

        Assert.NotNull(result);
        Assert.Equal("Zápis z jednání gnp.exe", result.Document.Title);
        var warning = Assert.Single(diagnostics);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal((2, 8), (warning.Line, warning.Column));
        Assert.Equal("'title' contains invisible control characters (U+0007, U+202E); they were removed", warning.Message.English);
    }

    [Fact]
    public void Direction_overrides_in_the_body_are_removed_with_a_warning_per_line()
    {
        var text = Lines(
            "---",
            "title: Zápis",
            "type: minutes",
            "date: 2021-05-04",
            "region: zatec",
            "group: socialni-prevence",
            "---",
            "Příloha: \u202Efdp.exe",
            "",
            "Bez potíží.",
            "Pípnutí\u0007 a \u2066izolace\u2069.");

        var (result, diagnostics) = ValidateDocument(text);

        Assert.NotNull(result);
        Assert.Equal(DocumentBody.Hash("Příloha: fdp.exe\n\nBez potíží.\nPípnutí a izolace.\n"), result.Document.BodyHash);
        Assert.Equal("Příloha: fdp.exe", result.Document.Summary);
        Assert.Equal([(8, 10), (11, 8)], diagnostics.Select(d => (d.Line, d.Column)));
        Assert.All(diagnostics, d => Assert.Equal(Severity.Warning, d.Severity));
        Assert.Equal("the text contains invisible control characters (U+0007, U+2066, U+2069); they were removed", diagnostics[1].Message.English);
    }

    [Fact]
    public void Ordinary_Czech_text_is_left_alone()
    {
        var (result, diagnostics) = ValidateDocument(Lines(
            "---",
            "title: \"Zápis – „Žatec“ 2021\"",
            "type: minutes",
            "date: 2021-05-04",
            "region: zatec",
            "group: socialni-prevence",
            "---"));

        Assert.Empty(diagnostics);
        Assert.Equal("Zápis – „Žatec“ 2021", result!.Document.Title);
    }
}
