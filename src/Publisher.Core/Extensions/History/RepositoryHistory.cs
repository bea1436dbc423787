using System.Diagnostics;
using Publisher.Core.Build;
using Publisher.Core.Diagnostics;
using Publisher.Core.Model;
using Publisher.Core.Sink;

namespace Publisher.Core.Extensions.History;

/// <summary>
/// Reads the history of the input folder from its git repository: one <c>git log</c> over the whole folder, read as a
/// stream, then the earlier versions of the files that have more than one, in one <c>git cat-file --batch</c>. Without
/// git, outside a repository or in a shallow clone there is no history to trust, and the build says so once.
/// </summary>
public static class RepositoryHistory
{
    /// <summary>How many of a file's newest versions are read for the addresses they had (the first version is read too).</summary>
    public const int MaxVersionsRead = 100;

    public static HistoryIndex? Read(SiteInput input, IReadOnlyList<Document> documents, DiagnosticBag diagnostics)
    {
        var folder = RealPath.Of(input.Directory);
        if (GitProcess.Find(folder) is not { } git)
            return NoHistory(input, diagnostics, HistoryMessages.NoGit);
        var repository = git.Output("rev-parse", "--is-shallow-repository", "--show-prefix")?.Split('\n');
        if (repository is not [var shallow, var prefix, ..])
            return NoHistory(input, diagnostics, HistoryMessages.NotARepository);
        if (shallow == "true")
            return NoHistory(input, diagnostics, HistoryMessages.ShallowClone);

        var histories = new FileHistories(documents.Select(d => prefix + d.Source).ToList());
        if (!ReadLog(git, histories))
            return NoHistory(input, diagnostics, HistoryMessages.LogUnreadable);

        var earlier = EarlierVersions.Read(git, input, documents, histories);
        var bySource = new Dictionary<string, DocumentHistory>(StringComparer.Ordinal);
        for (var i = 0; i < documents.Count; i++)
        {
            if (histories.Versions[i] is { } versions)
                bySource[documents[i].Source] = HistoryOf(versions, histories.Commits, earlier[i] ?? []);
        }
        return new HistoryIndex(bySource);
    }

    /// <summary>The one warning of a build without history: pages then show nothing they cannot know.</summary>
    private static HistoryIndex? NoHistory(SiteInput input, DiagnosticBag diagnostics, Message reason)
    {
        diagnostics.Warning(input.DisplayRoot, 1, 1, HistoryMessages.NoFullHistory(reason));
        return null;
    }

    private static bool ReadLog(GitProcess git, FileHistories histories)
    {
        using var process = git.Start(["log", "-z", "--raw", "-M", "--no-abbrev", "--no-ext-diff", "--no-textconv", "--no-show-signature",
            GitLogReader.Format, "--", "."]);
        try
        {
            new GitLogReader(process.StandardOutput.BaseStream).Read(histories.Add);
        }
        catch (InvalidDataException)
        {
            process.Kill();
            process.WaitForExit();
            return false;
        }
        process.WaitForExit();
        return process.ExitCode == 0;
    }

    /// <summary>A file's versions (newest first) as the page shows them: a commit that left its content as it was is no change.</summary>
    private static DocumentHistory HistoryOf(List<FileVersion> versions, List<Commit> commits, IReadOnlyList<string> earlierUrls)
    {
        var shown = new List<Change>();
        var count = 0;
        for (var i = 0; i < versions.Count; i++)
        {
            if (i + 1 < versions.Count && versions[i + 1].Blob == versions[i].Blob) continue;
            count++;
            if (shown.Count < HistoryIndex.MaxChangesShown)
            {
                var commit = commits[versions[i].Commit];
                shown.Add(new Change(BuildDay.InCzechTime(commit.Time), commit.Message));
            }
        }
        return new DocumentHistory(
            BuildDay.InCzechTime(commits[versions[^1].Commit].Time),
            shown[0].Date,
            shown,
            count,
            earlierUrls);
    }
}
