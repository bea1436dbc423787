using Publisher.Core.Build;
using Publisher.Core.Diagnostics;
using Publisher.Core.Extensions;
using Publisher.Core.Load;
using Publisher.Core.Model;
using Publisher.Core.Render.Reuse;
using Publisher.Core.Validate;
using Publisher.Tests.Support;

namespace Publisher.Tests.Validate;

/// <summary>
/// A build takes the checks of the files that did not change from the record the build before it wrote: the documents
/// it reads back are the ones checked, the problems are reported again, and what changed, or what the record cannot
/// vouch for, is checked anew.
/// </summary>
public sealed class CheckedDocumentsRecordTests : IDisposable
{
    private static readonly DateTime LongAgo = new(2025, 1, 1, 12, 0, 0, DateTimeKind.Utc);
    private const string Liberec = "documents/liberec/2020/2020-02-17-setkani-skupiny-pro-cizince.md";

    private readonly TempDirectory _temp = new();
    private readonly string _input;
    // The files were all just copied: a clock a while ahead sees their stamps settled.
    private readonly ShiftedClock _clock = new() { Ahead = TimeSpan.FromMinutes(1) };
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
        foreach (var file in Directory.EnumerateFiles(_input, "*", SearchOption.AllDirectories))
            File.SetLastWriteTimeUtc(file, LongAgo);
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
        var first = new CheckedDocumentsRecord(null, _clock);
        Read(first);
        between?.Invoke();
        return (first, new CheckedDocumentsRecord(Written(first), _clock));
    }

    [Fact]
    public void The_documents_read_back_are_the_documents_checked_to_the_last_value()
    {
        var first = new CheckedDocumentsRecord(null, _clock);
        var (checkedContent, _) = Read(first);
        var second = new CheckedDocumentsRecord(Written(first), _clock);

        var (recordedContent, _) = Read(second);

        Assert.False(second.Damaged);
        Assert.Empty(second.Checks.Changed);
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

    [LinuxFact]
    public void Files_whose_stamps_are_recorded_are_not_read_at_all()
    {
        var (_, second) = TwoBuilds();

        Read(second);

        Assert.Equal(DocumentCount, second.Checks.TakenUnread);
    }

    [Fact]
    public void The_problems_of_unchanged_files_are_reported_again()
    {
        var first = new CheckedDocumentsRecord(null, _clock);
        var (_, checkedProblems) = Read(first);
        var second = new CheckedDocumentsRecord(Written(first), _clock);

        var (_, recordedProblems) = Read(second);

        Assert.Empty(second.Checks.Changed);
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
            File.SetLastWriteTimeUtc(path, LongAgo.AddHours(1));
        });

        var (content, _) = Read(second);

        Assert.Equal([Liberec], second.Checks.Changed);
        Assert.StartsWith("Opravené ", content.Published.Single(d => d.Source == Liberec).Title, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_with_the_recorded_text_but_a_new_stamp_is_read_and_not_checked_again()
    {
        var path = Path.Combine(_input, Liberec);
        var (_, second) = TwoBuilds(() => File.WriteAllText(path, File.ReadAllText(path)));

        Read(second);

        Assert.Empty(second.Checks.Changed);
        Assert.Equal(DocumentCount - 1, second.Checks.TakenUnread);
    }

    [Theory]
    [InlineData("site.yml")]
    [InlineData("regions.yml")]
    [InlineData("another input folder")]
    public void A_record_made_in_another_context_is_not_used_nor_reported(string change)
    {
        var (_, second) = TwoBuilds(() =>
        {
            if (change == "site.yml") File.AppendAllText(Path.Combine(_input, "site.yml"), "\n# poznámka\n");
            if (change == "regions.yml") File.AppendAllText(Path.Combine(_input, "regions.yml"), "\n# poznámka\n");
        });
        var diagnostics = new DiagnosticBag();
        var loader = new ContentLoader(_input, change == "another input folder" ? "web/input" : "input");

        SiteContent.Read(loader, _features, diagnostics, NoBuildProgress.Instance, recorded: second);

        Assert.False(second.Damaged);
        Assert.Equal(DocumentCount, second.Checks.Changed.Count);
        Assert.Equal(0, second.Checks.TakenUnread);
    }

    [Theory]
    [InlineData("cut short")]
    [InlineData("one byte changed")]
    [InlineData("another tool's")]
    [InlineData("empty")]
    public void A_damaged_or_foreign_record_is_noticed_and_every_file_checked_again(string damage)
    {
        var first = new CheckedDocumentsRecord(null, _clock);
        var (checkedContent, _) = Read(first);
        var bytes = Written(first);
        var second = new CheckedDocumentsRecord(damage switch
        {
            "cut short" => bytes[..(bytes.Length / 2)],
            "one byte changed" => [.. bytes[..(bytes.Length / 2)], (byte)(bytes[bytes.Length / 2] ^ 1), .. bytes[(bytes.Length / 2 + 1)..]],
            "another tool's" => "{\"documents\": []}"u8.ToArray(),
            _ => [],
        }, _clock);

        var (content, _) = Read(second);

        Assert.True(second.Damaged);
        Assert.Equal(DocumentCount, second.Checks.Changed.Count);
        Assert.Equal(checkedContent.Published.Count, content.Published.Count);
    }
}
