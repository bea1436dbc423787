using Publisher.Core.Build;
using Publisher.Core.Diagnostics;
using Publisher.Core.Extensions;
using Publisher.Core.Extensions.Redirects;
using Publisher.Core.Load;
using Publisher.Core.Model;
using Publisher.Core.Render.Reuse;
using Publisher.Core.Validate;
using Publisher.Tests.Support;

namespace Publisher.Tests.Validate;

/// <summary>
/// A build takes the checks of the files whose text did not change from the record the build before it wrote: the
/// documents it reads back are the ones checked, the problems are reported again, and what changed, drafts, and what
/// the record cannot vouch for are checked anew.
/// </summary>
public sealed class CheckedDocumentsRecordTests : IDisposable
{
    private const string Liberec = "documents/liberec/2020/2020-02-17-setkani-skupiny-pro-cizince.md";

    private readonly TempDirectory _temp = new();
    private readonly string _input;
    private readonly IReadOnlyList<SiteExtension> _features = StandardExtensions.Create();

    public CheckedDocumentsRecordTests()
    {
        _input = _temp.Combine("input");
        TempDirectory.CopyTree(RepositoryPaths.Input, _input);
        TempDirectory.CopyTree(Path.Combine(RepositoryPaths.Fixtures, "additions"), _input);
        // A document with a warning and one with an error: their problems are part of what is recorded.
        File.WriteAllText(Path.Combine(_input, "documents/liberec/2020/2020-03-01-varovani.md"),
            File.ReadAllText(Path.Combine(_input, Liberec)).Replace("date: 2020-02-17", "date: 2020-03-01\nnezname_pole: ano"));
        File.WriteAllText(Path.Combine(_input, "documents/liberec/2020/2020-03-02-chyba.md"),
            File.ReadAllText(Path.Combine(_input, Liberec)).Replace("date: 2020-02-17", "date: 2020-02-31"));
    }

    public void Dispose() => _temp.Dispose();

    private int DocumentCount => Directory.EnumerateFiles(Path.Combine(_input, "documents"), "*.md", SearchOption.AllDirectories).Count();

    private (SiteContent Content, DiagnosticBag Diagnostics) Read(CheckedDocumentsRecord record)
    {
        var diagnostics = new DiagnosticBag();
        var content = SiteContent.Read(new ContentLoader(_input, "input"), _features, diagnostics, NoBuildProgress.Instance, recorded: record)!;
        return (content, diagnostics);
    }

    private byte[] Written(CheckedDocumentsRecord record)
    {
        using var stream = new MemoryStream();
        record.WriteTo(stream, _features);
        return stream.ToArray();
    }

    /// <summary>A first build's record, read by a second build.</summary>
    private (CheckedDocumentsRecord First, CheckedDocumentsRecord Second) TwoBuilds(Action? between = null)
    {
        var first = new CheckedDocumentsRecord(null);
        Read(first);
        between?.Invoke();
        return (first, new CheckedDocumentsRecord(Written(first)));
    }

    [Fact]
    public void The_documents_read_back_are_the_documents_checked_to_the_last_value()
    {
        var first = new CheckedDocumentsRecord(null);
        var (checkedContent, _) = Read(first);
        var second = new CheckedDocumentsRecord(Written(first));

        var (recordedContent, _) = Read(second);

        Assert.False(second.Damaged);
        Assert.Equal(["documents/zatec/2021/2021-03-01-koncept.md"], second.Checks.Changed);
        // Every value, the places in the input too, and the features' data: plans and old addresses among it.
        var everything = new ValueFingerprint(new HashSet<Type>());
        Assert.Equal(checkedContent.Published.Select(d => everything.Of(d)), recordedContent.Published.Select(d => everything.Of(d)));
        Assert.All(checkedContent.Published, d => Assert.NotNull(everything.Of(d)));
        Assert.Contains(recordedContent.Published, d => d.Features.ContainsKey("plans"));
        Assert.Contains(recordedContent.Published, d => d.Features.ContainsKey("redirects"));
        Assert.Contains(recordedContent.Published, d => d.Group is not null && d.NextMeeting is not null && d.Tasks.Count > 0 && d.Tags.Count > 0);
        // Written again, the record is the same bytes.
        Assert.Equal(Written(first), Written(second));
    }

    [Fact]
    public void The_problems_of_unchanged_files_are_reported_again()
    {
        var first = new CheckedDocumentsRecord(null);
        var (_, checkedProblems) = Read(first);
        var second = new CheckedDocumentsRecord(Written(first));

        var (_, recordedProblems) = Read(second);

        Assert.Equal(["documents/zatec/2021/2021-03-01-koncept.md"], second.Checks.Changed);
        Assert.Contains(checkedProblems.Sorted(), d => d.Severity == Severity.Error && d.File.EndsWith("2020-03-02-chyba.md", StringComparison.Ordinal));
        Assert.Contains(checkedProblems.Sorted(), d => d.Severity == Severity.Warning && d.File.EndsWith("2020-03-01-varovani.md", StringComparison.Ordinal));
        Assert.Equal(checkedProblems.Sorted().Select(d => d.Format(MessageLanguage.Czech)), recordedProblems.Sorted().Select(d => d.Format(MessageLanguage.Czech)));
    }

    [Fact]
    public void A_changed_file_is_checked_again()
    {
        var path = Path.Combine(_input, Liberec);
        var (_, second) = TwoBuilds(() =>
        {
            File.WriteAllText(path, File.ReadAllText(path).Replace("title: \"Pracovní setkání", "title: \"Opravené pracovní setkání"));
        });

        var (content, _) = Read(second);

        Assert.Contains(Liberec, second.Checks.Changed);
        Assert.Equal(2, second.Checks.Changed.Count);
        Assert.StartsWith("Opravené ", content.Published.Single(d => d.Source == Liberec).Title, StringComparison.Ordinal);
    }

    [Fact]
    public void Drafts_are_not_recorded_and_are_checked_again()
    {
        const string Draft = "documents/zatec/2021/2021-03-01-koncept.md";
        var first = new CheckedDocumentsRecord(null);
        Read(first);
        var bytes = Written(first);
        var second = new CheckedDocumentsRecord(bytes);

        Read(second);

        Assert.Equal([Draft], second.Checks.Changed);
        // Not its title nor its tag: the record lies in the output folder, which a web server might serve whole.
        Assert.DoesNotContain("Koncept zápisu", System.Text.Encoding.UTF8.GetString(bytes));
        Assert.DoesNotContain("tajné-téma-konceptu", System.Text.Encoding.UTF8.GetString(bytes));
    }

    [Theory]
    [InlineData("site.yml")]
    [InlineData("regions.yml")]
    public void A_record_made_in_another_context_is_not_used_nor_reported(string change)
    {
        var (_, second) = TwoBuilds(() =>
        {
            if (change == "site.yml") File.AppendAllText(Path.Combine(_input, "site.yml"), "\n# poznámka\n");
            if (change == "regions.yml") File.AppendAllText(Path.Combine(_input, "regions.yml"), "\n# poznámka\n");
        });
        var diagnostics = new DiagnosticBag();
        var loader = new ContentLoader(_input, "input");

        SiteContent.Read(loader, _features, diagnostics, NoBuildProgress.Instance, recorded: second);

        Assert.False(second.Damaged);
        Assert.Equal(DocumentCount, second.Checks.Changed.Count);
    }

    [Fact]
    public void A_record_made_by_a_build_started_elsewhere_is_used_and_names_the_input_folder_as_this_build_does()
    {
        var (_, second) = TwoBuilds();
        var diagnostics = new DiagnosticBag();

        var content = SiteContent.Read(new ContentLoader(_input, "web/input"), _features, diagnostics, NoBuildProgress.Instance, recorded: second)!;

        Assert.Equal(["documents/zatec/2021/2021-03-01-koncept.md"], second.Checks.Changed);
        Assert.All(diagnostics.Sorted(), d => Assert.StartsWith("web/input/documents/", d.File, StringComparison.Ordinal));
        Assert.Contains(diagnostics.Sorted(), d => d.File == "web/input/documents/liberec/2020/2020-03-01-varovani.md");
        Assert.All(content.Published, d => Assert.Equal($"web/input/{d.Source}", d.AddressAt.File));
        Assert.Contains(content.Published, d => RedirectsExtension.Of(d) is [{ At.File: var file }, ..] && file == $"web/input/{d.Source}");
    }

    [Theory]
    [InlineData("cut short")]
    [InlineData("one byte changed")]
    [InlineData("another tool's")]
    [InlineData("empty")]
    public void A_damaged_or_foreign_record_is_noticed_and_every_file_checked_again(string damage)
    {
        var first = new CheckedDocumentsRecord(null);
        var (checkedContent, _) = Read(first);
        var bytes = Written(first);
        var second = new CheckedDocumentsRecord(damage switch
        {
            "cut short" => bytes[..(bytes.Length / 2)],
            "one byte changed" => [.. bytes[..(bytes.Length / 2)], (byte)(bytes[bytes.Length / 2] ^ 1), .. bytes[(bytes.Length / 2 + 1)..]],
            "another tool's" => "{\"documents\": []}"u8.ToArray(),
            _ => [],
        });

        var (content, _) = Read(second);

        Assert.True(second.Damaged);
        Assert.Equal(DocumentCount, second.Checks.Changed.Count);
        Assert.Equal(checkedContent.Published.Count, content.Published.Count);
    }
}
