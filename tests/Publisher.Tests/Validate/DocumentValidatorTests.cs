using Publisher.Core.Diagnostics;
using Publisher.Core.Model;
using Publisher.Core.Validate;
using static Publisher.Tests.Support.TestContent;
using Publisher.Tests.Support;
using Publisher.Core.Extensions.Plans;
using Publisher.Core.Extensions.Redirects;

namespace Publisher.Tests.Validate;

public class DocumentValidatorTests
{
    private const string DisplayPath = "input/" + DefaultPath;

    private static readonly string FullMinutes = Lines(
        "---",                                               // 1
        "title: \"Zápis z jednání skupiny Senioři\"",        // 2
        "type: minutes",                                     // 3
        "date: 2020-06-10",                                  // 4
        "region: zatec",                                     // 5
        "group: seniori",                                    // 6
        "time: \"14:00\"",                                   // 7
        "place: \"Radnice Žatec, zasedací místnost\"",       // 8
        "attendees:",                                        // 9
        "  present:",                                        // 10
        "    - Jana Nováková",                               // 11
        "    - Petr Svoboda",                                // 12
        "  excused:",                                        // 13
        "    - Eva Malá",                                    // 14
        "  absent:",                                         // 15
        "    - Karel Velký",                                 // 16
        "  guests:",                                         // 17
        "    - \"Ing. Lucie Kořánová – koordinátorka KP\"",  // 18
        "agenda:",                                           // 19
        "  - Úvod",                                          // 20
        "  - \"Komunitní plán: připomínky\"",                // 21
        "tasks:",                                            // 22
        "  - task: Připravit dotazník",                      // 23
        "    owner: Jana Nováková",                          // 24
        "    due: 2020-07-01",                               // 25
        "  - task: Rozeslat zápis",                          // 26
        "next_meeting: \"2020-09-15 15:30\"",                // 27
        "author: \"Bc. Michaela Šípková, DiS.\"",            // 28
        "tags:",                                             // 29
        "  - Bydlení",                                       // 30
        "  - sociální začleňování",                          // 31
        "  - bydlení",                                       // 32
        "plans:",                                            // 33
        "  - komunitni-plan-zatec",                          // 34
        "  - komunitni-plan-zatec",                          // 35
        "summary: \"Skupina projednala dotazník pro seniory.\"", // 36
        "aliases:",                                          // 37
        "  - /stare-zapisy/2020/seniori",                    // 38
        "  - /archiv/zapis-2020.html",                       // 39
        "  - /stare-zapisy/2020/seniori-2/",                 // 40
        "---",                                               // 41
        "## Program",                                        // 42
        "",                                                  // 43
        "Text.");                                            // 44

    private static Diagnostic SingleError(IReadOnlyList<Diagnostic> diagnostics) => TestContent.SingleError(diagnostics, DisplayPath);

    [Fact]
    public void Full_minutes_document_maps_every_key()
    {
        var (result, diagnostics) = ValidateDocument(FullMinutes);

        Assert.Empty(diagnostics);
        Assert.NotNull(result);
        var document = result.Document;
        Assert.Equal(DefaultPath, document.Source);
        Assert.Equal("Zápis z jednání skupiny Senioři", document.Title);
        Assert.Equal(DocumentType.Minutes, document.Type);
        Assert.Equal("minutes", document.TypeKey);
        Assert.Equal(new DateOnly(2020, 6, 10), document.Date);
        Assert.Equal(new TimeOnly(14, 0), document.Time);
        Assert.Equal("zatec", document.Region.Id);
        Assert.Equal("Žatec", document.Region.Name);
        Assert.NotNull(document.Group);
        Assert.Equal("seniori", document.Group.Id);
        Assert.Equal("Senioři", document.Group.Name);
        Assert.Equal("/zatec/seniori/", document.Group.Url);
        Assert.Equal("Radnice Žatec, zasedací místnost", document.Place);

        Assert.Equal(["Jana Nováková", "Petr Svoboda"], document.Attendees.Present);
        Assert.Equal(["Eva Malá"], document.Attendees.Excused);
        Assert.Equal(["Karel Velký"], document.Attendees.Absent);
        Assert.Equal(["Ing. Lucie Kořánová – koordinátorka KP"], document.Attendees.Guests);
        Assert.False(document.Attendees.IsEmpty);

        Assert.Equal(["Úvod", "Komunitní plán: připomínky"], document.Agenda);
        Assert.Equal(
            [new MeetingTask("Připravit dotazník", "Jana Nováková", new DateOnly(2020, 7, 1)), new MeetingTask("Rozeslat zápis", null, null)],
            document.Tasks);
        Assert.Equal(new MeetingTime(new DateOnly(2020, 9, 15), new TimeOnly(15, 30)), document.NextMeeting);
        Assert.Equal("Bc. Michaela Šípková, DiS.", document.Author);

        // "bydlení" has the same slug as "Bydlení", so it is listed once, under the first spelling.
        Assert.Equal(
            [new Tag("Bydlení", "bydleni", "/stitky/bydleni/"), new Tag("sociální začleňování", "socialni-zaclenovani", "/stitky/socialni-zaclenovani/")],
            document.Tags);
        Assert.Equal(["komunitni-plan-zatec"], PlanFacts.Of(document).Discusses);
        Assert.Null(PlanFacts.Of(document).Plan);
        Assert.Equal("Skupina projednala dotazník pro seniory.", document.Summary);
        Assert.False(document.SummaryIsExcerpt);
        Assert.Equal(["/stare-zapisy/2020/seniori/", "/archiv/zapis-2020.html", "/stare-zapisy/2020/seniori-2/"], RedirectsExtension.Of(document).Select(a => a.Path));
        Assert.Equal("/zatec/seniori/2020/2020-06-10-zapis-z-jednani-skupiny-seniori/", document.Url);
        Assert.Equal(Core.Load.DocumentBody.Hash("## Program\n\nText.\n"), document.BodyHash);
        Assert.Equal(42, document.BodyLine);
    }

    [Fact]
    public void Full_minutes_document_keeps_the_positions_that_later_checks_report()
    {
        var (result, _) = ValidateDocument(FullMinutes);

        Assert.NotNull(result);
        Assert.False(result.IsDraft);
        Assert.Equal(
            [new Located<string>("komunitni-plan-zatec", 34, 5), new Located<string>("komunitni-plan-zatec", 35, 5)],
            PlanFacts.Of(result.Document).References);
        Assert.Equal(
            [
                new OldAddress("/stare-zapisy/2020/seniori/", new SourcePosition(DisplayPath, 38, 5)),
                new OldAddress("/archiv/zapis-2020.html", new SourcePosition(DisplayPath, 39, 5)),
                new OldAddress("/stare-zapisy/2020/seniori-2/", new SourcePosition(DisplayPath, 40, 5)),
            ],
            RedirectsExtension.Of(result.Document));
        Assert.Equal(new SourcePosition(DisplayPath, 2, 8), result.Document.AddressAt);
        Assert.False(result.Document.HasOwnSlug);
    }

    [Fact]
    public void Minimal_minutes_document_has_empty_optional_fields()
    {
        var (result, diagnostics) = ValidateDocument(Markdown(Minutes()));

        Assert.Empty(diagnostics);
        Assert.NotNull(result);
        var document = result.Document;
        Assert.Null(document.Time);
        Assert.Null(document.Place);
        Assert.True(document.Attendees.IsEmpty);
        Assert.Empty(document.Agenda);
        Assert.Empty(document.Tasks);
        Assert.Null(document.NextMeeting);
        Assert.Null(document.Author);
        Assert.Empty(document.Tags);
        Assert.Empty(PlanFacts.Of(document).Discusses);
        Assert.Empty(RedirectsExtension.Of(document));
        Assert.Equal("Text zápisu.", document.Summary);
        Assert.Equal("/zatec/seniori/2020/2020-06-10-zapis-z-jednani/", document.Url);
        Assert.Equal(8, document.BodyLine);
    }

    [Fact]
    public void News_without_group_gets_a_region_url()
    {
        var (result, diagnostics) = ValidateDocument(Markdown(Minutes(
            ("title", "title: Začíná strategické plánování"), ("type", "type: news"), ("group", null))));

        Assert.Empty(diagnostics);
        Assert.NotNull(result);
        Assert.Equal(DocumentType.News, result.Document.Type);
        Assert.Null(result.Document.Group);
        Assert.Equal("/zatec/2020/2020-06-10-zacina-strategicke-planovani/", result.Document.Url);
    }

    [Fact]
    public void Missing_title_is_reported_at_the_start_of_the_front_matter()
    {
        var (result, diagnostics) = ValidateDocument(Markdown(Minutes(("title", null))));

        Assert.Null(result);
        var error = SingleError(diagnostics);
        Assert.Equal((2, 1), (error.Line, error.Column));
        Assert.Equal("missing required key 'title' (the document's title)", error.Message.English);
    }

    [Fact]
    public void Empty_title_is_an_error_at_the_value()
    {
        var (result, diagnostics) = ValidateDocument(Markdown(Minutes(("title", "title: \"  \""))));

        Assert.Null(result);
        var error = SingleError(diagnostics);
        Assert.Equal((2, 8), (error.Line, error.Column));
        Assert.Equal("'title' is empty", error.Message.English);
    }

    [Fact]
    public void Title_given_as_a_list_is_an_error()
    {
        var (result, diagnostics) = ValidateDocument(Markdown(Minutes(("title", "title:\n  - Zápis"))));

        Assert.Null(result);
        var error = SingleError(diagnostics);
        Assert.Equal((3, 3), (error.Line, error.Column));
        Assert.Equal("'title' must be the document's title, not a list", error.Message.English);
    }

    [Fact]
    public void Empty_front_matter_reports_every_required_key()
    {
        var (result, diagnostics) = ValidateDocument("---\n---\nText\n");

        Assert.Null(result);
        Assert.All(diagnostics, d => Assert.Equal(Severity.Error, d.Severity));
        // 'group' is only required for minutes, and the type is unknown here.
        Assert.Equal(
            ["date", "region", "title", "type"],
            diagnostics.Select(d => d.Message.English.Split('\'')[1]).Order(StringComparer.Ordinal));
        Assert.All(diagnostics, d => Assert.StartsWith("missing required key", d.Message.English));
        // An empty front matter has no mapping to point at: the errors go to its first line.
        Assert.All(diagnostics, d => Assert.Equal((2, 1), (d.Line, d.Column)));
    }

    [Fact]
    public void Front_matter_of_only_comments_reports_every_required_key()
    {
        var (result, diagnostics) = ValidateDocument("---\n# title: \"Zápis\"\n  # type: minutes\n---\nText\n");

        Assert.Null(result);
        Assert.Equal(
            ["date", "region", "title", "type"],
            diagnostics.Select(d => d.Message.English.Split('\'')[1]).Order(StringComparer.Ordinal));
        Assert.All(diagnostics, d => Assert.StartsWith("missing required key", d.Message.English));
        Assert.All(diagnostics, d => Assert.Equal((2, 1), (d.Line, d.Column)));
    }

    [Fact]
    public void Front_matter_that_is_a_list_is_an_error()
    {
        var (result, diagnostics) = ValidateDocument("---\n- title\n- date\n---\n");

        Assert.Null(result);
        var error = SingleError(diagnostics);
        Assert.Equal((2, 1), (error.Line, error.Column));
        Assert.Contains("must be a set of 'key: value' lines", error.Message.English);
    }

    [Fact]
    public void Yaml_syntax_error_is_reported_at_its_file_line()
    {
        var (result, diagnostics) = ValidateDocument(Markdown(Minutes(("place", "place: Radnice: 2. patro"))));

        Assert.Null(result);
        var error = SingleError(diagnostics);
        // Line 7 of the file: the front matter starts on line 2 and 'place' is its sixth key.
        Assert.Equal((7, 15), (error.Line, error.Column));
        Assert.Equal("the value contains ': '; put the value in quotes: place: \"Radnice: 2. patro\"", error.Message.English);
    }

    [Fact]
    public void Tab_indentation_is_an_error_at_the_tab()
    {
        var (result, diagnostics) = ValidateDocument(Markdown(Minutes(("attendees", "attendees:\n\tpresent:\n\t\t- Jana"))));

        Assert.Null(result);
        var error = SingleError(diagnostics);
        Assert.Equal((8, 1), (error.Line, error.Column));
        Assert.Equal("a tab character is used for indentation; use spaces", error.Message.English);
    }

    [Fact]
    public void Unclosed_flow_list_is_reported_at_its_bracket_not_thrown()
    {
        var (result, diagnostics) = ValidateDocument(Markdown(Minutes(("tags", "tags: [bydlení, dluhy"), ("author", "author: Jana"))));

        Assert.Null(result);
        var error = SingleError(diagnostics);
        Assert.Equal((7, 7), (error.Line, error.Column));
        Assert.Equal("this '[' is never closed; end the list with ']'", error.Message.English);
    }

    [Fact]
    public void Wrongly_indented_attendee_is_reported_at_its_line()
    {
        var (result, diagnostics) = ValidateDocument(Markdown(Minutes(("attendees", "attendees:\n  present:\n    - Jana\n excused:\n    - Eva"))));

        Assert.Null(result);
        var error = SingleError(diagnostics);
        Assert.Equal((10, 2), (error.Line, error.Column));
        Assert.Equal(
            "this line is indented differently from the keys above it; line it up with 'present:' on line 8 (2 spaces) or with 'attendees:' on line 7 (no indentation)",
            error.Message.English);
    }

    [Theory]
    [InlineData("title", "title: \"\\uFFFE\"", 2, 9, "'\\uFFFE' is U+FFFE, which is not a character; delete it")]
    [InlineData("place", "place: \"Žatec\\uFFFF\"", 7, 14, "'\\uFFFF' is U+FFFF, which is not a character; delete it")]
    [InlineData("region", "region: \"\\uD800\"", 5, 10, "'\\uD800' is half of a character that is written as two codes (a surrogate pair); write the character itself")]
    [InlineData("key", "\"ti\\uFFFEtl\": x", 7, 4, "'\\uFFFE' is U+FFFE, which is not a character; delete it")]
    public void Escapes_of_characters_that_are_not_characters_are_errors_not_crashes(string key, string line, int lineNumber, int column, string message)
    {
        // The title and region become page addresses and unknown keys get suggestions: both normalise Unicode, which throws on these.
        var (result, diagnostics) = ValidateDocument(Markdown(Minutes((key, line))));

        Assert.Null(result);
        var error = SingleError(diagnostics);
        Assert.Equal((lineNumber, column, message), (error.Line, error.Column, error.Message.English));
    }

    [Theory]
    [InlineData("zatek")]
    [InlineData("Zatec")]
    [InlineData("Žatec")]
    [InlineData("zatec-mesto")]
    public void Unknown_region_names_the_field_and_suggests_the_closest_id(string value)
    {
        var (result, diagnostics) = ValidateDocument(Markdown(Minutes(("region", $"region: {value}"))));

        Assert.Null(result);
        var error = SingleError(diagnostics);
        Assert.Equal((5, 9), (error.Line, error.Column));
        Assert.Equal($"'region': unknown region '{value}' (did you mean 'zatec'?); regions are defined in regions.yml", error.Message.English);
    }

    [Fact]
    public void An_editor_reads_the_unknown_region_and_its_suggestion_in_Czech()
    {
        var (_, diagnostics) = ValidateDocument(Markdown(Minutes(("region", "region: zatek"))));

        var error = SingleError(diagnostics);
        Assert.Equal("'region': neznámý region 'zatek' (měli jste na mysli 'zatec'?); regiony jsou uvedeny v souboru regions.yml", error.Message.Czech);
    }

    [Fact]
    public void A_missing_key_is_described_in_Czech()
    {
        var (_, diagnostics) = ValidateDocument(Markdown(Minutes(("title", null))));

        var error = SingleError(diagnostics);
        Assert.Equal("chybí povinný klíč 'title' (název dokumentu)", error.Message.Czech);
    }

    [Fact]
    public void Unknown_region_without_a_close_id_gets_no_suggestion()
    {
        var (_, diagnostics) = ValidateDocument(Markdown(Minutes(("region", "region: ostrava"))));

        var error = SingleError(diagnostics);
        Assert.Equal("'region': unknown region 'ostrava'; regions are defined in regions.yml", error.Message.English);
    }

    [Fact]
    public void Unknown_group_names_the_region_and_suggests_the_closest_group()
    {
        var (result, diagnostics) = ValidateDocument(Markdown(Minutes(("group", "group: senior"))));

        Assert.Null(result);
        var error = SingleError(diagnostics);
        Assert.Equal((6, 8), (error.Line, error.Column));
        Assert.Equal(
            "'group': region 'zatec' has no working group 'senior' (did you mean 'seniori'?); working groups are defined in regions.yml",
            error.Message.English);
    }

    [Fact]
    public void Group_of_another_region_is_unknown()
    {
        var (result, diagnostics) = ValidateDocument(Markdown(Minutes(("group", "group: deti-mladez-a-rodina"))));

        Assert.Null(result);
        var error = SingleError(diagnostics);
        Assert.StartsWith("'group': region 'zatec' has no working group 'deti-mladez-a-rodina'", error.Message.English);
    }

    [Fact]
    public void Minutes_without_group_are_an_error()
    {
        var (result, diagnostics) = ValidateDocument(Markdown(Minutes(("group", null))));

        Assert.Null(result);
        var error = SingleError(diagnostics);
        Assert.Equal((2, 1), (error.Line, error.Column));
        Assert.Equal("missing required key 'group' (a working group id of the region, required for minutes)", error.Message.English);
    }

    [Fact]
    public void Impossible_date_names_the_date_field()
    {
        var (result, diagnostics) = ValidateDocument(Markdown(Minutes(("date", "date: 2020-02-30"))));

        Assert.Null(result);
        var error = SingleError(diagnostics);
        Assert.Equal((4, 7), (error.Line, error.Column));
        Assert.Equal("'date': '2020-02-30' is not a real date (check the day and month)", error.Message.English);
    }

    [Fact]
    public void Leap_day_is_a_real_date()
    {
        var (result, diagnostics) = ValidateDocument(Markdown(Minutes(("date", "date: 2020-02-29"))));

        Assert.Empty(diagnostics);
        Assert.Equal(new DateOnly(2020, 2, 29), result!.Document.Date);
    }

    [Fact]
    public void Czech_date_suggests_the_iso_form()
    {
        var (result, diagnostics) = ValidateDocument(Markdown(Minutes(("date", "date: 29. 3. 2018"))));

        Assert.Null(result);
        var error = SingleError(diagnostics);
        Assert.Equal((4, 7), (error.Line, error.Column));
        Assert.Equal("'date': '29. 3. 2018' is not a date; write it as YYYY-MM-DD (did you mean 2018-03-29?)", error.Message.English);
    }

    [Fact]
    public void Czech_date_of_an_impossible_day_gets_no_suggestion()
    {
        var (_, diagnostics) = ValidateDocument(Markdown(Minutes(("date", "date: 31.2.2018"))));

        var error = SingleError(diagnostics);
        Assert.Equal("'date': '31.2.2018' is not a date; write it as YYYY-MM-DD", error.Message.English);
    }

    [Fact]
    public void List_where_a_date_belongs_is_an_error()
    {
        var (result, diagnostics) = ValidateDocument(Markdown(Minutes(("date", "date:\n  - 2020-06-10"))));

        Assert.Null(result);
        var error = SingleError(diagnostics);
        Assert.Equal((5, 3), (error.Line, error.Column));
        Assert.Equal("'date' must be a date YYYY-MM-DD, not a list", error.Message.English);
    }

    [Fact]
    public void Hour_25_is_not_a_time()
    {
        var (result, diagnostics) = ValidateDocument(Markdown(Minutes(("time", "time: \"25:00\""))));

        var error = SingleError(diagnostics);
        Assert.Equal((7, 7), (error.Line, error.Column));
        Assert.Equal("'time': '25:00' is not a time; write it as HH:MM, e.g. \"14:00\"", error.Message.English);
        // The document itself is still read, so the rest of the file is checked too.
        Assert.NotNull(result);
        Assert.Null(result.Document.Time);
    }

    [Theory]
    [InlineData("\"9:30\"", 9, 30)]
    [InlineData("\"09:05\"", 9, 5)]
    [InlineData("\"23:59\"", 23, 59)]
    [InlineData("\"0:00\"", 0, 0)]
    public void Valid_times_are_read(string value, int hour, int minute)
    {
        var (result, diagnostics) = ValidateDocument(Markdown(Minutes(("time", $"time: {value}"))));

        Assert.Empty(diagnostics);
        Assert.Equal(new TimeOnly(hour, minute), result!.Document.Time);
    }

    [Theory]
    [InlineData("\"14.00\"")]
    [InlineData("\"14:60\"")]
    [InlineData("\"odpoledne\"")]
    public void Invalid_times_are_errors(string value)
    {
        var (_, diagnostics) = ValidateDocument(Markdown(Minutes(("time", $"time: {value}"))));

        var error = SingleError(diagnostics);
        Assert.StartsWith("'time': ", error.Message.English);
        Assert.Contains("is not a time", error.Message.English);
    }

    [Fact]
    public void Next_meeting_may_be_a_date_only()
    {
        var (result, diagnostics) = ValidateDocument(Markdown(Minutes(("next_meeting", "next_meeting: 2020-09-15"))));

        Assert.Empty(diagnostics);
        Assert.Equal(new MeetingTime(new DateOnly(2020, 9, 15), null), result!.Document.NextMeeting);
    }

    [Fact]
    public void Next_meeting_in_czech_form_suggests_the_iso_date()
    {
        var (result, diagnostics) = ValidateDocument(Markdown(Minutes(("next_meeting", "next_meeting: \"12. 4. 2018 15:00\""))));

        var error = SingleError(diagnostics);
        Assert.Equal((7, 15), (error.Line, error.Column));
        Assert.Equal(
            "'next_meeting': '12. 4. 2018 15:00' is not a date; write it as YYYY-MM-DD or YYYY-MM-DD HH:MM (did you mean 2018-04-12?)",
            error.Message.English);
        Assert.Null(result!.Document.NextMeeting);
    }

    [Fact]
    public void Next_meeting_with_a_bad_time_is_an_error()
    {
        var (_, diagnostics) = ValidateDocument(Markdown(Minutes(("next_meeting", "next_meeting: \"2020-09-15 25:00\""))));

        var error = SingleError(diagnostics);
        Assert.StartsWith("'next_meeting': '2020-09-15 25:00' is not a date", error.Message.English);
    }

    [Fact]
    public void Unknown_type_is_an_error_with_a_suggestion()
    {
        var (result, diagnostics) = ValidateDocument(Markdown(Minutes(("type", "type: minute"))));

        Assert.Null(result);
        var error = SingleError(diagnostics);
        Assert.Equal((3, 7), (error.Line, error.Column));
        Assert.Equal("'type': 'minute' is not a document type; use minutes, plan or news (did you mean 'minutes'?)", error.Message.English);
    }

    [Fact]
    public void Unknown_key_is_a_warning_suggesting_the_known_key()
    {
        var (result, diagnostics) = ValidateDocument(Markdown(Minutes(("titel", "titel: Zápis"))));

        Assert.NotNull(result);
        var warning = Assert.Single(diagnostics);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal((7, 1), (warning.Line, warning.Column));
        Assert.Equal("unknown key 'titel' is ignored (did you mean 'title'?)", warning.Message.English);
    }

    [Fact]
    public void Unknown_key_far_from_any_known_key_gets_no_suggestion()
    {
        var (_, diagnostics) = ValidateDocument(Markdown(Minutes(("xyz", "xyz: 1"))));

        var warning = Assert.Single(diagnostics);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal("unknown key 'xyz' is ignored", warning.Message.English);
    }

    [Fact]
    public void Unknown_attendee_key_is_a_warning_with_its_full_name()
    {
        var (result, diagnostics) = ValidateDocument(Markdown(Minutes(("attendees", "attendees:\n  presnt:\n    - Jana"))));

        Assert.NotNull(result);
        var warning = Assert.Single(diagnostics);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal((8, 3), (warning.Line, warning.Column));
        Assert.StartsWith("unknown key 'attendees.presnt' is ignored (did you mean 'present'?)", warning.Message.English);
        Assert.True(result.Document.Attendees.IsEmpty);
    }

    [Theory]
    [InlineData("present")]
    [InlineData("excused")]
    [InlineData("absent")]
    [InlineData("guests")]
    public void Attendee_key_at_the_top_level_is_an_error_naming_where_it_belongs(string key)
    {
        var (_, diagnostics) = ValidateDocument(Markdown(Minutes((key, $"{key}: [Eva Malá]"))));

        var error = SingleError(diagnostics);
        Assert.Equal((7, 1), (error.Line, error.Column));
        Assert.Equal($"'{key}' belongs under 'attendees' (did you mean attendees.{key}?)", error.Message.English);
    }

    [Theory]
    [InlineData("task", "task: Rozeslat zápis")]
    [InlineData("owner", "owner: Jana")]
    [InlineData("due", "due: 2020-07-01")]
    public void Task_key_at_the_top_level_is_an_error_naming_where_it_belongs(string key, string line)
    {
        var (_, diagnostics) = ValidateDocument(Markdown(Minutes((key, line))));

        var error = SingleError(diagnostics);
        Assert.Equal((7, 1), (error.Line, error.Column));
        Assert.Equal($"'{key}' belongs to an item of 'tasks' (did you mean tasks[].{key}?)", error.Message.English);
    }

    [Theory]
    // A top-level key indented under attendees, as when the indentation of the lines above is kept by mistake.
    [InlineData("attendees:\n  present: [Jana]\n  agenda:\n    - Úvod", 9, 3, "'attendees.agenda' belongs at the top level of the front matter (did you mean agenda?)")]
    [InlineData("attendees:\n  owner: Jana", 8, 3, "'attendees.owner' belongs to an item of 'tasks' (did you mean tasks[].owner?)")]
    [InlineData("tasks:\n  - task: Zápis\n    guests: [Eva]", 9, 5, "'tasks[0].guests' belongs under 'attendees' (did you mean attendees.guests?)")]
    [InlineData("tasks:\n  - task: Zápis\n    place: Radnice", 9, 5, "'tasks[0].place' belongs at the top level of the front matter (did you mean place?)")]
    public void Key_of_another_mapping_is_an_error_naming_where_it_belongs(string lines, int line, int column, string message)
    {
        var (_, diagnostics) = ValidateDocument(Markdown(Minutes(("x", lines))));

        var error = SingleError(diagnostics);
        Assert.Equal((line, column, message), (error.Line, error.Column, error.Message.English));
    }

    [Theory]
    [InlineData("tags: senioři, katalog", 7, 7, "'tags' is read as one item 'senioři, katalog'; for several items write a list: tags: [senioři, katalog]")]
    [InlineData("agenda: Úvod, Plán [2020]", 7, 9, "'agenda' is read as one item 'Úvod, Plán [2020]'; for several items write a list: agenda: [Úvod, \"Plán [2020]\"]")]
    [InlineData("attendees:\n  present: Jana Nováková, Petr Svoboda", 8, 12, "'attendees.present' is read as one item 'Jana Nováková, Petr Svoboda'; for several items write a list: present: [Jana Nováková, Petr Svoboda]")]
    [InlineData("attendees:\n  guests: Ing. Jan Novák, Ph.D., Eva Malá", 8, 11, "'attendees.guests' is read as one item 'Ing. Jan Novák, Ph.D., Eva Malá'; for several items write a list: guests: [\"Ing. Jan Novák, Ph.D.\", Eva Malá]")]
    public void List_written_as_one_text_with_commas_is_a_warning_showing_the_list(string lines, int line, int column, string message)
    {
        var (result, diagnostics) = ValidateDocument(Markdown(Minutes(("x", lines))));

        Assert.NotNull(result);
        var warning = Assert.Single(diagnostics);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal((line, column, message), (warning.Line, warning.Column, warning.Message.English));
    }

    [Fact]
    public void List_written_as_one_text_with_commas_is_used_as_one_item()
    {
        var (result, _) = ValidateDocument(Markdown(Minutes(
            ("tags", "tags: senioři, katalog"), ("agenda", "agenda: Úvod, diskuse"), ("attendees", "attendees:\n  excused: Jana, Petr"))));

        Assert.NotNull(result);
        Assert.Equal([new Tag("senioři, katalog", "seniori-katalog", "/stitky/seniori-katalog/")], result.Document.Tags);
        Assert.Equal(["Úvod, diskuse"], result.Document.Agenda);
        Assert.Equal(["Jana, Petr"], result.Document.Attendees.Excused);
    }

    [Theory]
    [InlineData("tags: \"senioři, katalog\"")]
    [InlineData("attendees:\n  present: Ing. Jan Novák, Ph.D.")]
    [InlineData("attendees:\n  present: Mgr. Eva Malá, DiS.")]
    [InlineData("author: Jana Nováková, Petr Svoboda")]
    [InlineData("tags: [senioři, katalog]")]
    public void Text_with_commas_that_is_meant_as_one_item_gets_no_warning(string lines)
    {
        var (result, diagnostics) = ValidateDocument(Markdown(Minutes(("x", lines))));

        Assert.NotNull(result);
        Assert.Empty(diagnostics);
    }

    [Theory]
    [InlineData("plans", "plans: kp-a, kp-b", 8,
        "'plans' is read as one item 'kp-a, kp-b'; for several items write a list: plans: [kp-a, kp-b]",
        "'plans': 'kp-a, kp-b' is not a plan id (lower-case letters, digits and dashes)")]
    [InlineData("aliases", "aliases: /a/, /b/", 10,
        "'aliases' is read as one item '/a/, /b/'; for several items write a list: aliases: [/a/, /b/]",
        "'aliases': '/a/, /b/' is not a path on this site; write it like /stare-zapisy/2020/zapis/")]
    public void Ids_written_as_one_text_with_commas_get_the_list_warning_and_the_id_error(string key, string line, int column, string warning, string error)
    {
        var (_, diagnostics) = ValidateDocument(Markdown(Minutes((key, line))));

        Assert.Equal(
            [(7, column, Severity.Warning, warning), (7, column, Severity.Error, error)],
            diagnostics.Select(d => (d.Line, d.Column, d.Severity, d.Message.English)));
    }

    [Fact]
    public void Slug_replaces_the_last_part_of_the_address()
    {
        var (result, diagnostics) = ValidateDocument(Markdown(Minutes(("slug", "slug: zapis-brezen-ii"))));

        Assert.Empty(diagnostics);
        Assert.NotNull(result);
        Assert.Equal("/zatec/seniori/2020/zapis-brezen-ii/", result.Document.Url);
        Assert.True(result.Document.HasOwnSlug);
        Assert.Equal(new SourcePosition("input/" + DefaultPath, 7, 7), result.Document.AddressAt);
    }

    [Fact]
    public void Slug_of_a_document_without_group_follows_the_region_and_year()
    {
        var (result, diagnostics) = ValidateDocument(Markdown(Minutes(("type", "type: news"), ("group", null), ("slug", "slug: tiskova-zprava"))));

        Assert.Empty(diagnostics);
        Assert.Equal("/zatec/2020/tiskova-zprava/", result!.Document.Url);
    }

    [Fact]
    public void Document_without_slug_has_none()
    {
        var (result, _) = ValidateDocument(Markdown(Minutes()));

        Assert.False(result!.Document.HasOwnSlug);
    }

    [Theory]
    [InlineData("Můj zápis", "'slug': 'Můj zápis' is not a valid id; use lower-case letters without accents, digits and dashes, e.g. 'muj-zapis'")]
    [InlineData("../../etc", "'slug': '../../etc' is not a valid id; use lower-case letters without accents, digits and dashes, e.g. 'etc'")]
    [InlineData("strana", "'slug': 'strana' is used by the site's page numbering; choose another")]
    public void Invalid_slug_is_an_error_and_the_title_gives_the_address(string slug, string message)
    {
        var (result, diagnostics) = ValidateDocument(Markdown(Minutes(("slug", $"slug: \"{slug}\""))));

        var error = SingleError(diagnostics);
        Assert.Equal((7, 7, message), (error.Line, error.Column, error.Message.English));
        Assert.False(result!.Document.HasOwnSlug);
        Assert.Equal("/zatec/seniori/2020/2020-06-10-zapis-z-jednani/", result.Document.Url);
    }

    [Fact]
    public void Task_without_text_is_an_error_located_in_the_list()
    {
        var (result, diagnostics) = ValidateDocument(Markdown(Minutes(("tasks", "tasks:\n  - owner: Jana\n    due: 2020-13-01"))));

        Assert.Equal(2, diagnostics.Count);
        Assert.Equal((8, 5), (diagnostics[0].Line, diagnostics[0].Column));
        Assert.Equal("missing required key 'tasks[0].task' (what is to be done)", diagnostics[0].Message.English);
        Assert.Equal((9, 10), (diagnostics[1].Line, diagnostics[1].Column));
        Assert.Equal("'tasks[0].due': '2020-13-01' is not a real date (check the day and month)", diagnostics[1].Message.English);
        Assert.Empty(result!.Document.Tasks);
    }

    [Fact]
    public void Single_text_is_taken_as_a_list_of_one()
    {
        var (result, diagnostics) = ValidateDocument(Markdown(Minutes(("agenda", "agenda: Úvod"), ("tags", "tags: dluhy"))));

        Assert.Empty(diagnostics);
        Assert.Equal(["Úvod"], result!.Document.Agenda);
        Assert.Equal([new Tag("dluhy", "dluhy", "/stitky/dluhy/")], result.Document.Tags);
    }

    [Fact]
    public void List_item_that_is_not_text_is_an_error()
    {
        var (_, diagnostics) = ValidateDocument(Markdown(Minutes(("agenda", "agenda:\n  - Úvod\n  - bod:\n      - 2"))));

        var error = SingleError(diagnostics);
        Assert.Equal((9, 5), (error.Line, error.Column));
        Assert.Equal("'agenda[1]' must be text, not a set of 'key: value' lines", error.Message.English);
    }

    [Fact]
    public void List_item_read_as_a_key_and_value_shows_it_in_quotes()
    {
        // Valid YAML, but the editor wrote one text with ': ' in it.
        var (_, diagnostics) = ValidateDocument(Markdown(Minutes(("agenda", "agenda:\n  - Úvod\n  - Komunitní plán: připomínky"))));

        var error = SingleError(diagnostics);
        Assert.Equal((9, 5), (error.Line, error.Column));
        Assert.Equal(
            "'agenda[1]' must be text, not a set of 'key: value' lines; if ': ' is part of the text, put it in quotes: - \"Komunitní plán: připomínky\"",
            error.Message.English);
    }

    [Fact]
    public void Tag_without_letters_is_an_error()
    {
        var (_, diagnostics) = ValidateDocument(Markdown(Minutes(("tags", "tags:\n  - \"–\""))));

        var error = SingleError(diagnostics);
        Assert.Equal((8, 5), (error.Line, error.Column));
        Assert.Equal("'tags': '–' has no letters or digits to make a page address from", error.Message.English);
    }

    [Fact]
    public void Plan_reference_that_is_not_an_id_is_an_error()
    {
        var (result, diagnostics) = ValidateDocument(Markdown(Minutes(("plans", "plans:\n  - Komunitní plán"))));

        var error = SingleError(diagnostics);
        Assert.Equal((8, 5), (error.Line, error.Column));
        Assert.Equal("'plans': 'Komunitní plán' is not a plan id (lower-case letters, digits and dashes)", error.Message.English);
        Assert.Empty(PlanFacts.Of(result!.Document).Discusses);
    }

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("/a/../../b")]
    [InlineData("https://stary-web.cz/zapis")]
    [InlineData("stare-zapisy/2020")]
    [InlineData("/stare zapisy/")]
    [InlineData("/žatec/")]
    public void Alias_that_is_not_a_site_path_is_an_error(string alias)
    {
        var (result, diagnostics) = ValidateDocument(Markdown(Minutes(("aliases", $"aliases:\n  - \"{alias}\""))));

        var error = SingleError(diagnostics);
        Assert.Equal((8, 5), (error.Line, error.Column));
        Assert.Equal($"'aliases': '{alias}' is not a path on this site; write it like /stare-zapisy/2020/zapis/", error.Message.English);
        Assert.Empty(RedirectsExtension.Of(result!.Document));
    }

    [Theory]
    [InlineData("true")]
    [InlineData("yes")]
    [InlineData("ano")]
    [InlineData("True")]
    public void Draft_flag_marks_the_document(string value)
    {
        var (result, diagnostics) = ValidateDocument(Markdown(Minutes(("draft", $"draft: {value}"))));

        Assert.Empty(diagnostics);
        Assert.NotNull(result);
        Assert.True(result.IsDraft);
    }

    [Theory]
    [InlineData("false")]
    [InlineData("ne")]
    public void Draft_false_is_published(string value)
    {
        var (result, diagnostics) = ValidateDocument(Markdown(Minutes(("draft", $"draft: {value}"))));

        Assert.Empty(diagnostics);
        Assert.False(result!.IsDraft);
    }

    [Fact]
    public void Draft_flag_must_be_a_boolean()
    {
        var (_, diagnostics) = ValidateDocument(Markdown(Minutes(("draft", "draft: možná"))));

        var error = SingleError(diagnostics);
        Assert.Equal((7, 8), (error.Line, error.Column));
        Assert.Equal("'draft' must be true or false", error.Message.English);
    }

    [Fact]
    public void Id_on_minutes_is_a_warning()
    {
        var (result, diagnostics) = ValidateDocument(Markdown(Minutes(("id", "id: kp-zatec"))));

        Assert.NotNull(result);
        var warning = Assert.Single(diagnostics);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal((7, 5), (warning.Line, warning.Column));
        Assert.Equal("'id' is only used for plans (type: plan) and is ignored here", warning.Message.English);
        Assert.Null(PlanFacts.Of(result.Document).Plan);
    }

    private static string[] Plan(params (string Key, string? Line)[] overrides) =>
        Minutes([
            ("title", "title: \"Komunitní plán sociálních služeb Žatec 2020–2022\""),
            ("type", "type: plan"),
            ("date", "date: 2020-01-15"),
            ("group", null),
            ("id", "id: kp-zatec"),
            .. overrides,
        ]);

    [Fact]
    public void Plan_document_reads_its_plan_data()
    {
        var (result, diagnostics) = ValidateDocument(Markdown(Plan(
            ("period", "period: 2020-2022"),
            ("status", "status: approved"),
            ("approved_by", "approved_by: Zastupitelstvo města Žatec"))));

        Assert.Empty(diagnostics);
        Assert.NotNull(result);
        Assert.Equal(DocumentType.Plan, result.Document.Type);
        Assert.Equal(new PlanInfo("kp-zatec", "2020-2022", "approved", "Zastupitelstvo města Žatec"), PlanFacts.Of(result.Document).Plan);
        Assert.Equal("/zatec/2020/2020-01-15-komunitni-plan-socialnich-sluzeb-zatec-2020-2022/", result.Document.Url);
    }

    [Fact]
    public void Plan_without_id_is_an_error()
    {
        var (result, diagnostics) = ValidateDocument(Markdown(Plan(("id", null))));

        Assert.Null(result);
        var error = SingleError(diagnostics);
        Assert.Equal((2, 1), (error.Line, error.Column));
        Assert.Equal("missing required key 'id' (the plan's stable id, shared by all its versions)", error.Message.English);
    }

    [Fact]
    public void Plan_with_unknown_status_is_an_error_with_a_suggestion()
    {
        var (result, diagnostics) = ValidateDocument(Markdown(Plan(("status", "status: aproved"))));

        var error = SingleError(diagnostics);
        Assert.Equal((7, 9), (error.Line, error.Column));
        Assert.Equal("'status': 'aproved' is not a plan status; use draft, approved, in-force or expired (did you mean 'approved'?)", error.Message.English);
        Assert.NotNull(result);
        Assert.Null(PlanFacts.Of(result.Document).Plan!.Status);
    }

    [Fact]
    public void Path_traversal_in_plan_id_is_rejected()
    {
        var (result, diagnostics) = ValidateDocument(Markdown(Plan(("id", "id: \"../../etc\""))));

        Assert.Null(result);
        var error = SingleError(diagnostics);
        Assert.Equal((6, 5), (error.Line, error.Column));
        Assert.Equal("'id': '../../etc' is not a valid id; use lower-case letters without accents, digits and dashes, e.g. 'etc'", error.Message.English);
    }

    [Fact]
    public void Plan_id_with_accents_suggests_a_slug()
    {
        var (result, diagnostics) = ValidateDocument(Markdown(Plan(("id", "id: Plán Žatec"))));

        Assert.Null(result);
        var error = SingleError(diagnostics);
        Assert.EndsWith("e.g. 'plan-zatec'", error.Message.English);
    }

    [Fact]
    public void Plan_id_strana_is_reserved()
    {
        var (result, diagnostics) = ValidateDocument(Markdown(Plan(("id", "id: strana"))));

        Assert.Null(result);
        var error = SingleError(diagnostics);
        Assert.Equal("'id': 'strana' is used by the site's page numbering; choose another plan id", error.Message.English);
    }

    [Fact]
    public void Summary_falls_back_to_the_first_paragraph_of_the_body()
    {
        var body = "# Zápis\n\n- bod programu\n\nPrvní *odstavec* s [odkazem](https://example.cz/)\npokračuje na dalším řádku.\n\nDruhý odstavec.\n";

        var (result, diagnostics) = ValidateDocument(Markdown(Minutes(), body));

        Assert.Empty(diagnostics);
        Assert.Equal("První odstavec s odkazem pokračuje na dalším řádku.", result!.Document.Summary);
        Assert.True(result.Document.SummaryIsExcerpt);
    }

    [Fact]
    public void Summary_from_the_front_matter_is_kept_in_full()
    {
        var summary = string.Join(' ', Enumerable.Repeat("slovo", 60));

        var (result, diagnostics) = ValidateDocument(Markdown(Minutes(("summary", $"summary: \"{summary}\""))));

        Assert.Empty(diagnostics);
        Assert.Equal(summary, result!.Document.Summary);
        Assert.False(result.Document.SummaryIsExcerpt);
    }

    [Fact]
    public void Every_problem_of_the_file_is_reported_in_one_run()
    {
        var (result, diagnostics) = ValidateDocument(Markdown(Minutes(
            ("date", "date: 2020-02-30"),
            ("region", "region: zatek"),
            ("time", "time: \"25:00\""),
            ("autor", "autor: Jana"))));

        Assert.Null(result);
        Assert.Equal(
            [(4, Severity.Error), (5, Severity.Error), (7, Severity.Error), (8, Severity.Warning)],
            diagnostics.Select(d => (d.Line, d.Severity)));
        Assert.Contains("'date'", diagnostics[0].Message.English);
        Assert.Contains("did you mean 'zatec'", diagnostics[1].Message.English);
        Assert.Contains("'time'", diagnostics[2].Message.English);
        Assert.Contains("did you mean 'author'", diagnostics[3].Message.English);
    }

    [Fact]
    public void File_without_front_matter_is_rejected_before_yaml()
    {
        var (result, diagnostics) = ValidateDocument("# Zápis\n\nText\n");

        Assert.Null(result);
        var error = SingleError(diagnostics);
        Assert.Equal((1, 1), (error.Line, error.Column));
        Assert.Contains("'---'", error.Message.English);
    }

    [Fact]
    public void A_body_with_more_brackets_than_markdown_can_read_quickly_is_an_error_at_the_first_one_too_many()
    {
        var body = Lines("Úvod.", "ab" + string.Concat(Enumerable.Repeat("[x](", DocumentValidator.MaxBrackets)) + "[y](");

        var (_, diagnostics) = ValidateDocument(Markdown(Minutes(), body));

        var error = SingleError(diagnostics);
        Assert.Equal((9, 3 + 4 * DocumentValidator.MaxBrackets), (error.Line, error.Column));
        Assert.StartsWith($"the text has {DocumentValidator.MaxBrackets + 1} '[' characters", error.Message.English);
    }

    [Fact]
    public void A_body_at_the_bracket_limit_is_accepted()
    {
        var (result, diagnostics) = ValidateDocument(Markdown(Minutes(), new string('[', DocumentValidator.MaxBrackets) + "\n"));

        Assert.NotNull(result);
        Assert.DoesNotContain(diagnostics, d => d.Severity == Severity.Error);
    }
}
