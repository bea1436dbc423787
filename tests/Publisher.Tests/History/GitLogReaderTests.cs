using System.Text;
using Publisher.Core.Extensions.History;

namespace Publisher.Tests.History;

public sealed class GitLogReaderTests
{
    private const string A = "1111111111111111111111111111111111111111";
    private const string B = "2222222222222222222222222222222222222222";
    private const string Blob1 = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
    private const string Blob2 = "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb";
    private const string Zero = "0000000000000000000000000000000000000000";

    private static List<(Commit Commit, List<FileChange> Changes)> Read(string log)
    {
        var commits = new List<(Commit, List<FileChange>)>();
        new GitLogReader(new MemoryStream(Encoding.UTF8.GetBytes(log))).Read((commit, changes) => commits.Add((commit, changes.ToList())));
        return commits;
    }

    [Fact]
    public void Commits_their_first_lines_and_changed_files_are_read_as_git_writes_them()
    {
        var log = $"{B}\u00001700000000\u0000Přesun\n\ntělo zprávy\n\u0000\n:100644 100644 {Blob1} {Blob2} R087\u0000in/a.md\u0000in/b\nc.md\u0000"
            + $"{A}\u00001600000000\u0000<b>\u0000\n:000000 100644 {Zero} {Blob1} A\u0000in/a.md\u0000";

        var commits = Read(log);

        Assert.Equal(2, commits.Count);
        Assert.Equal("Přesun", commits[0].Commit.Message);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1_700_000_000), commits[0].Commit.Time);
        Assert.Equal([new FileChange('R', "in/a.md", "in/b\nc.md", Blob2)], commits[0].Changes);
        Assert.Equal("<b>", commits[1].Commit.Message);
        Assert.Equal([new FileChange('A', null, "in/a.md", Blob1)], commits[1].Changes);
    }

    [Fact]
    public void A_commit_without_changed_files_is_read_and_the_next_follows_it()
    {
        var commits = Read($"{B}\u00001700000000\u0000Merge\u0000{A}\u00001600000000\u0000\u0000\n:000000 100644 {Zero} {Blob1} A\u0000in/a.md\u0000");

        Assert.Equal(["Merge", ""], commits.Select(c => c.Commit.Message));
        Assert.Empty(commits[0].Changes);
        Assert.Single(commits[1].Changes);
    }

    [Theory]
    [InlineData("not a commit\u00001\u0000m\u0000")]
    [InlineData("1111111111111111111111111111111111111111\u0000yesterday\u0000m\u0000")]
    [InlineData("1111111111111111111111111111111111111111\u00001\u0000m\u0000:100644 zz\u0000a\u0000")]
    public void A_stream_that_is_no_such_log_stops_the_reading(string log) =>
        Assert.Throws<InvalidDataException>(() => Read(log));

    [Theory]
    [InlineData("Oprava\r\nDruhý řádek", "Oprava")]
    [InlineData("  \u202Eskryté\u0007 ", "skryté")]
    [InlineData("", "")]
    public void The_first_line_is_kept_without_control_characters(string message, string expected) =>
        Assert.Equal(expected, GitLogReader.FirstLine(message));

    [Fact]
    public void A_very_long_first_line_is_cut()
    {
        var line = GitLogReader.FirstLine(new string('a', 100_000));
        Assert.Equal(GitLogReader.MaxMessageLength + 1, line.Length);
        Assert.EndsWith("…", line);
    }

    [Fact]
    public void Two_files_that_swap_names_in_one_commit_keep_their_own_histories()
    {
        var histories = new FileHistories(["in/a.md", "in/b.md"]);
        histories.Add(new Commit(DateTimeOffset.FromUnixTimeSeconds(3), "swap"),
            [new FileChange('R', "in/b.md", "in/a.md", Blob1), new FileChange('R', "in/a.md", "in/b.md", Blob2)]);
        histories.Add(new Commit(DateTimeOffset.FromUnixTimeSeconds(2), "edit b"), [new FileChange('M', null, "in/b.md", Blob1)]);
        histories.Add(new Commit(DateTimeOffset.FromUnixTimeSeconds(1), "unrelated"), [new FileChange('M', null, "in/c.md", Blob2)]);

        Assert.Equal([new FileVersion(0, Blob1), new FileVersion(1, Blob1)], histories.Versions[0]);
        Assert.Equal([new FileVersion(0, Blob2)], histories.Versions[1]);
        Assert.Equal(["swap", "edit b"], histories.Commits.Select(c => c.Message));
    }
}
