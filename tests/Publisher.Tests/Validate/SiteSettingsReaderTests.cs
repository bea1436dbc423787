using Publisher.Core.Diagnostics;
using Publisher.Core.Model;
using Publisher.Core.Validate;
using static Publisher.Tests.Validate.TestContent;

namespace Publisher.Tests.Validate;

public class SiteSettingsReaderTests
{
    private static (SiteSettings? Settings, IReadOnlyList<Diagnostic> Diagnostics) Read(string text)
    {
        var bag = new DiagnosticBag();
        var settings = SiteSettingsReader.Read(File(text, "site.yml"), bag);
        return (settings, bag.Sorted());
    }

    private static Diagnostic SingleError(IReadOnlyList<Diagnostic> diagnostics) => TestContent.SingleError(diagnostics, "input/site.yml");

    [Fact]
    public void Reads_all_settings()
    {
        var (settings, diagnostics) = Read(Lines(
            "title: \"Komunitní plánování – zápisy a plány\"",
            "base_url: \"https://zapisy.example.cz/\"",
            "language: cs",
            "description: Zápisy z jednání."));

        Assert.Empty(diagnostics);
        Assert.Equal(new SiteSettings("Komunitní plánování – zápisy a plány", "https://zapisy.example.cz/", "cs", "Zápisy z jednání."), settings);
    }

    [Fact]
    public void Trailing_slash_is_added_to_the_base_url()
    {
        var (settings, diagnostics) = Read(Lines("title: Web", "base_url: https://zapisy.example.cz/kp"));

        Assert.Empty(diagnostics);
        Assert.Equal("https://zapisy.example.cz/kp/", settings!.BaseUrl);
        Assert.Equal("cs", settings.Language);
        Assert.Null(settings.Description);
        Assert.Equal("https://zapisy.example.cz/kp/zatec/", settings.Absolute("/zatec/"));
    }

    [Fact]
    public void Http_base_url_is_accepted()
    {
        var (settings, diagnostics) = Read(Lines("title: Web", "base_url: http://localhost:8080"));

        Assert.Empty(diagnostics);
        Assert.Equal("http://localhost:8080/", settings!.BaseUrl);
    }

    [Fact]
    public void Missing_title_is_an_error()
    {
        var (settings, diagnostics) = Read(Lines("base_url: https://zapisy.example.cz/"));

        Assert.Null(settings);
        var error = SingleError(diagnostics);
        Assert.Equal((1, 1), (error.Line, error.Column));
        Assert.Equal("missing required key 'title' (the site's name)", error.Message);
    }

    [Fact]
    public void Missing_base_url_is_an_error()
    {
        var (settings, diagnostics) = Read(Lines("title: Web"));

        Assert.Null(settings);
        var error = SingleError(diagnostics);
        Assert.StartsWith("missing required key 'base_url'", error.Message);
    }

    [Theory]
    [InlineData("zapisy.example.cz")]
    [InlineData("ftp://zapisy.example.cz/")]
    [InlineData("/zapisy/")]
    [InlineData("https//zapisy.example.cz")]
    public void Base_url_that_is_not_http_is_an_error(string value)
    {
        var (settings, diagnostics) = Read(Lines("title: Web", $"base_url: \"{value}\""));

        Assert.Null(settings);
        var error = SingleError(diagnostics);
        Assert.Equal((2, 11), (error.Line, error.Column));
        Assert.Equal($"'base_url': '{value}' is not an http(s) address", error.Message);
    }

    [Fact]
    public void Language_other_than_czech_is_an_error()
    {
        var (_, diagnostics) = Read(Lines("title: Web", "base_url: https://x.cz/", "language: en"));

        var error = SingleError(diagnostics);
        Assert.Equal((3, 11), (error.Line, error.Column));
        Assert.Equal("'language': only 'cs' is supported, not 'en'", error.Message);
    }

    [Fact]
    public void Unknown_key_is_a_warning_with_a_suggestion()
    {
        var (settings, diagnostics) = Read(Lines("title: Web", "base_url: https://x.cz/", "descripton: Popis"));

        Assert.NotNull(settings);
        var warning = Assert.Single(diagnostics);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal((3, 1), (warning.Line, warning.Column));
        Assert.Equal("unknown key 'descripton' is ignored (did you mean 'description'?)", warning.Message);
    }

    [Fact]
    public void File_that_is_a_list_is_an_error()
    {
        var (settings, diagnostics) = Read(Lines("- title: Web"));

        Assert.Null(settings);
        var error = SingleError(diagnostics);
        Assert.Equal((1, 1), (error.Line, error.Column));
        Assert.StartsWith("site.yml must be a set of 'key: value' lines", error.Message);
    }

    [Fact]
    public void Missing_file_gives_no_settings()
    {
        var bag = new DiagnosticBag();

        Assert.Null(SiteSettingsReader.Read(null, bag));
    }

    [Fact]
    public void Empty_file_is_an_error()
    {
        var (settings, diagnostics) = Read("");

        Assert.Null(settings);
        var error = SingleError(diagnostics);
        Assert.Contains("title", error.Message);
    }
}
