using Publisher.Core.Model;

namespace Publisher.Core.Extensions.History;

/// <summary>A committed change of a document: the Czech day of its commit and the first line of the commit's message.</summary>
public sealed record Change(DateOnly Date, string Message);

/// <summary>
/// What the repository knows of one document's file: when it was first committed and last changed, its newest changes
/// (at most <see cref="HistoryIndex.MaxChangesShown"/>), how many changes it has in all, and the addresses its earlier
/// versions had. Commits that only moved the file are not changes of the document, but its history follows them.
/// </summary>
public sealed record DocumentHistory(
    DateOnly FirstPublished,
    DateOnly LastChanged,
    IReadOnlyList<Change> Changes,
    int ChangeCount,
    IReadOnlyList<string> EarlierUrls)
{
    /// <summary>Changed after it was first published.</summary>
    public bool IsAmended => ChangeCount > 1;
}

/// <summary>The history of every published document that has one, by the document's source path.</summary>
public sealed class HistoryIndex(IReadOnlyDictionary<string, DocumentHistory> bySource)
{
    /// <summary>Most changes a page lists; the rest are counted. A file changed in 100,000 commits still has a short page.</summary>
    public const int MaxChangesShown = 20;

    public DocumentHistory? Of(Document document) => bySource.GetValueOrDefault(document.Source);
}
