using Publisher.Core.Extensions.Search;

namespace Publisher.Tests.Search;

public class CzechSearchTermsTests
{
    /// <summary>The shared vectors: the browser tests run the same file through the search script.</summary>
    public static string VectorsPath => Path.Combine(AppContext.BaseDirectory, "Search", "czech-terms.tsv");

    public static IReadOnlyList<(string Word, string? Term)> Vectors() =>
        File.ReadAllLines(VectorsPath)
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t'))
            .Select(parts => (parts[0], parts[1].Length == 0 ? null : parts[1]))
            .ToList();

    [Fact]
    public void Every_vector_gives_its_term()
    {
        var vectors = Vectors();
        Assert.True(vectors.Count >= 60, $"only {vectors.Count} vectors");
        var wrong = vectors.Where(v => CzechSearchTerms.Term(v.Word) != v.Term)
            .Select(v => $"{v.Word}: expected '{v.Term}', got '{CzechSearchTerms.Term(v.Word)}'")
            .ToList();
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Theory]
    [InlineData("dluh", "dluhy", "dluhů", "dluhové", "dluhu")]
    [InlineData("Žatec", "Žatci", "Žatce", "Zatec", "zatci")]
    [InlineData("začleňování", "zaclenovani", "ZAČLEŇOVÁNÍ")]
    [InlineData("skupina", "skupiny", "skupině", "skupinou", "skupin")]
    public void The_forms_of_one_word_share_a_term(params string[] forms)
    {
        Assert.Single(forms.Select(CzechSearchTerms.Term).Distinct());
    }

    private static List<string> Words(string text)
    {
        var words = new List<string>();
        var rest = text.AsSpan();
        while (CzechSearchTerms.NextWord(ref rest) is { Length: > 0 } word) words.Add(word.ToString());
        return words;
    }

    [Fact]
    public void Words_are_runs_of_letters_and_digits_whatever_separates_them()
    {
        Assert.Equal(["CZ", "03", "2", "63", "0", "0", "16", "063", "0006571"], Words("CZ.03.2.63/0.0/16_063/0006571"));
        Assert.Equal(["v", "Žatci", "OPZ", "dluhové", "poradenství"], Words("v Žatci (OPZ+): „dluhové poradenství“…"));
        Assert.Empty(Words(" – … "));
    }

    [Fact]
    public void Characters_beyond_latin_are_read_whole_letters_and_marks_joining_words_and_the_rest_parting_them()
    {
        Assert.Equal(["a", "b"], Words("a😀b"));
        Assert.Equal(["x", "y"], Words("x\uD800y\uDC00"));
        Assert.Equal(["𝐀𝐁", "c"], Words("😀𝐀𝐁 c"));
        Assert.Equal(["zac\u030Cleneni", "Ελλάδα"], Words("zac\u030Cleneni–Ελλάδα"));
    }

    [Fact]
    public void Counting_finds_each_of_many_distinct_words_again_by_its_characters()
    {
        var counter = new TermCounter();
        var words = Enumerable.Range(0, 20_000).Select(i => $"slovo{i}").ToArray();
        var text = string.Join(' ', words);

        var (terms, counts, length) = counter.Count([(text.AsMemory(), 1), (text.AsMemory(), 2)]);
        var (againTerms, againCounts, _) = counter.Count([("slovo7 slovo7 slovo19999".AsMemory(), 1)]);

        Assert.Equal(60_000, length);
        Assert.Equal(words, terms.Select(counter.Term));
        Assert.All(counts, count => Assert.Equal(3, count));
        Assert.Equal(["slovo7", "slovo19999"], againTerms.Select(counter.Term));
        Assert.Equal([2, 1], againCounts);
    }

    [Fact]
    public void The_stop_words_are_written_as_the_terms_are_without_diacritics()
    {
        Assert.All(CzechSearchTerms.StopWords, word => Assert.Equal(CzechSearchTerms.Fold(word), word));
        Assert.Null(CzechSearchTerms.Term("Při"));
    }

    [Theory]
    [InlineData("zaclenovan", "za")]
    [InlineData("2020", "20")]
    [InlineData("5", "5")]
    [InlineData("ßx", "_dfx")]
    [InlineData("𝔞b", "_1d51eb")]
    public void A_shard_is_named_by_the_first_two_characters_of_its_terms_safely(string term, string key)
    {
        Assert.Equal(key, SearchIndex.ShardKey(term));
    }
}
