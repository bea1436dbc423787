using System.Text;
using Publisher.Tests.Support;

namespace Publisher.Tests.Cli;

/// <summary>
/// A bad file makes the build fail with a located message and exit code 1, and the site built before stays as it was.
/// Each case adds one file to a copy of the real input and builds over a previously built output folder.
/// </summary>
public sealed class BadInputTests : IDisposable
{
    private readonly CommandLineSite _site = new();

    public void Dispose() => _site.Dispose();

    private static readonly string Valid = CommandLineSite.Minutes();

    public static TheoryData<string, string, string> Cases => new()
    {
        { "missing title", Valid.Replace("title: \"Zápis z jednání\"\n", ""), ":2:1: error: missing required key 'title'" },
        { "unknown region", Valid.Replace("region: zatec", "region: zatek"), ":5:9: error: 'region': unknown region 'zatek' (did you mean 'zatec'?)" },
        { "invalid date", Valid.Replace("2021-05-04", "2020-02-30"), ":4:7: error: 'date': '2020-02-30' is not a real date" },
        { "Czech date", Valid.Replace("2021-05-04", "29. 3. 2018"), ":4:7: error: 'date': '29. 3. 2018' is not a date; write it as YYYY-MM-DD (did you mean 2018-03-29?)" },
        { "malformed YAML", Valid.Replace("type: minutes", "type: [minutes"), ":3:7: error: this '[' is never closed; end the list with ']'" },
        { "unterminated front matter", Valid.Replace("---\nText.", "Text."), ":1:1: error: the front matter that starts on line 1 is never closed" },
        { "body nested beyond any real document", Valid.Replace("Text.", new string('>', 20_000) + " text"), ":8:1: error: the body cannot be rendered: Markdown elements in the input are too deeply nested" },
        { "unknown plan", Valid.Replace("---\nText.", "plans:\n  - neexistujici-plan\n---\nText."), ":8:5: error: 'plans': no plan has the id 'neexistujici-plan'" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_bad_file_is_reported_at_its_line_and_leaves_the_output_untouched(string name, string content, string expected)
    {
        Assert.NotEmpty(name);
        var before = Snapshot();
        var file = AddDocument("spatny.md", content);

        var exit = Run(out _, out var errors);

        Assert.Equal(1, exit);
        Assert.Contains(file + expected, errors);
        Assert.Equal(before, Snapshot());
    }

    [Fact]
    public void A_file_that_is_not_UTF8_is_reported_with_the_fix()
    {
        var before = Snapshot();
        var bytes = Encoding.UTF8.GetBytes(Valid.Replace("Text.", "Zápis: "))
            .Concat(new byte[] { 0x9A, 0x6B, 0x6F, 0x6C, 0x61 }) // "škola" in Windows-1250
            .ToArray();
        var file = _site.AddDocument("cp1250.md", bytes);

        Assert.Equal(1, Run(out _, out var errors));
        Assert.Contains(file + ":8:8: error: the file is not valid UTF-8 (byte 0x9A); it looks like Windows-1250", errors);
        Assert.Equal(before, Snapshot());
    }

    [Fact]
    public void Two_documents_with_the_same_address_are_both_named()
    {
        var before = Snapshot();
        var first = AddDocument("prvni.md", Valid);
        var second = AddDocument("druhy.md", Valid);

        Assert.Equal(1, Run(out _, out var errors));
        Assert.Contains($"{first}:2:8: error: this document publishes to the same address /zatec/socialni-prevence-a-odborne-socialni-poradenstvi/2021/2021-05-04-zapis-z-jednani/ as {second}", errors);
        Assert.Contains($"{second}:2:8: error: this document publishes to the same address", errors);
        Assert.Equal(before, Snapshot());
    }

    [Fact]
    public void One_run_lists_every_error_of_every_file()
    {
        AddDocument("a.md", Valid.Replace("region: zatec", "region: nikde").Replace("2021-05-04", "2021-13-01"));
        AddDocument("b.md", Valid.Replace("title: \"Zápis z jednání\"\n", ""));

        Assert.Equal(1, Run(out _, out var errors));
        Assert.Contains("a.md:4:7: error: 'date'", errors);
        Assert.Contains("a.md:5:9: error: 'region'", errors);
        Assert.Contains("b.md:2:1: error: missing required key 'title'", errors);
        Assert.Contains("Build failed: 3 error(s)", errors);
    }

    [Fact]
    public void A_value_cannot_print_a_message_of_its_own()
    {
        var file = AddDocument("podvrh.md", Valid.Replace("region: zatec", "region: \"zatek\\ninput/other.md:3:1: error: forged\\n::error::injected\""));

        Assert.Equal(1, Run(out _, out var errors));
        var lines = errors.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(file + @":5:9: error: 'region': unknown region 'zatek\ninput/other.md:3:1: error: forged\n::error::injected'; regions are defined in regions.yml", lines);
        Assert.DoesNotContain(lines, line => line.StartsWith("input/other.md", StringComparison.Ordinal) || line.StartsWith("::", StringComparison.Ordinal));
    }

    [Fact]
    public void A_successful_build_replaces_the_output_and_reports_what_it_built()
    {
        AddDocument("dobry.md", Valid);
        Assert.Equal(0, Run(out var output, out var errors));
        Assert.Equal("", errors);
        Assert.StartsWith("Built 6 document(s)", output);
        Assert.True(File.Exists(Path.Combine(_site.Output, "zatec", "socialni-prevence-a-odborne-socialni-poradenstvi", "2021", "2021-05-04-zapis-z-jednani", "index.html")));
        Assert.Empty(Directory.EnumerateDirectories(_site.Root, ".output.*"));
    }

    private string AddDocument(string name, string content) => _site.AddDocument(name, content);

    private int Run(out string output, out string errors) => _site.Run(out output, out errors);

    private string Snapshot() => OutputSnapshot.Of(_site.Output, withWriteTimes: true);
}
