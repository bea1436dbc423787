using Publisher.Core.Diagnostics;
using Publisher.Core.Model;
using Publisher.Core.Validate;
using static Publisher.Tests.Support.TestContent;
using Publisher.Tests.Support;

namespace Publisher.Tests.Validate;

public class SiteSettingsReaderTests
{
    private static (SiteSettings? Settings, IReadOnlyList<Diagnostic> Diagnostics) Read(string text)
    {
        var bag = new DiagnosticBag();
        var settings = SiteSettingsReader.Read(File(text, "site.yml"), bag);
        return (settings, bag.Sorted());
    }

    private static readonly string[] Statement =
    [
        "accessibility:",
        "  operator: Město Žatec",
        "  status: full",
        "  assessed: 2026-11-20",
        "  method: samohodnocením",
        "  contact:",
        "    email: pristupnost@zatec.cz",
        "    phone: +420 415 736 111",
    ];

    /// <summary>A site.yml of these lines plus a valid accessibility section.</summary>
    private static string SiteLines(params string[] lines) => Lines([.. lines, .. Statement]);

    private static Diagnostic SingleError(IReadOnlyList<Diagnostic> diagnostics) => TestContent.SingleError(diagnostics, "input/site.yml");

    [Fact]
    public void Reads_all_settings()
    {
        var (settings, diagnostics) = Read(SiteLines(
            "title: \"Komunitní plánování – zápisy a plány\"",
            "base_url: \"https://zapisy.example.cz/\"",
            "language: cs",
            "description: Zápisy z jednání."));

        Assert.Empty(diagnostics);
        Assert.Equal(("Komunitní plánování – zápisy a plány", "https://zapisy.example.cz/", "cs", "Zápisy z jednání."),
            (settings!.Title, settings.BaseUrl, settings.Language, settings.Description));
    }

    [Fact]
    public void Personal_data_reads_the_allowed_contacts_in_one_form_and_the_strict_flag()
    {
        var (settings, diagnostics) = Read(SiteLines(
            "title: Zápisy", "base_url: https://zapisy.example.cz/", "language: cs",
            "personal_data:", "  strict: ano", "  allow:", "    - Tisk@Zatec.cz", "    - \"+420 415 736 111\"", "    - 19-2000145399/0800"));

        Assert.Empty(diagnostics);
        Assert.True(settings!.PersonalData.Strict);
        Assert.Equal(["tisk@zatec.cz", "415736111", "19-2000145399/0800"], settings.PersonalData.Allowed.Order(StringComparer.Ordinal).Reverse());
    }

    [Fact]
    public void Without_personal_data_nothing_is_allowed_and_it_is_warned_about()
    {
        var (settings, _) = Read(SiteLines("title: Zápisy", "base_url: https://zapisy.example.cz/", "language: cs"));

        Assert.Same(PersonalDataPolicy.Default, settings!.PersonalData);
        Assert.False(settings.PersonalData.Strict);
    }

    [Fact]
    public void A_misspelt_key_under_personal_data_is_reported_at_it()
    {
        var (_, diagnostics) = Read(SiteLines(
            "title: Zápisy", "base_url: https://zapisy.example.cz/", "language: cs", "personal_data:", "  alow:", "    - tisk@zatec.cz"));

        var problem = Assert.Single(diagnostics);
        Assert.Equal((5, 3), (problem.Line, problem.Column));
        Assert.Contains("'personal_data.alow'", problem.Message.English);
        Assert.Contains("allow", problem.Message.English[(problem.Message.English.IndexOf("ignor", StringComparison.Ordinal))..]);
    }

    [Fact]
    public void Trailing_slash_is_added_to_the_base_url()
    {
        var (settings, diagnostics) = Read(SiteLines("title: Web", "base_url: https://zapisy.example.cz/kp"));

        Assert.Empty(diagnostics);
        Assert.Equal("https://zapisy.example.cz/kp/", settings!.BaseUrl);
        Assert.Equal("cs", settings.Language);
        Assert.Null(settings.Description);
        Assert.Equal("https://zapisy.example.cz/kp/zatec/", settings.Absolute("/zatec/"));
    }

    [Fact]
    public void Http_base_url_is_accepted()
    {
        var (settings, diagnostics) = Read(SiteLines("title: Web", "base_url: http://localhost:8080"));

        Assert.Empty(diagnostics);
        Assert.Equal("http://localhost:8080/", settings!.BaseUrl);
    }

    [Theory]
    [InlineData("")]
    [InlineData("# jen komentář\n")]
    [InlineData("...\n\n")]
    public void A_file_without_a_yaml_document_is_reported_as_empty(string text)
    {
        var (settings, diagnostics) = Read(text);

        Assert.Null(settings);
        var error = SingleError(diagnostics);
        Assert.Equal((1, 1), (error.Line, error.Column));
        Assert.StartsWith("site.yml is empty", error.Message.English);
    }

    [Fact]
    public void Missing_title_is_an_error()
    {
        var (settings, diagnostics) = Read(SiteLines("base_url: https://zapisy.example.cz/"));

        Assert.Null(settings);
        var error = SingleError(diagnostics);
        Assert.Equal((1, 1), (error.Line, error.Column));
        Assert.Equal("missing required key 'title' (the site's name)", error.Message.English);
    }

    [Fact]
    public void Missing_base_url_is_an_error()
    {
        var (settings, diagnostics) = Read(SiteLines("title: Web"));

        Assert.Null(settings);
        var error = SingleError(diagnostics);
        Assert.StartsWith("missing required key 'base_url'", error.Message.English);
    }

    [Theory]
    [InlineData("zapisy.example.cz")]
    [InlineData("ftp://zapisy.example.cz/")]
    [InlineData("/zapisy/")]
    [InlineData("https//zapisy.example.cz")]
    public void Base_url_that_is_not_http_is_an_error(string value)
    {
        var (settings, diagnostics) = Read(SiteLines("title: Web", $"base_url: \"{value}\""));

        Assert.Null(settings);
        var error = SingleError(diagnostics);
        Assert.Equal((2, 11), (error.Line, error.Column));
        Assert.Equal($"'base_url': '{value}' is not an http(s) address", error.Message.English);
    }

    [Fact]
    public void Language_other_than_czech_is_an_error()
    {
        var (_, diagnostics) = Read(SiteLines("title: Web", "base_url: https://x.cz/", "language: en"));

        var error = SingleError(diagnostics);
        Assert.Equal((3, 11), (error.Line, error.Column));
        Assert.Equal("'language': only 'cs' is supported, not 'en'", error.Message.English);
    }

    [Fact]
    public void Unknown_key_is_a_warning_with_a_suggestion()
    {
        var (settings, diagnostics) = Read(SiteLines("title: Web", "base_url: https://x.cz/", "descripton: Popis"));

        Assert.NotNull(settings);
        var warning = Assert.Single(diagnostics);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal((3, 1), (warning.Line, warning.Column));
        Assert.Equal("unknown key 'descripton' is ignored (did you mean 'description'?)", warning.Message.English);
    }

    [Theory]
    [InlineData("email: pristupnost@zatec.cz", "'email' belongs under 'accessibility.contact' (did you mean accessibility.contact.email?)")]
    [InlineData("method: samohodnocením", "'method' belongs under 'accessibility' (did you mean accessibility.method?)")]
    public void Key_of_the_accessibility_statement_at_the_top_level_is_an_error_naming_where_it_belongs(string line, string message)
    {
        var (_, diagnostics) = Read(SiteLines("title: Web", "base_url: https://x.cz/", line));

        var error = SingleError(diagnostics);
        Assert.Equal((3, 1, message), (error.Line, error.Column, error.Message.English));
    }

    [Fact]
    public void Top_level_key_inside_the_accessibility_statement_is_an_error_naming_where_it_belongs()
    {
        var (_, diagnostics) = Read(Lines(["title: Web", "base_url: https://x.cz/", .. Statement, "  description: Popis"]));

        var error = SingleError(diagnostics);
        Assert.Equal((11, 3), (error.Line, error.Column));
        Assert.Equal("'accessibility.description' belongs at the top level of site.yml (did you mean description?)", error.Message.English);
    }

    [Fact]
    public void Non_accessible_content_with_commas_is_one_item_without_a_warning()
    {
        var (settings, diagnostics) = Read(Lines(
            "title: Web",
            "base_url: https://x.cz/",
            "accessibility:",
            "  operator: Město Žatec",
            "  status: partial",
            "  non_accessible: Naskenované přílohy, které nejsou přístupné.",
            "  assessed: 2026-11-20",
            "  method: samohodnocením",
            "  contact:",
            "    email: pristupnost@zatec.cz"));

        Assert.Empty(diagnostics);
        Assert.Equal(["Naskenované přílohy, které nejsou přístupné."], settings!.Accessibility!.NonAccessibleContent);
    }

    [Fact]
    public void File_that_is_a_list_is_an_error()
    {
        var (settings, diagnostics) = Read(Lines("- title: Web"));

        Assert.Null(settings);
        var error = SingleError(diagnostics);
        Assert.Equal((1, 1), (error.Line, error.Column));
        Assert.StartsWith("site.yml must be a set of 'key: value' lines", error.Message.English);
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
        Assert.Contains("title", error.Message.English);
    }

    [Fact]
    public void Reads_the_accessibility_statement()
    {
        var (settings, diagnostics) = Read(Lines(
            "title: Web",
            "base_url: https://zapisy.example.cz/",
            "accessibility:",
            "  operator: Město Žatec",
            "  status: partial",
            "  non_accessible:",
            "    - Naskenované přílohy z let 2015–2018",
            "  prepared: 2026-11-02",
            "  assessed: 2026-11-20",
            "  method: samohodnocením",
            "  contact:",
            "    email: pristupnost@zatec.cz",
            "    phone: +420 415 736 111",
            "    address: Náměstí Svobody 1, 438 01 Žatec"));

        Assert.Empty(diagnostics);
        var statement = settings!.Accessibility!;
        Assert.Equal(("Město Žatec", ComplianceStatus.Partial, "partial"), (statement.Operator, statement.Status, statement.StatusKey));
        Assert.Equal(["Naskenované přílohy z let 2015–2018"], statement.NonAccessibleContent);
        Assert.Equal((new DateOnly(2026, 11, 2), new DateOnly(2026, 11, 20)), (statement.Prepared, statement.Assessed));
        Assert.Equal("samohodnocením", statement.Method);
        Assert.Equal(new AccessibilityContact("pristupnost@zatec.cz", "+420 415 736 111", "Náměstí Svobody 1, 438 01 Žatec"), statement.Contact);
    }

    [Fact]
    public void The_statement_is_prepared_on_the_assessment_date_unless_given()
    {
        var (settings, _) = Read(SiteLines("title: Web", "base_url: https://x.cz/"));

        Assert.Equal(new DateOnly(2026, 11, 20), settings!.Accessibility!.Prepared);
    }

    [Fact]
    public void A_site_without_an_accessibility_statement_is_built_with_a_warning()
    {
        var (settings, diagnostics) = Read(Lines("title: Web", "base_url: https://x.cz/", "language: cs"));

        Assert.NotNull(settings);
        Assert.Null(settings.Accessibility);
        var warning = Assert.Single(diagnostics);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.StartsWith("site.yml has no 'accessibility' section", warning.Message.English);
    }

    [Theory]
    [InlineData("  status: mostly", "'accessibility.status': 'mostly' is not a compliance status; use full, partial or none")]
    [InlineData("  status: partial", "'accessibility.status': a site that is not fully compliant must list its non-accessible content under 'non_accessible'")]
    [InlineData("    email: pristupnost.zatec.cz", "'accessibility.contact.email': 'pristupnost.zatec.cz' is not an e-mail address")]
    [InlineData("    email: \"a@b.cz\\\"><img src=x onerror=alert(1)>\"", "'accessibility.contact.email': 'a@b.cz\"><img src=x onerror=alert(1)>' is not an e-mail address")]
    [InlineData("    email: javascript:alert(1)//@b.cz", "'accessibility.contact.email': 'javascript:alert(1)//@b.cz' is not an e-mail address")]
    [InlineData("    phone: javascript:alert(1)", "'accessibility.contact.phone': 'javascript:alert(1)' is not a phone number")]
    [InlineData("  assessed: 20. 11. 2026", "'accessibility.assessed': '20. 11. 2026' is not a date")]
    public void A_bad_statement_value_is_an_error_at_its_line(string replacement, string message)
    {
        var key = replacement.Trim().Split(':')[0] + ":";
        var lines = Statement.Select(l => l.Trim().StartsWith(key, StringComparison.Ordinal) ? replacement : l).ToArray();

        var (settings, diagnostics) = Read(Lines(["title: Web", "base_url: https://x.cz/", .. lines]));

        Assert.Null(settings);
        var error = SingleError(diagnostics);
        Assert.StartsWith(message, error.Message.English);
        Assert.Equal(3 + Array.IndexOf(lines, replacement), error.Line);
    }

    [Fact]
    public void Without_a_licence_the_open_data_are_under_cc_by_4()
    {
        var (settings, diagnostics) = Read(SiteLines("title: Web", "base_url: https://x.cz/"));

        Assert.Empty(diagnostics);
        Assert.Equal("https://creativecommons.org/licenses/by/4.0/", settings!.License.Url);
        Assert.Contains("CC BY 4.0", settings.License.Name);
    }

    [Theory]
    [InlineData("license")]
    [InlineData("licence")]
    public void A_licence_is_read_under_either_spelling(string key)
    {
        var (settings, diagnostics) = Read(SiteLines("title: Web", "base_url: https://x.cz/", $"{key}:", "  name: CC0 1.0", "  url: https://creativecommons.org/publicdomain/zero/1.0/"));

        Assert.Empty(diagnostics);
        Assert.Equal(new SiteLicense("CC0 1.0", "https://creativecommons.org/publicdomain/zero/1.0/"), settings!.License);
    }

    [Theory]
    [InlineData(new[] { "license:", "  name: CC0" }, 4, 3, "missing required key 'license.url'")]
    [InlineData(new[] { "license:", "  url: https://creativecommons.org/publicdomain/zero/1.0/" }, 4, 3, "missing required key 'license.name'")]
    [InlineData(new[] { "license:", "  name: CC0", "  url: javascript:alert(1)" }, 5, 8, "'license.url': 'javascript:alert(1)' is not an http(s) address")]
    [InlineData(new[] { "license: CC BY 4.0" }, 3, 10, "'license' must be a set of 'key: value' lines")]
    [InlineData(new[] { "license:", "  name: A", "  url: https://a.cz/", "licence:", "  name: B", "  url: https://b.cz/" }, 7, 3, "'licence' repeats 'license'; keep one of them")]
    public void A_bad_licence_is_an_error_at_its_line(string[] lines, int line, int column, string message)
    {
        var (settings, diagnostics) = Read(SiteLines(["title: Web", "base_url: https://x.cz/", .. lines]));

        Assert.Null(settings);
        var error = SingleError(diagnostics);
        Assert.StartsWith(message, error.Message.English);
        Assert.Equal((line, column), (error.Line, error.Column));
    }

    [Fact]
    public void An_unknown_key_under_the_licence_is_warned_about()
    {
        var (settings, diagnostics) = Read(SiteLines("title: Web", "base_url: https://x.cz/", "license:", "  name: CC0", "  url: https://a.cz/", "  version: 1"));

        Assert.NotNull(settings);
        Assert.Equal(Severity.Warning, Assert.Single(diagnostics).Severity);
        Assert.Contains("'license.version'", diagnostics[0].Message.English);
    }

    [Fact]
    public void A_publisher_that_is_not_an_address_is_an_error_at_its_line()
    {
        var (settings, diagnostics) = Read(SiteLines("title: Web", "base_url: https://x.cz/", "publisher: Město Žatec"));

        Assert.Null(settings);
        var error = SingleError(diagnostics);
        Assert.StartsWith("'publisher': 'Město Žatec' is not an http(s) address", error.Message.English);
        Assert.Equal((3, 12), (error.Line, error.Column));
    }
}
