using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace Publisher.Core.Render.Templates;

/// <summary>
/// The markup of partials included with <c>partial_cached</c>, by partial and value, for one build. A document's
/// teaser is on every list the document is in (its region, group, year, type, tags), so most of a listing page's
/// markup was already made for another page. Thread-safe: two pages asking at once may both render it, with the same result.
/// </summary>
/// <remarks>
/// Values are told apart by identity, not by their records' equality: the model is built once per build and never
/// changes, so the same value is the same object, and comparing whole records field by field would cost more than
/// rendering them. Texts and numbers are compared by value.
/// </remarks>
/// <param name="maxCharacters">Characters of markup kept, at most.</param>
public sealed class CachedPartials(long maxCharacters = CachedPartials.MaxCharacters)
{
    /// <summary>
    /// Characters of markup kept by default. A teaser is about 700 characters, so 100,000 documents keep 70 million;
    /// a theme that caches a partial for every page stops adding to the cache here instead of holding the whole site.
    /// </summary>
    public const long MaxCharacters = 128L * 1024 * 1024;

    private readonly ConcurrentDictionary<(string Partial, object? Value), string> _markup = new(new ByIdentity());
    private long _characters;

    public bool TryGet(string partial, object? value, out string markup) => _markup.TryGetValue((partial, value), out markup!);

    /// <summary>Keeps the markup while the budget lasts.</summary>
    /// <returns>The markup kept for this partial and value: the one given, or one another page kept first.</returns>
    public string Keep(string partial, object? value, string markup)
    {
        if (Interlocked.Add(ref _characters, markup.Length) > maxCharacters)
        {
            Interlocked.Add(ref _characters, -markup.Length);
            return markup;
        }
        if (_markup.TryAdd((partial, value), markup)) return markup;
        Interlocked.Add(ref _characters, -markup.Length);
        return _markup[(partial, value)];
    }

    private sealed class ByIdentity : IEqualityComparer<(string Partial, object? Value)>
    {
        public bool Equals((string Partial, object? Value) x, (string Partial, object? Value) y) =>
            string.Equals(x.Partial, y.Partial, StringComparison.Ordinal)
            && (ReferenceEquals(x.Value, y.Value) || (x.Value is string or ValueType && x.Value.Equals(y.Value)));

        public int GetHashCode((string Partial, object? Value) key) => HashCode.Combine(
            StringComparer.Ordinal.GetHashCode(key.Partial),
            key.Value is string or ValueType ? key.Value.GetHashCode() : RuntimeHelpers.GetHashCode(key.Value));
    }
}
