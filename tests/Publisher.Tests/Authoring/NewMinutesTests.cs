using Publisher.Core.Authoring;
using Publisher.Tests.Support;

namespace Publisher.Tests.Authoring;

/// <summary><c>new</c> starts a group's minutes as a draft at the conventional path and never replaces a file.</summary>
public sealed class NewMinutesTests : IDisposable
{
    private const string Liberec = "liberec";
    private const string Foreigners = "cizinci-narodnostni-mensiny-a-osoby-ohrozene-socialnim-vyloucenim";
    private readonly CommandLineSite _site = new();

    public void Dispose() => _site.Dispose();

    private (int Exit, string Output, string Errors) New(params string[] arguments)
    {
        var output = new StringWriter();
        var errors = new StringWriter();
        var exit = PublisherCli.Run(["new", "--input", _site.Input, .. arguments], output, errors);
        return (exit, output.ToString(), errors.ToString());
    }

    private string FileOf(string region, string name) => Path.Combine(_site.Input, "documents", region, name[..4], name);

    [Fact]
    public void The_meeting_the_latest_minutes_announced_is_started_with_its_date_time_and_place_as_a_draft_that_checks()
    {
        var (exit, output, errors) = New("--region", Liberec, "--group", Foreigners);

        Assert.Equal(("", 0), (errors, exit));
        var file = FileOf(Liberec, $"2020-04-06-{Foreigners}.md");
        Assert.Equal($"Created {_site.Input}/documents/liberec/2020/2020-04-06-{Foreigners}.md (date, time and place as the minutes of 2020-02-17 announced them); fill it in, then delete the line 'draft: true' to publish it.\n", output);
        var text = File.ReadAllText(file);
        Assert.Contains("\ntitle: \"Zápis z jednání pracovní skupiny Cizinci, národnostní menšiny a osoby ohrožené sociálním vyloučením\"\n", text);
        Assert.Contains("\ndate: 2020-04-06\ntime: \"14:00\"\nregion: liberec\n", text);
        Assert.Contains("\nplace: \"MML\"\ndraft: true\n", text);
        foreach (var section in new[] { "Přítomni", "Program", "Úkoly", "Další schůzka", "Zapsal" })
            Assert.Contains($"# {section}", text);

        var check = new StringWriter();
        var checkErrors = new StringWriter();
        Assert.Equal(0, PublisherCli.Run(["check", "--input", _site.Input, "--theme", _site.Theme], check, checkErrors));
        Assert.Equal("", checkErrors.ToString());
        // A draft is checked and not published: the five seed documents stay the site.
        Assert.StartsWith("Checked 5 document(s)", check.ToString());
    }

    [Fact]
    public void Every_commented_section_filled_in_as_shown_checks_and_publishes()
    {
        New("--region", Liberec, "--group", Foreigners);
        var file = FileOf(Liberec, $"2020-04-06-{Foreigners}.md");
        // The commented keys and their indented lines are uncommented; the Czech notes stay comments.
        string[] keys = ["time:", "attendees:", "agenda:", "tasks:", "next_meeting:", "author:"];
        var filled = string.Join("\n", File.ReadAllLines(file)
            .Where(line => line != "draft: true")
            .Select(line => line.StartsWith("# ", StringComparison.Ordinal) && (line[2] == ' ' || keys.Any(key => line[2..].StartsWith(key, StringComparison.Ordinal))) ? line[2..] : line)) + "\n";
        File.WriteAllText(file, filled);

        var output = new StringWriter();
        var errors = new StringWriter();
        var exit = PublisherCli.Run(["check", "--input", _site.Input, "--theme", _site.Theme], output, errors);

        Assert.Equal("", errors.ToString());
        Assert.Equal(0, exit);
        Assert.StartsWith("Checked 6 document(s)", output.ToString());
        Assert.Contains("\nattendees:\n  present:\n    - Jméno Příjmení\n", filled);
    }

    [Fact]
    public void A_given_date_keeps_the_place_but_not_the_announced_time()
    {
        var (exit, _, _) = New("--region", Liberec, "--group", Foreigners, "--date", "2020-05-11");

        Assert.Equal(0, exit);
        var text = File.ReadAllText(FileOf(Liberec, $"2020-05-11-{Foreigners}.md"));
        Assert.Contains("\ndate: 2020-05-11\n# time: \"14:00\"\n", text);
        Assert.Contains("\nplace: \"MML\"\n", text);
    }

    [Theory]
    [InlineData("liberek", Foreigners, "error: unknown region 'liberek' (did you mean 'liberec'?); regions are defined in regions.yml\n")]
    [InlineData(Liberec, "cizinci", "error: region 'liberec' has no working group 'cizinci' (did you mean '" + Foreigners + "'?); its groups are defined in regions.yml\n")]
    public void An_unknown_region_or_group_creates_nothing(string region, string group, string message)
    {
        var before = OutputSnapshot.Tree(_site.Input);

        var (exit, output, errors) = New("--region", region, "--group", group);

        Assert.Equal((2, "", message), (exit, output, errors));
        Assert.Equal(before, OutputSnapshot.Tree(_site.Input));
    }

    [Fact]
    public void An_existing_file_is_never_replaced()
    {
        New("--region", Liberec, "--group", Foreigners);
        var file = FileOf(Liberec, $"2020-04-06-{Foreigners}.md");
        File.WriteAllText(file, "rozepsaný zápis");

        var (exit, _, errors) = New("--region", Liberec, "--group", Foreigners);

        Assert.Equal(2, exit);
        Assert.Equal($"error: {_site.Input}/documents/liberec/2020/2020-04-06-{Foreigners}.md already exists and new never replaces a file; edit it, or give another --date\n", errors);
        Assert.Equal("rozepsaný zápis", File.ReadAllText(file));
    }

    [Fact]
    public void A_region_folder_that_links_outside_the_input_is_not_written_through()
    {
        var outside = Path.Combine(_site.Root, "outside");
        Directory.CreateDirectory(outside);
        var regionFolder = Path.Combine(_site.Input, "documents", Liberec);
        Directory.Delete(regionFolder, recursive: true);
        Directory.CreateSymbolicLink(regionFolder, outside);

        var (exit, _, errors) = New("--region", Liberec, "--group", Foreigners, "--date", "2020-05-11");

        Assert.Equal(2, exit);
        Assert.StartsWith($"error: {_site.Input}/documents/liberec/2020 leads outside the input folder", errors);
        Assert.Empty(Directory.EnumerateFileSystemEntries(outside));
    }

    [Fact]
    public void A_group_without_minutes_starts_today_with_time_and_place_to_fill_in()
    {
        var created = NewMinutes.Create(_site.Input, "input", new NewMinutesRequest("jindrichuv-hradec", "seniori", null), new DateOnly(2026, 11, 30));

        Assert.Equal("input/documents/jindrichuv-hradec/2026/2026-11-30-seniori.md", created.DisplayPath);
        Assert.Equal("the group has no minutes yet, so the time and place are left to fill in", created.Origin.English);
        var text = File.ReadAllText(FileOf("jindrichuv-hradec", "2026-11-30-seniori.md"));
        Assert.Contains("\n# time: \"14:00\"\n", text);
        Assert.Contains("\n# place: \"Místo jednání\"\n", text);
    }
}
