using Publisher.Tests.Support;

namespace Publisher.Tests.Cli;

/// <summary>
/// The corpus in Fixtures/broken: each file, added to the real input, fails the build with exit code 1 and prints the
/// whole line listed in expected.tsv, and the output built before stays byte-identical.
/// </summary>
public sealed class BrokenInputCorpusTests : IDisposable
{
    private static readonly string Corpus = Path.Combine(RepositoryPaths.Fixtures, "broken");
    private readonly CommandLineSite _site = new();

    public void Dispose() => _site.Dispose();

    public static TheoryData<string, string> Cases()
    {
        var cases = new TheoryData<string, string>();
        foreach (var line in File.ReadAllLines(Path.Combine(Corpus, "expected.tsv")).Where(l => l.Length > 0 && !l.StartsWith('#')))
        {
            var parts = line.Split('\t');
            cases.Add(parts[0], parts[1]);
        }
        return cases;
    }

    [Fact]
    public void The_corpus_lists_every_broken_file_and_has_at_least_twenty()
    {
        var files = Directory.EnumerateFiles(Corpus, "*.md").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal).ToList();
        var listed = Cases().Select(c => (string)c[0]).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(files, listed);
        Assert.True(files.Count >= 20);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_broken_file_fails_the_build_with_its_message_and_leaves_the_output(string file, string expected)
    {
        var before = OutputSnapshot.Of(_site.Output);
        var path = _site.AddDocument(file, File.ReadAllBytes(Path.Combine(Corpus, file)));

        Assert.Equal(1, Run(out var errors));
        var line = Path.Combine(Path.GetDirectoryName(path)!, expected.Replace("{input}", _site.Input, StringComparison.Ordinal));
        Assert.Contains(line, errors.Split('\n'));
        Assert.Equal(before, OutputSnapshot.Of(_site.Output));
    }

    [Fact]
    public void A_twenty_megabyte_document_is_refused_and_leaves_the_output()
    {
        var before = OutputSnapshot.Of(_site.Output);
        var path = _site.AddDocument("obrovsky.md", "---\ntitle: Velký\n---\n" + new string('a', 20 * 1024 * 1024));

        Assert.Equal(1, Run(out var errors));
        Assert.Contains(path + ":1:1: error: the file is 20.0 MB; a document may have at most 5 MB", errors);
        Assert.Equal(before, OutputSnapshot.Of(_site.Output));
    }

    private int Run(out string errors) => _site.Run(out _, out errors);
}
