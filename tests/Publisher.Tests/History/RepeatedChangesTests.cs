using System.Text;

namespace Publisher.Tests.History;

/// <summary>What an editor can repeat without end, a change of one file, stays a short page and a quick build.</summary>
public sealed class RepeatedChangesTests : IDisposable
{
    private const int Changes = 100_000;
    private const string File = "documents/zatec/2021/2021-03-04-zapis.md";
    private readonly GitSite _site = new();

    [Fact]
    public void A_file_changed_in_100000_commits_lists_its_newest_changes_and_counts_the_rest()
    {
        ImportCommits();

        var result = _site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var page = _site.Page(GitSite.UrlOf("zapis-z-jednani"));
        var changes = page.QuerySelectorAll("ol.changes li").Select(li => li.TextContent).ToList();
        Assert.Equal(Core.Extensions.History.HistoryIndex.MaxChangesShown, changes.Count);
        Assert.EndsWith($": Změna {Changes}", changes[0]);
        Assert.EndsWith($": Změna {Changes - changes.Count + 1}", changes[^1]);
        Assert.Equal($"Starší změny, které se sem nevešly: {Changes - changes.Count}", page.QuerySelector(".document-history p.muted")!.TextContent);
        Assert.Equal("2020-09-13", page.QuerySelector(".document-history dd time")!.GetAttribute("datetime"));
    }

    /// <summary>Commits that alternate the document between two texts, made at once by git fast-import.</summary>
    private void ImportCommits()
    {
        var texts = new[] { GitSite.Minutes("Zápis z jednání", "Text A."), GitSite.Minutes("Zápis z jednání", "Text B.") };
        var stream = new StringBuilder();
        for (var i = 1; i <= Changes; i++)
        {
            var message = $"Změna {i}";
            stream.Append("commit refs/heads/main\n")
                .Append($"committer Editor <editor@example.org> {1_600_000_000 + i * 60} +0200\n")
                .Append($"data {Encoding.UTF8.GetByteCount(message)}\n{message}\n");
            if (i == 1) stream.Append("from refs/heads/main^0\n");
            var text = texts[i % 2];
            stream.Append($"M 100644 inline input/{File}\ndata {Encoding.UTF8.GetByteCount(text)}\n{text}\n");
        }
        Support.TestGit.RunWithInput(_site.Repository, new Dictionary<string, string>(), stream.ToString(), "fast-import", "--quiet");
        Support.TestGit.Run(_site.Repository, "reset", "-q", "--hard", "main");
    }

    public void Dispose() => _site.Dispose();
}
