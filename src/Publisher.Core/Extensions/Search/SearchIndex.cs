using System.Buffers;
using System.Collections.Concurrent;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Text.Json;
using Publisher.Core.Model;
using Publisher.Core.Render;
using Publisher.Core.Sink;

namespace Publisher.Core.Extensions.Search;

/// <summary>
/// The search index of the site, filled while pages are rendered and written at the end as static files that the
/// browser's search script reads (<c>theme/assets/search.js</c>):
/// <list type="bullet">
/// <item><c>meta.json</c>: the number of documents, the stop words, the shards that exist, regions, groups, years, types;</item>
/// <item><c>i/KEY.json</c>: the terms that begin with KEY (two characters, more where a shard was split), each with the
/// numbers of the documents that hold it (as differences from the previous number), a weight for each (its BM25
/// score, scaled to 1–255), 1 when the list is cut to the documents where the term weighs most (else 0), and the
/// word a suggestion shows for it;</item>
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

    /// <summary>How much of a document's text its result file keeps for snippets and for checking phrases.</summary>
    public const int SnippetTextLimit = 5_000;

    /// <summary>How many documents a term lists at most, and how many postings a shard holds before it is split.</summary>
    public const int PostingsPerTermLimit = 3_000, ShardPostingsLimit = 6_000;

    // BM25's usual constants: how fast repeated words stop counting, and how much a long document is discounted.
    private const double K1 = 1.2, B = 0.75;

    private readonly IReadOnlyList<Document> _documents;
    // By the document itself: documents that collide on one address are errors, but each is still numbered.
    private readonly Dictionary<Document, int> _numbers;
    private readonly DocumentTerms?[] _terms;
    private readonly TermCounter _counter = new();

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
    public void Add(int number, IEnumerable<(ReadOnlyMemory<char> Text, int Weight)> parts)
    {
        var (terms, counts, length) = _counter.Count(parts);
        _terms[number] = new DocumentTerms(terms, counts, length);
    }

    /// <summary>Writes the meta file, the shards and the filter lists into the index folder, the shards on all cores.</summary>
    public void WriteTo(IOutputSink folder, SiteModel site)
    {
        using var postings = Postings(out var lengthNorms);
        var shards = Shards(postings.ByTerm).ToList();
        Parallel.ForEach(shards, shard => folder.Write($"i/{shard.Key}.json", stream => WriteJson(stream, writer =>
        {
            writer.WriteStartObject();
            foreach (var term in shard.Value)
            {
                WritePostings(writer, term, postings.ByTerm[term], lengthNorms);
                if (writer.BytesPending >= FlushBytes) writer.Flush();
            }
            writer.WriteEndObject();
        })));
        WriteFilters(folder);
        folder.Write("meta.json", stream => WriteJson(stream, writer => WriteMeta(writer, site, shards.Select(s => s.Key))));
    }

    /// <summary>
    /// The terms by shard: first by their first two characters, and a shard that would be larger than
    /// <see cref="ShardPostingsLimit"/> postings split by one more character, as often as needed. A term shorter than
    /// its shard's split stays in the shard; the script looks a term up in the shard of the longest key it begins with.
    /// </summary>
    private static SortedDictionary<string, List<string>> Shards(Dictionary<string, TermPostings> postings)
    {
        var shards = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        var pending = new Stack<(string Key, int Depth, List<string> Terms)>();
        foreach (var group in postings.Keys.GroupBy(term => ShardKey(term, 2)))
            pending.Push((group.Key, 2, [.. group]));
        while (pending.Count > 0)
        {
            var (key, depth, terms) = pending.Pop();
            var size = terms.Sum(t => Math.Min(postings[t].Documents.Length, PostingsPerTermLimit));
            var longer = terms.Where(t => t.Length > depth).ToList();
            if (size <= ShardPostingsLimit || longer.Count == 0)
            {
                shards[key] = [.. terms.Order(StringComparer.Ordinal)];
                continue;
            }
            var stay = terms.Where(t => t.Length <= depth).ToList();
            if (stay.Count > 0) shards[key] = [.. stay.Order(StringComparer.Ordinal)];
            foreach (var group in longer.GroupBy(term => ShardKey(term, depth + 1)))
                pending.Push((group.Key, depth + 1, [.. group]));
        }
        return shards;
    }

    /// <summary>
    /// One term: the numbers of its documents as differences, their weights, and whether the list is cut. A term in
    /// more documents than <see cref="PostingsPerTermLimit"/> keeps those where it weighs most: so common a word
    /// barely ranks and cannot narrow a search, and the script then uses it to rank only.
    /// </summary>
    private void WritePostings(Utf8JsonWriter writer, string term, TermPostings postings, double[] lengthNorms)
    {
        var count = postings.Documents.Length;
        var documents = postings.Documents.Span;
        var counts = postings.Counts.Span;
        var idf = Math.Log(1 + (_documents.Count - count + 0.5) / (count + 0.5));
        var weights = ArrayPool<int>.Shared.Rent(count);
        var scores = ArrayPool<double>.Shared.Rent(count);
        for (var i = 0; i < count; i++)
        {
            var tf = counts[i];
            scores[i] = idf * tf * (K1 + 1) / (tf + lengthNorms[documents[i]]);
            weights[i] = Math.Clamp((int)Math.Round(scores[i] * 10), 1, 255);
        }
        var cut = count > PostingsPerTermLimit;
        // Chosen by the exact score: a term in nearly every document has a weight of 1 everywhere once scaled.
        var kept = cut ? Strongest(scores.AsSpan(0, count), PostingsPerTermLimit) : null;
        writer.WriteStartArray(term);
        if (kept is null)
        {
            WriteNumbers(writer, documents);
            WriteIntegers(writer, weights.AsSpan(0, count));
        }
        else
        {
            var keptDocuments = new int[kept.Length];
            for (var i = 0; i < kept.Length; i++) keptDocuments[i] = documents[kept[i]];
            WriteNumbers(writer, keptDocuments);
            WriteIntegers(writer, [.. kept.Select(i => weights[i])]);
        }
        writer.WriteNumberValue(cut ? 1 : 0);
        writer.WriteStringValue(postings.ShownWord);
        writer.WriteEndArray();
        ArrayPool<int>.Shared.Return(weights);
        ArrayPool<double>.Shared.Return(scores);
    }

    /// <summary>
    /// The positions of the <paramref name="limit"/> highest scores, in order, of equal scores the first: the same
    /// choice as sorting by score and then by position. Only the lowest score kept needs finding, which a selection
    /// does in time linear in the number of scores; nearly every term of a large site is cut.
    /// </summary>
    public static int[] Strongest(ReadOnlySpan<double> scores, int limit)
    {
        var work = ArrayPool<double>.Shared.Rent(scores.Length);
        scores.CopyTo(work);
        var threshold = Select(work.AsSpan(0, scores.Length), scores.Length - limit);
        ArrayPool<double>.Shared.Return(work);
        var above = 0;
        foreach (var score in scores) if (score > threshold) above++;
        // Of the scores equal to the threshold, as many are kept as the higher ones leave room for.
        var ties = limit - above;
        var kept = new int[limit];
        var count = 0;
        for (var i = 0; i < scores.Length; i++)
        {
            if (scores[i] > threshold || (scores[i] == threshold && ties-- > 0)) kept[count++] = i;
        }
        return kept;
    }

    /// <summary>
    /// The value that would stand at <paramref name="position"/> if <paramref name="values"/> were sorted (Hoare's
    /// selection, reordering them). A range that keeps splitting badly is sorted instead, so no order of the values
    /// makes it slower than a sort.
    /// </summary>
    private static double Select(Span<double> values, int position)
    {
        var low = 0;
        var high = values.Length - 1;
        var splitsLeft = 2 * BitOperations.Log2((uint)values.Length) + 4;
        while (low < high)
        {
            if (splitsLeft-- == 0)
            {
                values[low..(high + 1)].Sort();
                break;
            }
            var (a, b, c) = (values[low], values[low + (high - low) / 2], values[high]);
            var pivot = Math.Max(Math.Min(a, b), Math.Min(Math.Max(a, b), c));
            var i = low;
            var j = high;
            while (i <= j)
            {
                while (values[i] < pivot) i++;
                while (values[j] > pivot) j--;
                if (i > j) break;
                (values[i], values[j]) = (values[j], values[i]);
                i++;
                j--;
            }
            // Now everything up to j is at most the pivot, everything from i on at least it, and between them equal to it.
            if (position <= j) high = j;
            else if (position >= i) low = i;
            else break;
        }
        return values[position];
    }

    /// <summary>
    /// Every term with the documents that hold it, in document order, and how much it counts in each; and for each
    /// document the part of BM25's denominator that its length gives (<see cref="K1"/> · (1 − b + b · length / average)).
    /// </summary>
    /// <remarks>
    /// Every list is a part of two lists for all postings (<see cref="NativeInts"/>). The documents are split into one run per core, and each run
    /// fills its own stretch of every term's part, after the stretches of the runs before it: each list is in document
    /// order whichever run ends first, and a site of 100,000 documents has tens of millions of postings to place.
    /// </remarks>
    private PostingLists Postings(out double[] lengthNorms)
    {
        var termCount = _counter.TermCount;
        var runs = Math.Clamp(_terms.Length / 1024, 1, Environment.ProcessorCount);
        (int From, int To) Run(int run) => (_terms.Length * run / runs, _terms.Length * (run + 1) / runs);
        // Each run's number of postings of every term, then where its stretch of each term's list starts.
        using var runSizes = new NativeInts(checked(runs * termCount), zeroed: true);
        using var runStarts = new NativeInts(checked(runs * termCount), zeroed: false);
        var runLengths = new long[runs];
        var runIndexed = new int[runs];
        Parallel.For(0, runs, run =>
        {
            var sizes = runSizes.Span.Slice(run * termCount, termCount);
            var (from, to) = Run(run);
            for (var number = from; number < to; number++)
            {
                if (_terms[number] is not { } document) continue;
                runIndexed[run]++;
                runLengths[run] += document.Length;
                foreach (var term in document.Terms) sizes[term]++;
            }
        });
        using var termStartsBuffer = new NativeInts(termCount + 1, zeroed: false);
        var termStarts = termStartsBuffer.Span;
        var position = 0;
        var allSizes = runSizes.Span;
        var allStarts = runStarts.Span;
        for (var term = 0; term < termCount; term++)
        {
            termStarts[term] = position;
            for (var run = 0; run < runs; run++)
            {
                allStarts[run * termCount + term] = position;
                position = checked(position + allSizes[run * termCount + term]);
            }
        }
        termStarts[termCount] = position;
        var lists = new PostingLists(new NativeInts(position, zeroed: false), new NativeInts(position, zeroed: false), termCount);
        try
        {
            Parallel.For(0, runs, run =>
            {
                var next = runStarts.Span.Slice(run * termCount, termCount);
                var documents = lists.Documents.Span;
                var counts = lists.Counts.Span;
                var (from, to) = Run(run);
                for (var number = from; number < to; number++)
                {
                    if (_terms[number] is not { } document) continue;
                    for (var i = 0; i < document.Terms.Length; i++)
                    {
                        var at = next[document.Terms[i]]++;
                        documents[at] = number;
                        counts[at] = document.Counts[i];
                    }
                }
            });
            var averageLength = Math.Max(1, (double)runLengths.Sum() / Math.Max(1, runIndexed.Sum()));
            lengthNorms = new double[_terms.Length];
            for (var number = 0; number < _terms.Length; number++)
            {
                if (_terms[number] is { } document) lengthNorms[number] = K1 * (1 - B + B * (document.Length / averageLength));
            }
            for (var term = 0; term < termCount; term++)
            {
                var (start, size) = (termStarts[term], termStarts[term + 1] - termStarts[term]);
                if (size > 0)
                    lists.ByTerm[_counter.Term(term)] = new TermPostings(lists.Documents.Memory.Slice(start, size), lists.Counts.Memory.Slice(start, size), _counter.ShownWord(term));
            }
            return lists;
        }
        catch
        {
            lists.Dispose();
            throw;
        }
    }

    /// <param name="ShownWord">How a suggestion of a near spelling writes the term.</param>
    private sealed record TermPostings(ReadOnlyMemory<int> Documents, ReadOnlyMemory<int> Counts, string ShownWord);

    /// <summary>Every term's postings, each a part of two lists for all postings, which are freed when this is disposed.</summary>
    private sealed class PostingLists(NativeInts documents, NativeInts counts, int termCount) : IDisposable
    {
        public NativeInts Documents => documents;
        public NativeInts Counts => counts;
        public Dictionary<string, TermPostings> ByTerm { get; } = new(termCount, StringComparer.Ordinal);

        public void Dispose()
        {
            ((IDisposable)documents).Dispose();
            ((IDisposable)counts).Dispose();
        }
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
            folder.Write($"f/{name}.json", stream => WriteJson(stream, writer => WriteNumbers(writer, CollectionsMarshal.AsSpan(numbers))));
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
    /// <returns>The file's bytes, in a buffer of the thread's that its next result overwrites.</returns>
    public ReadOnlyMemory<byte> ResultOf(Document document, ReadOnlyMemory<char> text) =>
        ResultWriter.Write((document, text), static (writer, result) => WriteResult(writer, result.document, result.text));

    private static void WriteResult(Utf8JsonWriter writer, Document document, ReadOnlyMemory<char> text)
    {
        writer.WriteStartObject();
        writer.WriteString("url", document.Url);
        writer.WriteString("title", document.Title);
        writer.WriteString("date", document.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        writer.WriteString("dateText", Czech.CzechCulture.FormatDate(document.Date));
        writer.WriteString("region", document.Region.Name);
        if (document.Group is { } group) writer.WriteString("group", group.Name);
        writer.WriteString("type", DocumentTypes.Of(document.Type).Key);
        var body = text.Span;
        var cut = body.Length > SnippetTextLimit;
        // The cut never parts a character written as two UTF-16 units (an emoji), which JSON could not carry.
        if (cut) body = body[..(char.IsHighSurrogate(body[SnippetTextLimit - 1]) ? SnippetTextLimit - 1 : SnippetTextLimit)];
        writer.WriteString("text", body);
        // A cut text cannot show that a phrase is missing from the document.
        if (cut) writer.WriteBoolean("cut", true);
        writer.WriteEndObject();
    }

    /// <summary>
    /// The name of a shard from the first characters of its terms (two, or more for a shard that was split), each kept when it is a-z or 0-9 and written as "_" and its
    /// code in hexadecimal otherwise, so that every name is safe in an address. The script computes the same name.
    /// </summary>
    public static string ShardKey(string term, int length = 2)
    {
        var key = new System.Text.StringBuilder();
        var taken = 0;
        for (var i = 0; i < term.Length && taken < length; i++, taken++)
        {
            var rune = System.Text.Rune.GetRuneAt(term, i);
            if (rune.Utf16SequenceLength == 2) i++;
            if (rune.Value is >= 'a' and <= 'z' or >= '0' and <= '9') key.Append((char)rune.Value);
            else key.Append('_').Append(rune.Value.ToString("x", System.Globalization.CultureInfo.InvariantCulture));
        }
        return key.ToString();
    }

    /// <summary>Ascending document numbers as the differences between them, which are small and compress well.</summary>
    private static void WriteNumbers(Utf8JsonWriter writer, ReadOnlySpan<int> ascending)
    {
        var differences = ArrayPool<int>.Shared.Rent(ascending.Length);
        var previous = 0;
        for (var i = 0; i < ascending.Length; i++)
        {
            differences[i] = ascending[i] - previous;
            previous = ascending[i];
        }
        WriteIntegers(writer, differences.AsSpan(0, ascending.Length));
        ArrayPool<int>.Shared.Return(differences);
    }

    /// <summary>
    /// An array of integers, formatted directly: the index holds millions of them, and writing each through the JSON
    /// writer's value API costs several times more than the digits themselves. The buffer is pooled: a common term's
    /// list is large enough that a new one each time would keep the collector busy.
    /// </summary>
    private static void WriteIntegers(Utf8JsonWriter writer, ReadOnlySpan<int> values)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(2 + values.Length * 12);
        var length = 0;
        buffer[length++] = (byte)'[';
        for (var i = 0; i < values.Length; i++)
        {
            if (i > 0) buffer[length++] = (byte)',';
            System.Buffers.Text.Utf8Formatter.TryFormat(values[i], buffer.AsSpan(length), out var written);
            length += written;
        }
        buffer[length++] = (byte)']';
        writer.WriteRawValue(buffer.AsSpan(0, length), skipInputValidation: true);
        ArrayPool<byte>.Shared.Return(buffer);
    }

    private static readonly JsonWriterOptions Compact = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    // Every document has a result file. After Compact, whose value it takes when the class is initialised.
    private static readonly ThreadJsonWriter ResultWriter = new(Compact);

    /// <summary>How much JSON a shard gathers before it goes to its file: a whole shard would be gathered in a growing buffer.</summary>
    private const int FlushBytes = 32 * 1024;

    /// <summary>
    /// Writes one JSON file with the thread's writer, whose buffer is kept from file to file: a writer of its own for
    /// each of the index's thousands of files would grow a new buffer as large as the file.
    /// </summary>
    private static void WriteJson(Stream stream, Action<Utf8JsonWriter> write)
    {
        var writer = t_fileWriter ??= new Utf8JsonWriter(Stream.Null, Compact);
        writer.Reset(stream);
        try
        {
            write(writer);
            writer.Flush();
        }
        finally
        {
            writer.Reset(Stream.Null);
        }
    }

    [ThreadStatic] private static Utf8JsonWriter? t_fileWriter;

    private sealed record DocumentTerms(int[] Terms, int[] Counts, int Length);
}
