using Publisher.Core.Extensions.Plans;

namespace Publisher.Tests.Plans;

public class WordDiffTests
{
    private static IReadOnlyList<(SegmentKind, string)> Segments(TextDiff diff) => diff.Segments.Select(s => (s.Kind, s.Text)).ToList();

    [Fact]
    public void A_changed_word_is_deleted_and_inserted_whole_and_the_rest_is_unchanged()
    {
        var diff = WordDiff.Compare("Rozpočet činí 5 milionů korun ročně.", "Rozpočet činí 7 milionů korun ročně, včetně dotací.");

        Assert.Equal<(SegmentKind, string)>(
        [
            (SegmentKind.Unchanged, "Rozpočet činí"),
            (SegmentKind.Deleted, "5"),
            (SegmentKind.Inserted, "7"),
            (SegmentKind.Unchanged, "milionů korun ročně"),
            (SegmentKind.Inserted, ", včetně dotací"),
            (SegmentKind.Unchanged, "."),
        ], Segments(diff));
        Assert.Equal([false, true, true, true, false, false], diff.Segments.Select(s => s.SpaceBefore));
        Assert.Equal((3, 1), (diff.WordsAdded, diff.WordsRemoved));
        Assert.False(diff.ReplacedWhole);
    }

    [Fact]
    public void Czech_words_with_diacritics_are_compared_whole()
    {
        var diff = WordDiff.Compare("Žluťoučký kůň úpěl ďábelské ódy.", "Žluťoučký koň úpěl ďábelské ódy.");

        Assert.Equal<(SegmentKind, string)>(
        [
            (SegmentKind.Unchanged, "Žluťoučký"),
            (SegmentKind.Deleted, "kůň"),
            (SegmentKind.Inserted, "koň"),
            (SegmentKind.Unchanged, "úpěl ďábelské ódy."),
        ], Segments(diff));
        Assert.Equal((1, 1), (diff.WordsAdded, diff.WordsRemoved));
    }

    [Fact]
    public void Punctuation_marks_are_units_of_their_own_that_are_not_counted_as_words()
    {
        var diff = WordDiff.Compare("Ano, souhlasíme.", "Ano souhlasíme!");

        Assert.Equal<(SegmentKind, string)>(
        [
            (SegmentKind.Unchanged, "Ano"),
            (SegmentKind.Deleted, ","),
            (SegmentKind.Unchanged, "souhlasíme"),
            (SegmentKind.Deleted, "."),
            (SegmentKind.Inserted, "!"),
        ], Segments(diff));
        Assert.Equal((0, 0), (diff.WordsAdded, diff.WordsRemoved));
        Assert.True(diff.HasChanges);
    }

    [Fact]
    public void Equal_texts_have_one_unchanged_segment_and_empty_texts_none()
    {
        var same = WordDiff.Compare("Beze  změny\tv textu.", "Beze změny v textu.");

        Assert.Equal<(SegmentKind, string)>([(SegmentKind.Unchanged, "Beze změny v textu.")], Segments(same));
        Assert.False(same.HasChanges);
        Assert.Empty(WordDiff.Compare("", "").Segments);
        Assert.Equal<(SegmentKind, string)>([(SegmentKind.Inserted, "Nový text.")], Segments(WordDiff.Compare("", "Nový text.")));
    }

    [Fact]
    public void Two_texts_of_100000_words_that_share_nothing_are_shown_replaced_whole()
    {
        var older = string.Join(' ', Enumerable.Range(0, 100_000).Select(i => $"starý{i}"));
        var newer = string.Join(' ', Enumerable.Range(0, 100_000).Select(i => $"nový{i}"));

        var diff = WordDiff.Compare(older, newer);

        Assert.True(diff.ReplacedWhole);
        Assert.Equal<(SegmentKind, string)>([(SegmentKind.Deleted, older), (SegmentKind.Inserted, newer)], Segments(diff));
        Assert.Equal((100_000, 100_000), (diff.WordsAdded, diff.WordsRemoved));
    }

    [Fact]
    public void One_word_changed_in_the_middle_of_100000_is_found_word_by_word()
    {
        var words = Enumerable.Range(0, 100_000).Select(i => $"slovo{i}").ToArray();
        var older = string.Join(' ', words);
        words[50_000] = "změna";
        var newer = string.Join(' ', words);

        var diff = WordDiff.Compare(older, newer);

        Assert.False(diff.ReplacedWhole);
        Assert.Equal([SegmentKind.Unchanged, SegmentKind.Deleted, SegmentKind.Inserted, SegmentKind.Unchanged], diff.Segments.Select(s => s.Kind));
        Assert.Equal("slovo50000", diff.Segments[1].Text);
        Assert.Equal("změna", diff.Segments[2].Text);
        Assert.Equal((1, 1), (diff.WordsAdded, diff.WordsRemoved));
    }

    [Fact]
    public void Changed_parts_just_within_the_bound_are_compared_word_by_word_and_just_beyond_it_replaced_whole()
    {
        var half = WordDiff.MaxComparedTokens / 2;
        // Every other word changes, the first one too: the changed parts are the texts less a shared last word, or the
        // whole texts when their last word changes, as for an odd count; their words and marks count against the bound.
        string Text(int count, string changed) => string.Join(' ', Enumerable.Range(0, count).Select(i => i % 2 == 1 ? $"stejné{i}" : $"{changed}{i}"));

        var within = WordDiff.Compare(Text(half, "a"), Text(half, "b"));
        var beyond = WordDiff.Compare(Text(half + 1, "a"), Text(half + 1, "b"));

        Assert.False(within.ReplacedWhole);
        Assert.Equal(half / 2, within.WordsAdded);
        Assert.Contains(within.Segments, s => s.Kind == SegmentKind.Unchanged && s.Text == "stejné1");
        Assert.True(beyond.ReplacedWhole);
        Assert.Equal(half + 1, beyond.WordsAdded);
    }
}
