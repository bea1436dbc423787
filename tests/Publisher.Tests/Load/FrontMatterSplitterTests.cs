using Publisher.Core.Diagnostics;
using Publisher.Core.Load;
using Publisher.Tests.Validate;
using Publisher.Tests.Support;

namespace Publisher.Tests.Load;

public class FrontMatterSplitterTests
{
    private static (SplitDocument? Split, IReadOnlyList<Diagnostic> Diagnostics) Split(string text)
    {
        var bag = new DiagnosticBag();
        var split = FrontMatterSplitter.Split(TestContent.File(text), bag);
        return (split, bag.Sorted());
    }

    [Fact]
    public void Splits_front_matter_and_body_with_their_file_lines()
    {
        var (split, diagnostics) = Split("---\ntitle: A\ntype: news\n---\nPrvní řádek\n\nDruhý odstavec\n");

        Assert.Empty(diagnostics);
        Assert.NotNull(split);
        Assert.Equal("title: A\ntype: news\n", split.FrontMatter);
        Assert.Equal(2, split.FrontMatterLine);
        Assert.Equal("První řádek\n\nDruhý odstavec\n", split.Body.ToString());
        Assert.Equal(5, split.BodyLine);
    }

    [Fact]
    public void Body_line_follows_a_longer_front_matter()
    {
        var (split, _) = Split(TestContent.Markdown(["title: A", "type: news", "date: 2020-01-01", "region: zatec"], "Text\n"));

        Assert.NotNull(split);
        Assert.Equal(2, split.FrontMatterLine);
        Assert.Equal(7, split.BodyLine);
        Assert.Equal("Text\n", split.Body.ToString());
    }

    [Fact]
    public void Thematic_break_after_the_closing_fence_stays_in_the_body()
    {
        var (split, diagnostics) = Split("---\ntitle: A\n---\nÚvod\n\n---\n\nZávěr\n---\n");

        Assert.Empty(diagnostics);
        Assert.NotNull(split);
        Assert.Equal("title: A\n", split.FrontMatter);
        Assert.Equal("Úvod\n\n---\n\nZávěr\n---\n", split.Body.ToString());
        Assert.Equal(4, split.BodyLine);
    }

    [Fact]
    public void Closing_fence_may_have_trailing_spaces()
    {
        var (split, _) = Split("---  \ntitle: A\n---   \nText");

        Assert.NotNull(split);
        Assert.Equal("title: A\n", split.FrontMatter);
        Assert.Equal("Text", split.Body.ToString());
    }

    [Fact]
    public void Yaml_document_end_marker_also_closes_the_front_matter()
    {
        var (split, _) = Split("---\ntitle: A\n...\nText\n");

        Assert.NotNull(split);
        Assert.Equal("title: A\n", split.FrontMatter);
        Assert.Equal("Text\n", split.Body.ToString());
        Assert.Equal(4, split.BodyLine);
    }

    [Fact]
    public void Closing_fence_on_the_last_line_without_newline_gives_an_empty_body()
    {
        var (split, diagnostics) = Split("---\ntitle: A\n---");

        Assert.Empty(diagnostics);
        Assert.NotNull(split);
        Assert.Equal("title: A\n", split.FrontMatter);
        Assert.Equal("", split.Body.ToString());
        Assert.Equal(4, split.BodyLine);
    }

    [Fact]
    public void Empty_front_matter_is_split_without_error()
    {
        var (split, diagnostics) = Split("---\n---\nText\n");

        Assert.Empty(diagnostics);
        Assert.NotNull(split);
        Assert.Equal("", split.FrontMatter);
        Assert.Equal("Text\n", split.Body.ToString());
        Assert.Equal(3, split.BodyLine);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n  \n")]
    public void Empty_file_is_an_error_at_1_1(string text)
    {
        var (split, diagnostics) = Split(text);

        Assert.Null(split);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(Severity.Error, diagnostic.Severity);
        Assert.Equal("input/" + TestContent.DefaultPath, diagnostic.File);
        Assert.Equal((1, 1), (diagnostic.Line, diagnostic.Column));
        Assert.Contains("the file is empty", diagnostic.Message.English);
    }

    [Theory]
    [InlineData("title: A\n---\nText\n")]
    [InlineData("\n---\ntitle: A\n---\n")]
    [InlineData(" ---\ntitle: A\n---\n")]
    [InlineData("----\ntitle: A\n----\n")]
    public void Missing_opening_fence_is_an_error_at_1_1(string text)
    {
        var (split, diagnostics) = Split(text);

        Assert.Null(split);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal((1, 1), (diagnostic.Line, diagnostic.Column));
        Assert.Contains("first line must be '---'", diagnostic.Message.English);
    }

    [Theory]
    [InlineData("---\ntitle: A\ntype: news\n\nText bez konce\n")]
    [InlineData("---\ntitle: A")]
    [InlineData("---")]
    [InlineData("---\n")]
    public void Unterminated_front_matter_is_an_error(string text)
    {
        var (split, diagnostics) = Split(text);

        Assert.Null(split);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(Severity.Error, diagnostic.Severity);
        Assert.Equal((1, 1), (diagnostic.Line, diagnostic.Column));
        Assert.Contains("never closed", diagnostic.Message.English);
        Assert.Contains("'---'", diagnostic.Message.English);
    }
}
