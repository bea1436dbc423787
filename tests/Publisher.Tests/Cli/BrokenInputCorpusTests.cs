using System.Security.Cryptography;
using Publisher.Tests.Support;

namespace Publisher.Tests.Cli;

/// <summary>
/// The corpus in Fixtures/broken: each file, added to the real input, fails the build with exit code 1 and the
/// message listed in expected.tsv, and the output built before stays byte-identical.
/// </summary>
public sealed class BrokenInputCorpusTests : IDisposable
{
    private static readonly string Corpus = Path.Combine(RepositoryPaths.Fixtures, "broken");
    private readonly TempDirectory _temp = new();
    private readonly string _input;
    private readonly string _output;

    public BrokenInputCorpusTests()
    {
        _input = _temp.Combine("input");
        _output = _temp.Combine("output");
        TempDirectory.CopyTree(RepositoryPaths.Input, _input);
        Assert.Equal(0, Run(out _));
    }

    public void Dispose() => _temp.Dispose();

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
        var before = Snapshot(_output);
        var folder = Path.Combine(_input, "documents", "zatec", "2021");
        Directory.CreateDirectory(folder);
        File.Copy(Path.Combine(Corpus, file), Path.Combine(folder, file));

        Assert.Equal(1, Run(out var errors));
        Assert.Contains(Path.Combine(folder, expected), errors);
        Assert.Equal(before, Snapshot(_output));
    }

    [Fact]
    public void A_twenty_megabyte_document_is_refused_and_leaves_the_output()
    {
        var before = Snapshot(_output);
        var path = Path.Combine(_input, "documents", "zatec", "2021", "obrovsky.md");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "---\ntitle: Velký\n---\n" + new string('a', 20 * 1024 * 1024));

        Assert.Equal(1, Run(out var errors));
        Assert.Contains(path + ":1:1: error: the file is 20.0 MB; a document may have at most 5 MB", errors);
        Assert.Equal(before, Snapshot(_output));
    }

    private int Run(out string errors)
    {
        var stderr = new StringWriter();
        var exit = PublisherCli.Run(["build", "--input", _input, "--output", _output, "--theme", RepositoryPaths.Theme], new StringWriter(), stderr);
        errors = stderr.ToString();
        return exit;
    }

    private static string Snapshot(string directory) =>
        string.Join("\n", Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(f => f + " " + Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f)))));
}
