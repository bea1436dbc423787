using System.Collections.Concurrent;
using System.Text.Json;
using Publisher.Core.Model;
using Publisher.Core.Sink;

namespace Publisher.Core.Extensions.Search;

/// <summary>
/// The search index of the site, filled while pages are rendered and written at the end as static files that the
/// browser's search script reads (<c>theme/assets/search.js</c>):
/// <list type="bullet">
/// <item><c>meta.json</c>: the number of documents, the stop words, the shards that exist, regions, groups, years, types;</item>
/// <item><c>i/KEY.json</c>: the terms that begin with KEY (their first two characters), each with the numbers of the
/// documents that hold it (as differences from the previous number) and a weight for each (its BM25 score, scaled to 1–255);</item>
/// <item><c>f/r-REGION.json</c>, <c>f/g-REGION-GROUP.json</c>, <c>f/y-YEAR.json</c>, <c>f/t-TYPE.json</c>: the documents of each filter value;</item>
/// <item><c>d/N.json</c>: what a result shows of document N, and the text its snippet is taken from.</item>
/// </list>
/// Documents are numbered newest first, so that among equal scores the lower number, the newer document, comes first.
/// A query downloads the meta file, one shard per word and the documents it shows, never the whole index.
/// </summary>
public sealed class SearchIndex
{
    /// <summary>How much more a word weighs in a title, in a heading and in the facts of a document (tags, region, group) than in its text.</summary>
    public const int TitleWeight = 3, HeadingWeight = 2, FactWeight = 2, TextWeight = 1;

    /// <summary>How much of a document's text its result file keeps for snippets.</summary>
    public const int SnippetTextLimit = 20_000;

    // BM25's usual constants: how fast repeated words stop counting, and how much a long document is discounted.
    private const double K1 = 1.2, B = 0.75;

    private readonly IReadOnlyList<Document> _documents;
    // By the document itself: documents that collide on one address are errors, but each is still numbered.
    private readonly Dictionary<Document, int> _numbers;
    private readonly DocumentTerms?[] _terms;

    public SearchIndex(IReadOnlyList<Document> documents)
    {
        _documents = [.. documents.OrderByDescending(d => d.Date).ThenBy(d => d.Url, StringComparer.Ordinal)];
        _numbers = _documents.Select((d, i) => (d, i)).ToDictionary<(Document d, int i), Document, int>(p => p.d, p => p.i, ReferenceEqualityComparer.Instance);
        _terms = new DocumentTerms?[_documents.Count];
    }

    /// <summary>The document's number in the index; null for a page that is not a document's.</summary>
    public int? NumberOf(Document document) => _numbers.TryGetValue(document, out var number) ? number : null;

    /// <summary>The path, inside the index folder, of what a result shows of document <paramref name="number"/>.</summary>
    public static string ResultFile(int number) => $"d/{number}.json";

    /// <summary>Counts the terms of one document, each weighted by where it stands. Safe to call from several threads for different documents.</summary>
    public void Add(int number, IEnumerable<(string Text, int Weight)> parts)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var length = 0;
        var terms = Terms.Value!;
        foreach (var (text, weight) in parts)
        {
            foreach (var word in CzechSearchTerms.Words(text))
            {
                if (terms.Of(word) is not { } term) continue;
                counts[term] = counts.GetValueOrDefault(term) + weight;
                length += weight;
            }
        }
        _terms[number] = new DocumentTerms([.. counts.Keys], [.. counts.Values], length);
    }

    /// <summary>Writes the meta file, the shards and the filter lists into the index folder.</summary>
    public void WriteTo(IOutputSink folder, SiteModel site)
    {
        var postings = Postings(out var averageLength);
        var shards = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var term in postings.Keys)
        {
            var key = ShardKey(term);
            if (!shards.TryGetValue(key, out var terms)) shards[key] = terms = [];
            terms.Add(term);
        }
        foreach (var (key, terms) in shards)
        {
            folder.Write($"i/{key}.json", stream => WriteJson(stream, writer =>
            {
                writer.WriteStartObject();
                foreach (var term in terms.Order(StringComparer.Ordinal))
                {
                    var list = postings[term];
                    var idf = Math.Log(1 + (_documents.Count - list.Count + 0.5) / (list.Count + 0.5));
                    writer.WriteStartArray(term);
                    WriteNumbers(writer, list.Select(p => p.Number));
                    writer.WriteStartArray();
                    foreach (var (number, count) in list)
                    {
                        var lengthRatio = _terms[number]!.Length / averageLength;
                        var score = idf * count * (K1 + 1) / (count + K1 * (1 - B + B * lengthRatio));
                        writer.WriteNumberValue(Math.Clamp((int)Math.Round(score * 10), 1, 255));
                    }
                    writer.WriteEndArray();
                    writer.WriteEndArray();
                }
                writer.WriteEndObject();
            }));
        }
        WriteFilters(folder);
        folder.Write("meta.json", stream => WriteJson(stream, writer => WriteMeta(writer, site, shards.Keys)));
    }

    /// <summary>Every term with the documents that hold it, in document order, and how much it counts in each.</summary>
    private Dictionary<string, List<(int Number, int Count)>> Postings(out double averageLength)
    {
        var postings = new Dictionary<string, List<(int, int)>>(StringComparer.Ordinal);
        long totalLength = 0;
        for (var number = 0; number < _terms.Length; number++)
        {
            if (_terms[number] is not { } document) continue;
            totalLength += document.Length;
            for (var i = 0; i < document.Terms.Length; i++)
            {
                if (!postings.TryGetValue(document.Terms[i], out var list)) postings[document.Terms[i]] = list = [];
                list.Add((number, document.Counts[i]));
            }
        }
        averageLength = Math.Max(1, (double)totalLength / Math.Max(1, _terms.Count(t => t is not null)));
        return postings;
    }

    private void WriteFilters(IOutputSink folder)
    {
        var filters = new SortedDictionary<string, List<int>>(StringComparer.Ordinal);
        void Add(string name, int number)
        {
            if (!filters.TryGetValue(name, out var list)) filters[name] = list = [];
            list.Add(number);
        }
        for (var number = 0; number < _documents.Count; number++)
        {
            var document = _documents[number];
            Add($"r-{document.Region.Id}", number);
            if (document.Group is { } group) Add($"g-{document.Region.Id}-{group.Id}", number);
            Add($"y-{document.Date.Year}", number);
            Add($"t-{DocumentTypes.Of(document.Type).Key}", number);
        }
        foreach (var (name, numbers) in filters)
            folder.Write($"f/{name}.json", stream => WriteJson(stream, writer => WriteNumbers(writer, numbers)));
    }

    private void WriteMeta(Utf8JsonWriter writer, SiteModel site, IEnumerable<string> shardKeys)
    {
        writer.WriteStartObject();
        writer.WriteNumber("documents", _documents.Count);
        writer.WriteStartArray("stopWords");
        foreach (var word in CzechSearchTerms.StopWords) writer.WriteStringValue(word);
        writer.WriteEndArray();
        writer.WriteStartArray("shards");
        foreach (var key in shardKeys) writer.WriteStringValue(key);
        writer.WriteEndArray();
        writer.WriteStartArray("groups");
        foreach (var region in site.Regions.Regions)
        {
            foreach (var group in region.Groups)
            {
                writer.WriteStartArray();
                writer.WriteStringValue(region.Id);
                writer.WriteStringValue(group.Id);
                writer.WriteStringValue(group.Name);
                writer.WriteEndArray();
            }
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>What a result shows of a document, and the start of its text for the snippet.</summary>
    public byte[] ResultOf(Document document, string? text)
    {
        using var stream = new MemoryStream();
        WriteJson(stream, writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("url", document.Url);
            writer.WriteString("title", document.Title);
            writer.WriteString("date", document.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            writer.WriteString("dateText", Czech.CzechCulture.FormatDate(document.Date));
            writer.WriteString("region", document.Region.Name);
            if (document.Group is { } group) writer.WriteString("group", group.Name);
            writer.WriteString("type", DocumentTypes.Of(document.Type).Key);
            var body = text ?? "";
            writer.WriteString("text", body.Length > SnippetTextLimit ? body[..SnippetTextLimit] : body);
            writer.WriteEndObject();
        });
        return stream.ToArray();
    }

    /// <summary>
    /// The shard a term is in: its first two characters, each kept when it is a-z or 0-9 and written as "_" and its
    /// code in hexadecimal otherwise, so that every name is safe in an address. The script computes the same name.
    /// </summary>
    public static string ShardKey(string term)
    {
        var key = new System.Text.StringBuilder();
        var taken = 0;
        for (var i = 0; i < term.Length && taken < 2; i++, taken++)
        {
            var rune = System.Text.Rune.GetRuneAt(term, i);
            if (rune.Utf16SequenceLength == 2) i++;
            if (rune.Value is >= 'a' and <= 'z' or >= '0' and <= '9') key.Append((char)rune.Value);
            else key.Append('_').Append(rune.Value.ToString("x", System.Globalization.CultureInfo.InvariantCulture));
        }
        return key.ToString();
    }

    private static void WriteNumbers(Utf8JsonWriter writer, IEnumerable<int> ascending)
    {
        writer.WriteStartArray();
        var previous = 0;
        foreach (var number in ascending)
        {
            writer.WriteNumberValue(number - previous);
            previous = number;
        }
        writer.WriteEndArray();
    }

    private static readonly JsonWriterOptions Compact = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static void WriteJson(Stream stream, Action<Utf8JsonWriter> write)
    {
        using var writer = new Utf8JsonWriter(stream, Compact);
        write(writer);
    }

    private sealed record DocumentTerms(string[] Terms, int[] Counts, int Length);

    // Each rendering thread remembers the terms of the words it met: most words of a site recur thousands of times.
    private readonly ThreadLocal<TermCache> Terms = new(() => new TermCache());

    private sealed class TermCache
    {
        private const int Limit = 200_000;
        private readonly Dictionary<string, string?> _terms = new(StringComparer.Ordinal);

        public string? Of(string word)
        {
            if (_terms.TryGetValue(word, out var term)) return term;
            if (_terms.Count >= Limit) _terms.Clear();
            return _terms[word] = CzechSearchTerms.Term(word);
        }
    }
}
