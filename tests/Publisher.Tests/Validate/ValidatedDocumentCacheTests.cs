using Publisher.Core.Build;
using Publisher.Core.Diagnostics;
using Publisher.Core.Extensions;
using Publisher.Core.Load;
using Publisher.Core.Model;
using Publisher.Core.Validate;
using Publisher.Tests.Support;

namespace Publisher.Tests.Validate;

/// <summary>
/// Reads of one input folder again and again (the preview's) take the checks of unchanged files from the cache, and
/// do not even read a file whose stamp shows it unchanged since well before it was last read; every change is seen.
/// </summary>
public sealed class ValidatedDocumentCacheTests : IDisposable
{
    private static readonly DateTime LongAgo = new(2025, 1, 1, 12, 0, 0, DateTimeKind.Utc);

    private readonly TempDirectory _temp = new();
    private readonly string _input;
    private readonly string _document;
    // The files were all just copied: a clock a while ahead sees them settled, and is put back to see a change unsettled.
    private readonly ShiftedClock _clock = new() { Ahead = TimeSpan.FromMinutes(1) };
    private readonly ValidatedDocumentCache _cache;

    public ValidatedDocumentCacheTests()
    {
        _cache = new ValidatedDocumentCache(_clock);
        _input = _temp.Combine("input");
        TempDirectory.CopyTree(RepositoryPaths.Input, _input);
        foreach (var file in Directory.EnumerateFiles(_input, "*", SearchOption.AllDirectories))
            File.SetLastWriteTimeUtc(file, LongAgo);
        _document = Directory.EnumerateFiles(Path.Combine(_input, "documents"), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).First();
    }

    public void Dispose() => _temp.Dispose();

    private int DocumentCount => Directory.EnumerateFiles(Path.Combine(_input, "documents"), "*.md", SearchOption.AllDirectories).Count();

    private SiteContent Read(out DiagnosticBag diagnostics)
    {
        diagnostics = new DiagnosticBag();
        return SiteContent.Read(new ContentLoader(_input, "input"), StandardExtensions.Create(), diagnostics, NoBuildProgress.Instance, _cache)!;
    }

    private Document DocumentAt(SiteContent content, string relativePath) =>
        content.Published.Single(d => d.Source == relativePath);

    private string RelativePath => Path.GetRelativePath(_input, _document).Replace('\\', '/');

    [LinuxFact]
    public void Files_settled_since_their_last_read_are_taken_without_being_read()
    {
        Read(out _);
        Assert.Equal(0, _cache.TakenUnread);

        Read(out _);

        Assert.Equal(DocumentCount, _cache.TakenUnread);
        Assert.Empty(_cache.Changed);
    }

    [LinuxFact]
    public void A_file_written_again_to_the_same_size_with_its_old_time_put_back_is_read_and_checked_anew()
    {
        Read(out _);
        var text = File.ReadAllText(_document);
        var title = DocumentAt(Read(out _), RelativePath).Title;
        // The same size in bytes, the time of the last change put back: only the entry's change time and the content
        // tell the file changed.
        var crossedOut = new string([.. title.Select(c => char.IsAsciiLetter(c) ? 'X' : c)]);
        var changed = text.Replace(title, crossedOut, StringComparison.Ordinal);
        Assert.NotEqual(text, changed);
        File.WriteAllText(_document, changed);
        File.SetLastWriteTimeUtc(_document, LongAgo);

        var content = Read(out _);

        Assert.Equal(crossedOut, DocumentAt(content, RelativePath).Title);
        Assert.Equal(new FileInfo(_document).Length, System.Text.Encoding.UTF8.GetByteCount(changed));
        Assert.Equal(DocumentCount - 1, _cache.TakenUnread);
        Assert.Equal([RelativePath], _cache.Changed);
    }

    [LinuxFact]
    public void A_file_changed_just_before_it_was_read_is_read_again_next_time_though_its_stamp_is_the_same()
    {
        Read(out _);
        File.AppendAllText(_document, "\nNový odstavec.\n");
        _clock.Ahead = TimeSpan.Zero;

        var first = Read(out _);
        var second = Read(out _);

        // Its stamp, taken within moments of its change, could stay the same through a second write on a file system
        // that keeps coarse times; so it is read each time until it has settled.
        Assert.Equal(DocumentCount - 1, _cache.TakenUnread);
        Assert.Empty(_cache.Changed);
        Assert.Equal(first.Published.Count, second.Published.Count);
    }

    [LinuxFact]
    public void A_file_made_invalid_is_reported_and_the_problem_stays_reported_while_it_is_taken_unread()
    {
        Read(out _);
        File.WriteAllText(_document, File.ReadAllText(_document).Replace("title:", "titel:", StringComparison.Ordinal));
        File.SetLastWriteTimeUtc(_document, LongAgo);

        Read(out var checkedAnew);
        Read(out var takenUnread);

        Assert.Contains(checkedAnew.Sorted(), d => d.Severity == Severity.Error && d.File.EndsWith(RelativePath, StringComparison.Ordinal));
        Assert.Equal(DocumentCount, _cache.TakenUnread);
        Assert.Equal(checkedAnew.Sorted(), takenUnread.Sorted());
    }

    [LinuxFact]
    public void A_document_replaced_by_a_link_to_a_file_outside_the_input_is_not_taken_from_the_cache()
    {
        Read(out _);
        var outside = _temp.Combine("outside.md");
        File.Copy(_document, outside);
        File.Delete(_document);
        File.CreateSymbolicLink(_document, outside);

        Read(out var diagnostics);

        Assert.Contains(diagnostics.Sorted(), d => d.Severity == Severity.Error && d.File.EndsWith(RelativePath, StringComparison.Ordinal));
        Assert.Equal(DocumentCount - 1, _cache.TakenUnread);
    }

    [LinuxFact]
    public void Files_read_too_soon_after_they_changed_are_stamped_once_settled_and_then_not_read_again()
    {
        _clock.Ahead = TimeSpan.Zero;
        Read(out _);
        Read(out _);
        Assert.Equal(0, _cache.TakenUnread);
        Assert.True(_cache.HasUnstampedFiles);

        _clock.Ahead = TimeSpan.FromMinutes(1);
        var stamped = _cache.StampSettled(new ContentLoader(_input, "input"));
        Read(out _);

        Assert.Equal(DocumentCount, stamped);
        Assert.False(_cache.HasUnstampedFiles);
        Assert.Equal(DocumentCount, _cache.TakenUnread);
    }

    [LinuxFact]
    public void A_file_changed_since_it_was_checked_is_not_stamped_but_read_and_checked_anew()
    {
        _clock.Ahead = TimeSpan.Zero;
        Read(out _);
        File.WriteAllText(_document, File.ReadAllText(_document).Replace("title: \"", "title: \"Opravený ", StringComparison.Ordinal));

        _clock.Ahead = TimeSpan.FromMinutes(1);
        var stamped = _cache.StampSettled(new ContentLoader(_input, "input"));
        var content = Read(out _);

        Assert.Equal(DocumentCount - 1, stamped);
        Assert.StartsWith("Opravený ", DocumentAt(content, RelativePath).Title, StringComparison.Ordinal);
        Assert.Equal([RelativePath], _cache.Changed);
        Assert.Equal(DocumentCount - 1, _cache.TakenUnread);
    }
}
