using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace Publisher.Core.Extensions.Search;

/// <summary>
/// Counts the terms of texts quickly enough to index every document while it is rendered: each distinct term gets a
/// number once, for the whole site, and each thread remembers which term each word it met is (most words of a site
/// recur thousands of times), so a word costs one lookup of its characters and no new string. Term numbers depend on
/// the order threads meet terms in; nothing written depends on them.
/// </summary>
public sealed class TermCounter
{
    private readonly object _gate = new();
    private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);
    private readonly List<string> _terms = [];
    // For each term, the form of it that a suggestion shows: every word meets this once, so the choice is the same
    // whichever thread meets which word first.
    private readonly List<string> _shownWords = [];
    private readonly ThreadLocal<ThreadState> _threads;

    public TermCounter() => _threads = new ThreadLocal<ThreadState>(() => new ThreadState(this));

    /// <summary>The term numbered <paramref name="number"/>.</summary>
    public string Term(int number)
    {
        lock (_gate) return _terms[number];
    }

    /// <summary>
    /// How a suggestion writes term <paramref name="number"/>: its shortest form seen, with the most diacritics among
    /// those (people type them less often than they read them), in lower case.
    /// </summary>
    public string ShownWord(int number)
    {
        lock (_gate) return _shownWords[number];
    }

    public int TermCount
    {
        get { lock (_gate) return _terms.Count; }
    }

    /// <summary>The terms of the texts with how often each occurs, weighted, and the weighted number of all words.</summary>
    public (int[] Terms, int[] Counts, int Length) Count(IEnumerable<(string Text, int Weight)> parts) => _threads.Value!.Count(parts);

    private int NumberOf(string term, string word)
    {
        var shown = word.ToLowerInvariant();
        lock (_gate)
        {
            ref var number = ref CollectionsMarshal.GetValueRefOrAddDefault(_numbers, term, out var exists);
            if (!exists)
            {
                number = _terms.Count;
                _terms.Add(term);
                _shownWords.Add(shown);
            }
            else if (ShowsBetter(shown, _shownWords[number]))
            {
                _shownWords[number] = shown;
            }
            return number;
        }
    }

    private static bool ShowsBetter(string candidate, string current)
    {
        if (candidate.Length != current.Length) return candidate.Length < current.Length;
        var marks = candidate.Count(c => c > 0x7f) - current.Count(c => c > 0x7f);
        return marks != 0 ? marks > 0 : string.CompareOrdinal(candidate, current) < 0;
    }

    private sealed class ThreadState(TermCounter owner)
    {
        private const int CacheLimit = 500_000;
        private const int NoTerm = -1;
        private readonly WordTable _words = new();
        private int[] _counts = new int[1024];
        private readonly List<int> _seen = [];

        public (int[], int[], int) Count(IEnumerable<(string Text, int Weight)> parts)
        {
            var length = 0;
            foreach (var (text, weight) in parts)
            {
                var rest = text.AsSpan();
                while (CzechSearchTerms.NextWord(ref rest) is { Length: > 0 } word)
                {
                    var hash = WordTable.Hash(word);
                    if (!_words.TryGet(word, hash, out var number))
                    {
                        if (_words.Count >= CacheLimit) _words.Clear();
                        var wordText = word.ToString();
                        number = CzechSearchTerms.Term(wordText) is { } term ? owner.NumberOf(term, wordText) : NoTerm;
                        _words.Add(wordText, hash, number);
                    }
                    if (number == NoTerm) continue;
                    if (number >= _counts.Length) Array.Resize(ref _counts, Math.Max(number + 1, _counts.Length * 2));
                    if (_counts[number] == 0) _seen.Add(number);
                    _counts[number] += weight;
                    length += weight;
                }
            }
            var terms = _seen.ToArray();
            var counts = new int[terms.Length];
            for (var i = 0; i < terms.Length; i++)
            {
                counts[i] = _counts[terms[i]];
                _counts[terms[i]] = 0;
            }
            _seen.Clear();
            return (terms, counts, length);
        }
    }

    /// <summary>
    /// The words a thread has met, with their term numbers, found by their characters: open addressing with each
    /// word's hash beside it, which takes half the time of a dictionary looked up by a span (one probe of one array,
    /// and the characters compared only when the hashes agree).
    /// </summary>
    private sealed class WordTable
    {
        private Entry[] _entries = new Entry[1024];

        public int Count { get; private set; }

        public static int Hash(ReadOnlySpan<char> word) => (int)XxHash3.HashToUInt64(MemoryMarshal.AsBytes(word));

        public bool TryGet(ReadOnlySpan<char> word, int hash, out int number)
        {
            var mask = _entries.Length - 1;
            for (var slot = hash & mask; ; slot = (slot + 1) & mask)
            {
                ref var entry = ref _entries[slot];
                if (entry.Word is null) break;
                if (entry.Hash == hash && word.SequenceEqual(entry.Word))
                {
                    number = entry.Number;
                    return true;
                }
            }
            number = 0;
            return false;
        }

        /// <summary>Adds a word that <see cref="TryGet"/> did not find; the table doubles when half full, so a probe stays short.</summary>
        public void Add(string word, int hash, int number)
        {
            if (Count * 2 >= _entries.Length)
            {
                var old = _entries;
                _entries = new Entry[old.Length * 2];
                Count = 0;
                foreach (var entry in old)
                {
                    if (entry.Word is not null) Add(entry.Word, entry.Hash, entry.Number);
                }
            }
            var mask = _entries.Length - 1;
            var slot = hash & mask;
            while (_entries[slot].Word is not null) slot = (slot + 1) & mask;
            _entries[slot] = new Entry(hash, word, number);
            Count++;
        }

        public void Clear()
        {
            Array.Clear(_entries);
            Count = 0;
        }

        private readonly record struct Entry(int Hash, string? Word, int Number);
    }
}
