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
    public (int[] Terms, int[] Counts, int Length) Count(IEnumerable<(ReadOnlyMemory<char> Text, int Weight)> parts) => _threads.Value!.Count(parts);

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
        // The terms met in the text being counted, in the order met: a term is written at the end every time, and
        // the end moves on only the first time, which costs no branch where a term that recurs and one that does not
        // alternate unpredictably.
        private int[] _seen = new int[1024];

        public (int[], int[], int) Count(IEnumerable<(ReadOnlyMemory<char> Text, int Weight)> parts)
        {
            var length = 0;
            var seen = 0;
            foreach (var (text, weight) in parts)
            {
                var rest = text.Span;
                while (CzechSearchTerms.NextWord(ref rest) is { Length: > 0 } word)
                {
                    var hash = WordTable.Hash(word);
                    if (!_words.TryGet(word, hash, out var number))
                    {
                        if (_words.Count >= CacheLimit) _words.Clear();
                        var wordText = word.ToString();
                        number = CzechSearchTerms.Term(wordText) is { } term ? owner.NumberOf(term, wordText) : NoTerm;
                        _words.Add(word, hash, number);
                    }
                    if (number == NoTerm) continue;
                    if (number >= _counts.Length) Array.Resize(ref _counts, Math.Max(number + 1, _counts.Length * 2));
                    if (seen == _seen.Length) Array.Resize(ref _seen, _seen.Length * 2);
                    ref var count = ref _counts[number];
                    _seen[seen] = number;
                    seen += count == 0 ? 1 : 0;
                    count += weight;
                    length += weight;
                }
            }
            var terms = _seen.AsSpan(0, seen).ToArray();
            var counts = new int[terms.Length];
            for (var i = 0; i < terms.Length; i++)
            {
                counts[i] = _counts[terms[i]];
                _counts[terms[i]] = 0;
            }
            return (terms, counts, length);
        }
    }

    /// <summary>
    /// The words a thread has met, with their term numbers, found by their characters: open addressing over slots of
    /// plain numbers (each word's hash, where its characters are, its term), and the characters of all words side by
    /// side in one array. Every word of the site is looked up while pages render, when little of this stays in the
    /// processor's cache: a dictionary of strings costs a miss for its entry and another for the string, this mostly one.
    /// </summary>
    private sealed class WordTable
    {
        private Slot[] _slots = new Slot[1024];
        private char[] _characters = new char[16 * 1024];
        private int _charactersUsed;

        public int Count { get; private set; }

        // A seed of its own in each process: words written to share their hash, to make every lookup walk a long run of
        // slots, cannot be written without knowing it. Nothing written depends on the hashes.
        private static readonly long Seed = Random.Shared.NextInt64();

        public static int Hash(ReadOnlySpan<char> word) => (int)XxHash3.HashToUInt64(MemoryMarshal.AsBytes(word), Seed);

        public bool TryGet(ReadOnlySpan<char> word, int hash, out int number)
        {
            var mask = _slots.Length - 1;
            for (var index = hash & mask; ; index = (index + 1) & mask)
            {
                ref var slot = ref _slots[index];
                // No word is empty, so a slot of length 0 is free and ends the probe.
                if (slot.Length == 0) break;
                if (slot.Hash == hash && slot.Length == word.Length && word.SequenceEqual(_characters.AsSpan(slot.Start, slot.Length)))
                {
                    number = slot.Number;
                    return true;
                }
            }
            number = 0;
            return false;
        }

        /// <summary>Adds a word that <see cref="TryGet"/> did not find; the slots double when half full, so a probe stays short.</summary>
        public void Add(ReadOnlySpan<char> word, int hash, int number)
        {
            if (Count * 2 >= _slots.Length)
            {
                var old = _slots;
                _slots = new Slot[old.Length * 2];
                foreach (var slot in old)
                {
                    if (slot.Length > 0) Place(slot);
                }
            }
            if (_charactersUsed + word.Length > _characters.Length)
                Array.Resize(ref _characters, Math.Max(_characters.Length * 2, _charactersUsed + word.Length));
            word.CopyTo(_characters.AsSpan(_charactersUsed));
            Place(new Slot(hash, _charactersUsed, word.Length, number));
            _charactersUsed += word.Length;
            Count++;
        }

        private void Place(Slot slot)
        {
            var mask = _slots.Length - 1;
            var index = slot.Hash & mask;
            while (_slots[index].Length > 0) index = (index + 1) & mask;
            _slots[index] = slot;
        }

        public void Clear()
        {
            Array.Clear(_slots);
            _charactersUsed = 0;
            Count = 0;
        }

        private readonly record struct Slot(int Hash, int Start, int Length, int Number);
    }
}
