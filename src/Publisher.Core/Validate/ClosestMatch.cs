using Publisher.Core.Diagnostics;

namespace Publisher.Core.Validate;

/// <summary>Finds the known id an editor most likely meant, for "did you mean …" hints.</summary>
public static class ClosestMatch
{
    public static string? Find(string value, IEnumerable<string> candidates)
    {
        var known = candidates as IReadOnlyCollection<string> ?? candidates.ToList();
        var needle = value.Trim().ToLowerInvariant();
        var slug = Model.Slug.From(value, int.MaxValue);
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in known)
        {
            var distance = Math.Min(Distance(needle, candidate), Distance(slug, candidate));
            if (distance < bestDistance || (distance == bestDistance && string.CompareOrdinal(candidate, best) < 0))
            {
                best = candidate;
                bestDistance = distance;
            }
        }
        // Accept a typo-sized difference, or else a value that is a clear part of an id ("hradec" for "jindrichuv-hradec").
        if (best is not null && bestDistance <= Math.Max(2, best.Length / 3)) return best;
        return slug.Length < 3
            ? null
            : known
                .Where(c => c.Contains(slug, StringComparison.Ordinal) || slug.Contains(c, StringComparison.Ordinal))
                .OrderBy(c => c.Length).ThenBy(c => c, StringComparer.Ordinal)
                .FirstOrDefault();
    }

    /// <summary>" (did you mean 'x'?)" after a value that is not a known one, or nothing when no known one is near.</summary>
    public static Message Hint(string value, IEnumerable<string> candidates) =>
        Find(value, candidates) is { } match ? YamlFieldMessages.DidYouMean(match) : Message.Empty;

    /// <summary>Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours.</summary>
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        }
        return d[a.Length, b.Length];
    }
}
