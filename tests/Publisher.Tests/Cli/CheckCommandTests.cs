using Publisher.Tests.Support;

namespace Publisher.Tests.Cli;

/// <summary><c>check</c> runs every stage of a build, every page rendered, into no output: it writes nothing.</summary>
public sealed class CheckCommandTests : IDisposable
{
    private readonly CommandLineSite _site = new();

    public void Dispose() => _site.Dispose();

    /// <summary>Checks the site with messages in English; <see cref="CheckInCzech"/> keeps the program's own choice, Czech.</summary>
    private int Check(out string output, out string errors, params string[] options) => CheckInCzech(out output, out errors, ["--lang", "en", .. options]);

    private int CheckInCzech(out string output, out string errors, params string[] options)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = PublisherCli.Run(["check", "--input", _site.Input, "--theme", _site.Theme, .. options], stdout, stderr);
        output = RunToRunText.Hidden(stdout.ToString());
        errors = RunToRunText.Hidden(stderr.ToString());
        return exit;
    }

    /// <summary>A document with an impossible date in its front matter and one with a broken link in its body.</summary>
    private (string FrontMatter, string Body) AddTwoBrokenDocuments() => (
        _site.AddDocument("spatny.md", "---\ntitle: A\ntype: minutes\ndate: 2021-13-01\nregion: zatec\ngroup: socialni-prevence-a-odborne-socialni-poradenstvi\n---\nText.\n"),
        _site.AddDocument("odkaz.md", "---\ntitle: B\ntype: minutes\ndate: 2021-05-04\nregion: zatec\ngroup: socialni-prevence-a-odborne-socialni-poradenstvi\n---\nViz [nic](/nic/).\n"));

    [Fact]
    public void A_good_site_checks_without_a_word_and_nothing_is_written()
    {
        var before = OutputSnapshot.Tree(_site.Root);

        var exit = Check(out var output, out var errors);

        Assert.Equal(0, exit);
        Assert.Equal("", errors);
        Assert.Equal("Checked 5 document(s): 59 pages, 0 warning(s); nothing was written.\n", output);
        Assert.Equal(before, OutputSnapshot.Tree(_site.Root));
    }

    [Fact]
    public void Errors_in_front_matter_and_in_a_body_are_reported_in_one_run_and_nothing_is_written()
    {
        var (frontMatter, body) = AddTwoBrokenDocuments();
        var before = OutputSnapshot.Tree(_site.Root);

        var exit = Check(out var output, out var errors);

        Assert.Equal(1, exit);
        Assert.Equal("", output);
        Assert.Equal(
        [
            $"{body}:8:5: error: broken link '/nic/' (nothing is published at /nic/)",
            $"{frontMatter}:4:7: error: 'date': '2021-13-01' is not a real date (check the day and month)",
            "Check failed: 2 error(s), 0 warning(s).",
        ], errors.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(before, OutputSnapshot.Tree(_site.Root));
    }

    [Fact]
    public void With_the_github_format_problems_are_annotations_on_standard_output_and_the_summary_stays_on_standard_error()
    {
        var (frontMatter, body) = AddTwoBrokenDocuments();

        var exit = Check(out var output, out var errors, "--format", "github");

        Assert.Equal(1, exit);
        Assert.Equal(
        [
            $"::error file={body},line=8,col=5,title=Publisher::broken link '/nic/' (nothing is published at /nic/)",
            $"::error file={frontMatter},line=4,col=7,title=Publisher::'date': '2021-13-01' is not a real date (check the day and month)",
        ], output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal("Check failed: 2 error(s), 0 warning(s).\n", errors);
    }

    [Fact]
    public void The_summary_ends_with_how_long_the_check_took()
    {
        var stdout = new StringWriter();
        var czech = new StringWriter();

        PublisherCli.Run(["--lang", "en", "check", "--input", _site.Input, "--theme", _site.Theme], stdout, new StringWriter());
        PublisherCli.Run(["check", "--input", _site.Input, "--theme", _site.Theme], czech, new StringWriter());

        Assert.Matches(@"^Checked 5 document\(s\): 59 pages, 0 warning\(s\), in \d+\.\d s; nothing was written\.\n$", stdout.ToString());
        Assert.Matches(@"^Zkontrolováno: 5 dokumentů, 59 stránek, 0 varování, za \d+,\d s; nic se nezapsalo\.\n$", czech.ToString());
    }

    [Fact]
    public void In_Czech_a_good_site_checks_with_only_the_summary()
    {
        var exit = CheckInCzech(out var output, out var errors);

        Assert.Equal((0, ""), (exit, errors));
        Assert.Equal("Zkontrolováno: 5 dokumentů, 59 stránek, 0 varování; nic se nezapsalo.\n", output);
    }

    [Fact]
    public void In_Czech_the_same_errors_are_reported_in_the_same_shape_with_Czech_words()
    {
        var (frontMatter, body) = AddTwoBrokenDocuments();

        var exit = CheckInCzech(out var output, out var errors);

        Assert.Equal((1, ""), (exit, output));
        Assert.Equal(
        [
            $"{body}:8:5: chyba: nefunkční odkaz '/nic/' (na adrese /nic/ se nic nezveřejňuje)",
            $"{frontMatter}:4:7: chyba: 'date': '2021-13-01' není skutečné datum (zkontrolujte den a měsíc)",
            "Kontrola neprošla: 2 chyby, 0 varování.",
        ], errors.Split('\n', StringSplitOptions.RemoveEmptyEntries));

        var annotated = CheckInCzech(out var annotations, out var summary, "--format", "github");

        Assert.Equal(1, annotated);
        Assert.Equal(
        [
            $"::error file={body},line=8,col=5,title=Publisher::nefunkční odkaz '/nic/' (na adrese /nic/ se nic nezveřejňuje)",
            $"::error file={frontMatter},line=4,col=7,title=Publisher::'date': '2021-13-01' není skutečné datum (zkontrolujte den a měsíc)",
        ], annotations.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal("Kontrola neprošla: 2 chyby, 0 varování.\n", summary);
    }

    [Fact]
    public void A_warning_is_a_varovani_in_Czech()
    {
        var document = _site.AddDocument("kontakt.md", "---\ntitle: A\ntype: minutes\ndate: 2021-05-04\nregion: zatec\ngroup: socialni-prevence-a-odborne-socialni-poradenstvi\n---\nPište na jana.novakova@example.cz.\n");

        var exit = CheckInCzech(out var output, out var errors);

        Assert.Equal(0, exit);
        Assert.Equal(
            $"{document}:8:10: varování: osobní údaje: zveřejnila by se e-mailová adresa jana.novakova@example.cz; odstraňte tento údaj, nebo jde-li o úřední kontakt zveřejněný záměrně, přidejte jej do 'personal_data: allow:' v site.yml\n",
            errors);
        Assert.EndsWith(", 1 varování; nic se nezapsalo.\n", output);
    }

    [Fact]
    public void An_annotation_cannot_be_ended_early_or_forged_by_the_file_name_or_the_values_it_quotes()
    {
        // ',' and ':' end a property, '%' starts an escape and a line break a new command, in the runner's reading.
        var document = _site.AddDocument("a,b:c%0A.md", "---\ntitle: A\ntype: minutes\ndate: \"1::error file=x::%0Apadělek\"\nregion: zatec\ngroup: socialni-prevence-a-odborne-socialni-poradenstvi\n---\nText.\n");

        Check(out var output, out _, "--format", "github");

        var line = Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        var file = document.Replace("%", "%25").Replace(":", "%3A").Replace(",", "%2C");
        Assert.StartsWith($"::error file={file},line=4,col=7,title=Publisher::'date': '1::error file=x::%250Apadělek'", line);
        Assert.DoesNotContain("%0A", line.Replace("%250A", ""));
    }

    [Fact]
    public void An_unknown_format_is_a_usage_error()
    {
        var exit = Check(out var output, out var errors, "--format", "xml");

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.StartsWith("error: Argument 'xml' not recognized", errors);
    }
}
