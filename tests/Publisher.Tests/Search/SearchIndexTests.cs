using System.Text.Json;
using Publisher.Core.Extensions.Search;
using Publisher.Core.Model;
using Publisher.Core.Sink;
using Publisher.Tests.Support;
using static Publisher.Tests.Support.TestContent;

namespace Publisher.Tests.Search;

public class SearchIndexTests
{
    /// <summary>Keeps what the index writes, by path.</summary>
    private sealed class MemorySink : IOutputSink
    {
        public Dictionary<string, byte[]> Files { get; } = new(StringComparer.Ordinal);

        public void Write(string relativePath, ReadOnlySpan<byte> content)
        {
            lock (Files) Files[relativePath] = content.ToArray();
        }

        public void Write(string relativePath, Action<Stream> write)
        {
            using var stream = new MemoryStream();
            write(stream);
            Write(relativePath, stream.ToArray());
        }

        public JsonElement Json(string path) => JsonDocument.Parse(Files[path]).RootElement.Clone();
    }

    private static int[] Decode(JsonElement differences)
    {
        var current = 0;
        return [.. differences.EnumerateArray().Select(d => current += d.GetInt32())];
    }

    private static (SearchIndex Index, MemorySink Output, IReadOnlyList<Document> Documents) Build(params (Document Document, string Text)[] documents)
    {
        var site = RenderTestSite.Model([.. documents.Select(d => d.Document)]);
        var index = new SearchIndex(site.Documents);
        foreach (var (document, text) in documents)
            index.Add(index.NumberOf(site.Documents.Single(d => d.Url == document.Url))!.Value, [(document.Title.AsMemory(), SearchIndex.TitleWeight), (text.AsMemory(), SearchIndex.TextWeight)]);
        var output = new MemorySink();
        index.WriteTo(output, site);
        return (index, output, site.Documents);
    }

    [Fact]
    public void Documents_are_numbered_newest_first_and_a_term_lists_its_documents_with_weights()
    {
        var (index, output, documents) = Build(
            (Doc("Zápis o dluzích", "2019-05-01"), "Dluhy a dluhové poradenství."),
            (Doc("Zápis o bydlení", "2021-05-01"), "Bydlení, žádné dluhy."),
            (Doc("Zápis o seniorech", "2020-05-01"), "Senioři."));

        Assert.Equal([0, 1, 2], new[] { "2021-05-01", "2020-05-01", "2019-05-01" }
            .Select(date => index.NumberOf(documents.Single(d => d.Date.ToString("yyyy-MM-dd") == date))!.Value));
        var dluh = output.Json("i/dl.json").GetProperty("dluh");
        Assert.Equal([0, 2], Decode(dluh[0]));
        var weights = dluh[1].EnumerateArray().Select(w => w.GetInt32()).ToList();
        Assert.All(weights, w => Assert.InRange(w, 1, 255));
        Assert.True(weights[1] > weights[0], "the document with 'dluh' in its title and three times in its text weighs more");
        Assert.Equal(0, dluh[2].GetInt32());
        Assert.Equal("dluhy", dluh[3].GetString()); // the shortest form in the texts ("dluzích", "dluhové" are longer)
    }

    [Fact]
    public void A_suggestion_shows_a_term_in_its_shortest_form_seen_preferring_diacritics()
    {
        var (_, output, _) = Build(
            (Doc("Zápis A", "2020-05-01"), "zaclenovani ZAČLEŇOVÁNÍ začleňováním"),
            (Doc("Zápis B", "2021-05-01"), "Zaclenovani"));

        Assert.Equal("začleňování", output.Json("i/za.json").GetProperty("zaclenovan")[3].GetString());
    }

    [Fact]
    public void The_meta_file_names_every_shard_and_the_filters_list_their_documents()
    {
        var (_, output, _) = Build(
            (Doc("Zápis seniorů", "2020-05-01"), "Text."),
            (Doc("Plán", "2021-05-01", DocumentType.Plan, groupId: null), "Text."));

        var meta = output.Json("meta.json");
        Assert.Equal(2, meta.GetProperty("documents").GetInt32());
        var shards = meta.GetProperty("shards").EnumerateArray().Select(s => s.GetString()!).ToList();
        Assert.All(output.Files.Keys.Where(f => f.StartsWith("i/", StringComparison.Ordinal)), f => Assert.Contains(f[2..^5], shards));
        Assert.Contains("na", meta.GetProperty("stopWords").EnumerateArray().Select(w => w.GetString()));
        Assert.Equal([1], Decode(output.Json("f/y-2020.json")));
        Assert.Equal([0], Decode(output.Json("f/t-plan.json")));
        Assert.Equal([0, 1], Decode(output.Json("f/r-zatec.json")));
        Assert.Equal([1], Decode(output.Json("f/g-zatec-seniori.json")));
    }

    [Fact]
    public void A_shard_too_large_is_split_by_one_more_character_and_secondResultterms_stay()
    {
        // Enough documents that the terms beginning "ko" hold more postings than one shard may.
        var words = new[] { "komunita", "koncepce", "kontrola", "kooperace", "koordinace" };
        var documents = Enumerable.Range(0, SearchIndex.ShardPostingsLimit / words.Length + 50)
            .Select(i => (Doc($"Zápis {i}", DateOnly.FromDayNumber(730_000 + i).ToString("yyyy-MM-dd")), string.Join(' ', words) + " ko"))
            .ToArray();

        var (_, output, _) = Build(documents);

        var shards = output.Json("meta.json").GetProperty("shards").EnumerateArray().Select(s => s.GetString()!).ToList();
        Assert.Contains("kom", shards);
        Assert.Contains("koo", shards);
        Assert.True(output.Json("i/ko.json").TryGetProperty("ko", out _), "a term as short as its shard's name stays in it");
        Assert.True(output.Json("i/koo.json").TryGetProperty("kooperak", out _), "\"kooperace\" is in the shard of its first three characters");
    }

    [Fact]
    public void A_shard_larger_than_the_writers_buffer_is_written_whole_and_the_next_file_holds_only_its_own()
    {
        // 5,000 words of consonants (no ending the stemmer takes away) that all begin "xq": one shard of over 100 KB.
        const string consonants = "bcdfghjklmnpqrstvwxz";
        var words = Enumerable.Range(0, 5000)
            .Select(i => "xq" + string.Concat(Enumerable.Range(0, 4).Select(p => consonants[i / (int)Math.Pow(20, p) % 20])))
            .ToList();

        var (_, output, _) = Build((Doc("Zápis", "2021-05-01"), string.Join(' ', words)), (Doc("Jiný zápis", "2020-05-01"), "senioři"));

        Assert.True(output.Files["i/xq.json"].Length > 100_000, $"the shard has {output.Files["i/xq.json"].Length} bytes");
        var terms = output.Json("i/xq.json").EnumerateObject().Select(t => t.Name).ToHashSet();
        Assert.Equal(words.ToHashSet(), terms);
        // The files written after it by the same writer start afresh.
        Assert.Equal(["senior"], output.Json("i/se.json").EnumerateObject().Select(t => t.Name));
        Assert.Equal([1], Decode(output.Json("f/y-2020.json")));
    }

    [Fact]
    public void A_term_in_more_documents_than_the_limit_keeps_those_where_it_weighs_most_and_says_it_is_cut()
    {
        var documents = Enumerable.Range(0, SearchIndex.PostingsPerTermLimit + 10)
            .Select(i => (Doc($"Zápis {i}", DateOnly.FromDayNumber(730_000 + i).ToString("yyyy-MM-dd")), i < 10 ? "plán plán plán plán" : "plán a mnoho dalších slov v dlouhém textu zápisu"))
            .ToArray();

        var (index, output, site) = Build(documents);

        var plan = output.Json("i/pl.json").GetProperty("plan");
        var kept = Decode(plan[0]);
        Assert.Equal(SearchIndex.PostingsPerTermLimit, kept.Length);
        Assert.Equal(1, plan[2].GetInt32());
        var heaviest = documents.Take(10).Select(d => index.NumberOf(site.Single(s => s.Url == d.Item1.Url))!.Value);
        Assert.All(heaviest, number => Assert.Contains(number, kept));
        Assert.Equal(kept.Order(), kept);
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(50, 10)]
    [InlineData(5_000, 3_000)]
    [InlineData(10_000, 3_000)]
    [InlineData(2, 1)]
    public void The_strongest_scores_are_those_a_sort_by_score_then_by_position_puts_first(int count, int limit)
    {
        var random = new Random(count);
        // Few distinct scores, so that many are equal where the limit cuts.
        var scores = Enumerable.Range(0, count).Select(_ => random.Next(7) / 4.0).ToArray();

        var kept = SearchIndex.Strongest(scores, limit);

        int[] expected = [.. Enumerable.Range(0, count).OrderByDescending(i => scores[i]).ThenBy(i => i).Take(limit).Order()];
        Assert.Equal(expected, kept);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_strongest_of_100000_distinct_scores_in_order_are_found(bool ascending)
    {
        var scores = Enumerable.Range(0, 100_000).Select(i => ascending ? i / 7.0 : (100_000 - i) / 7.0).ToArray();

        var kept = SearchIndex.Strongest(scores, 3_000);

        Assert.Equal(ascending ? Enumerable.Range(97_000, 3_000) : Enumerable.Range(0, 3_000), kept);
    }

    [Fact]
    public void A_result_file_holds_the_facts_and_the_start_of_the_text()
    {
        var document = Doc("Zápis <b>tučně</b>", "2020-05-01");
        var index = new SearchIndex([document]);
        var text = new string('x', SearchIndex.SnippetTextLimit + 10);

        var result = JsonDocument.Parse(index.ResultOf(document, text.AsMemory())).RootElement;

        Assert.Equal("Zápis <b>tučně</b>", result.GetProperty("title").GetString());
        Assert.Equal(document.Url, result.GetProperty("url").GetString());
        Assert.Equal("1. května 2020", result.GetProperty("dateText").GetString());
        Assert.Equal("minutes", result.GetProperty("type").GetString());
        Assert.Equal(SearchIndex.SnippetTextLimit, result.GetProperty("text").GetString()!.Length);
        Assert.True(result.GetProperty("cut").GetBoolean());
    }

    [Fact]
    public void A_text_cut_where_an_emoji_starts_keeps_the_characters_before_it_whole()
    {
        var document = Doc("Zápis", "2020-05-01");
        var index = new SearchIndex([document]);
        var text = new string('x', SearchIndex.SnippetTextLimit - 1) + "😀 a dál";

        var result = JsonDocument.Parse(index.ResultOf(document, text.AsMemory())).RootElement;

        Assert.Equal(new string('x', SearchIndex.SnippetTextLimit - 1), result.GetProperty("text").GetString());
        Assert.True(result.GetProperty("cut").GetBoolean());
    }

    [Fact]
    public void Result_files_written_one_after_another_on_one_thread_hold_only_their_own_document()
    {
        var first = Doc("První zápis", "2020-05-01");
        var second = Doc("Druhý", "2020-06-01");
        var index = new SearchIndex([first, second]);

        // Each file is written before the next is made, as the renderer writes them: the first is copied out as the sink would.
        var firstResult = JsonDocument.Parse(index.ResultOf(first, ("dlouhý text " + new string('y', 3000)).AsMemory()).ToArray()).RootElement;
        var secondResult = JsonDocument.Parse(index.ResultOf(second, "krátký".AsMemory())).RootElement;

        Assert.Equal("První zápis", firstResult.GetProperty("title").GetString());
        Assert.Equal("Druhý", secondResult.GetProperty("title").GetString());
        Assert.Equal("krátký", secondResult.GetProperty("text").GetString());
        Assert.False(secondResult.TryGetProperty("cut", out _));
    }
}
