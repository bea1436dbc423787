using DiffPlex;
using DiffPlex.Chunkers;

namespace Publisher.Core.Extensions.Plans;

public enum SegmentKind { Unchanged, Inserted, Deleted }

/// <summary>
/// A run of words a comparison shows one way: unchanged, inserted in the newer text or deleted from the older.
/// <paramref name="SpaceBefore"/> tells whether the text had a space before the run, which is written outside the
/// run's markup, so that a deleted word's space is not struck through with it.
/// </summary>
public sealed record DiffSegment(SegmentKind Kind, string Text, bool SpaceBefore)
{
    public bool IsInserted => Kind == SegmentKind.Inserted;
    public bool IsDeleted => Kind == SegmentKind.Deleted;
}

/// <summary>The difference between two texts, word by word.</summary>
/// <param name="Segments">The newer text with the older one's deleted words in place, in reading order.</param>
/// <param name="WordsAdded">Words (not punctuation) inserted.</param>
/// <param name="WordsRemoved">Words (not punctuation) deleted.</param>
/// <param name="ReplacedWhole">
/// True when the changed part was too long to compare word by word within the bound (<see cref="WordDiff.MaxComparedTokens"/>)
/// and is shown as deleted and inserted whole.
/// </param>
public sealed record TextDiff(IReadOnlyList<DiffSegment> Segments, int WordsAdded, int WordsRemoved, bool ReplacedWhole)
{
    public bool HasChanges => WordsAdded + WordsRemoved > 0 || Segments.Any(s => s.Kind != SegmentKind.Unchanged);
}

/// <summary>
/// Word-level differences between two texts. Words (runs of letters and digits, diacritics included) and punctuation
/// marks are the units, so a changed comma is one change and a changed word is shown whole. The words both texts
/// begin and end with are set aside first, in time linear in the texts; DiffPlex's Myers algorithm, which takes time
/// proportional to the length times the number of differences, compares only the rest, and only when the rest is at
/// most <see cref="MaxComparedTokens"/> words and marks long. A longer rest is shown as replaced whole, so a
/// comparison takes at most linear time times that bound.
/// </summary>
public static class WordDiff
{
    /// <summary>The most words and marks of the two changed parts together that are compared word by word.</summary>
    public const int MaxComparedTokens = 5000;

    private readonly record struct Token(string Text, bool SpaceBefore)
    {
        public bool IsWord => char.IsLetterOrDigit(Text, 0);
    }

    public static TextDiff Compare(string older, string newer)
    {
        var a = Tokens(older);
        var b = Tokens(newer);
        var prefix = 0;
        while (prefix < a.Count && prefix < b.Count && a[prefix].Text == b[prefix].Text) prefix++;
        var suffix = 0;
        while (suffix < a.Count - prefix && suffix < b.Count - prefix && a[^(suffix + 1)].Text == b[^(suffix + 1)].Text) suffix++;

        var segments = new SegmentList();
        segments.Add(SegmentKind.Unchanged, b, 0, prefix);
        var (aMiddle, bMiddle) = (a.Count - prefix - suffix, b.Count - prefix - suffix);
        // A part only one text has is simply deleted or inserted; two changed parts are compared when short enough.
        var replacedWhole = aMiddle > 0 && bMiddle > 0 && aMiddle + bMiddle > MaxComparedTokens;
        if (replacedWhole || aMiddle == 0 || bMiddle == 0)
        {
            segments.Add(SegmentKind.Deleted, a, prefix, aMiddle);
            segments.Add(SegmentKind.Inserted, b, prefix, bMiddle);
        }
        else
        {
            CompareMiddle(a, b, prefix, aMiddle, bMiddle, segments);
        }
        segments.Add(SegmentKind.Unchanged, b, b.Count - suffix, suffix);
        return new TextDiff(segments.Segments, segments.WordsAdded, segments.WordsRemoved, replacedWhole);
    }

    /// <summary>Myers' difference of the changed parts, each unit a line of the text given to DiffPlex (units hold no line breaks).</summary>
    private static void CompareMiddle(List<Token> a, List<Token> b, int start, int aCount, int bCount, SegmentList segments)
    {
        var aText = string.Join('\n', a.Skip(start).Take(aCount).Select(t => t.Text));
        var bText = string.Join('\n', b.Skip(start).Take(bCount).Select(t => t.Text));
        var result = Differ.Instance.CreateDiffs(aText, bText, ignoreWhiteSpace: false, ignoreCase: false, LineChunker.Instance);
        var (aAt, bAt) = (0, 0);
        foreach (var block in result.DiffBlocks)
        {
            segments.Add(SegmentKind.Unchanged, b, start + bAt, block.InsertStartB - bAt);
            segments.Add(SegmentKind.Deleted, a, start + block.DeleteStartA, block.DeleteCountA);
            segments.Add(SegmentKind.Inserted, b, start + block.InsertStartB, block.InsertCountB);
            aAt = block.DeleteStartA + block.DeleteCountA;
            bAt = block.InsertStartB + block.InsertCountB;
        }
        segments.Add(SegmentKind.Unchanged, b, start + bAt, bCount - bAt);
    }

    /// <summary>Words and marks of a text, each with whether white space came before it.</summary>
    private static List<Token> Tokens(string text)
    {
        var tokens = new List<Token>();
        var space = false;
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                space = true;
                i++;
                continue;
            }
            var start = i;
            if (IsWordCharacter(text, i))
            {
                while (i < text.Length && IsWordCharacter(text, i)) i += char.IsSurrogatePair(text, i) ? 2 : 1;
            }
            else
            {
                i += char.IsSurrogatePair(text, i) ? 2 : 1;
            }
            tokens.Add(new Token(text[start..i], space && tokens.Count > 0));
            space = false;
        }
        return tokens;
    }

    /// <summary>Letters, digits and the combining marks of letters written in decomposed form.</summary>
    private static bool IsWordCharacter(string text, int index) =>
        char.IsLetterOrDigit(text, index)
        || char.GetUnicodeCategory(text, index) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;

    /// <summary>Segments as they are added, runs of one kind merged, words counted.</summary>
    private sealed class SegmentList
    {
        public List<DiffSegment> Segments { get; } = [];
        public int WordsAdded { get; private set; }
        public int WordsRemoved { get; private set; }

        public void Add(SegmentKind kind, List<Token> tokens, int start, int count)
        {
            if (count <= 0) return;
            var text = new System.Text.StringBuilder();
            var words = 0;
            for (var i = start; i < start + count; i++)
            {
                if (i > start && tokens[i].SpaceBefore) text.Append(' ');
                text.Append(tokens[i].Text);
                if (tokens[i].IsWord) words++;
            }
            if (kind == SegmentKind.Inserted) WordsAdded += words;
            if (kind == SegmentKind.Deleted) WordsRemoved += words;
            var spaceBefore = tokens[start].SpaceBefore;
            if (Segments.Count > 0 && Segments[^1].Kind == kind)
            {
                var last = Segments[^1];
                Segments[^1] = last with { Text = last.Text + (spaceBefore ? " " : "") + text };
                return;
            }
            Segments.Add(new DiffSegment(kind, text.ToString(), spaceBefore));
        }
    }
}
