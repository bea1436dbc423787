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
        private readonly Dictionary<string, int> _words = new(StringComparer.Ordinal);
        private int[] _counts = new int[1024];
        private readonly List<int> _seen = [];

        public (int[], int[], int) Count(IEnumerable<(string Text, int Weight)> parts)
        {
            var lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
            var length = 0;
            foreach (var (text, weight) in parts)
            {
                var rest = text.AsSpan();
                while (CzechSearchTerms.NextWord(ref rest) is { Length: > 0 } word)
                {
                    if (!lookup.TryGetValue(word, out var number))
                    {
                        if (_words.Count >= CacheLimit) _words.Clear();
                        var wordText = word.ToString();
                        number = CzechSearchTerms.Term(wordText) is { } term ? owner.NumberOf(term, wordText) : NoTerm;
                        _words[wordText] = number;
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
}
