using Publisher.Core.Czech;

namespace Publisher.Core.Authoring.Import;

/// <summary>
/// Splits a list of people as minutes write it, "Mgr. Ivana Benešová, Lucie Fraňková, DiS., Jana Knichalová. Iveta
/// Roubíčková", into names: at commas and semicolons, and at a full stop that ends a surname rather than a degree; a
/// degree after a comma ("DiS.", "Ph.D.") belongs to the name before it.
/// </summary>
public static class NameList
{
    /// <summary>Degrees and abbreviations written before a name or a word, whose full stop does not end the name.</summary>
    private static readonly HashSet<string> Prefixes = new(StringComparer.OrdinalIgnoreCase)
    {
        "Bc", "BcA", "Mgr", "MgA", "Ing", "arch", "MUDr", "MDDr", "MVDr", "JUDr", "PhDr", "RNDr", "PharmDr", "PaedDr",
        "ThDr", "ThLic", "ICDr", "Dr", "doc", "prof", "p", "pí", "sl", "ul", "nám", "č",
    };

    public static IReadOnlyList<string> Split(string text)
    {
        var names = new List<string>();
        foreach (var part in text.Split([',', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (names.Count > 0 && AcademicDegree.Is(part))
            {
                names[^1] += ", " + part;
                continue;
            }
            names.AddRange(AtSentenceEnds(part));
        }
        return names.Select(WithoutClosingStop).Where(name => name.Length > 0).ToList();
    }

    /// <summary>The parts of a text that a full stop followed by a capital divides, unless the word before it is a prefix.</summary>
    private static IEnumerable<string> AtSentenceEnds(string text)
    {
        var start = 0;
        for (var i = text.IndexOf(". ", StringComparison.Ordinal); i >= 0; i = text.IndexOf(". ", i + 1, StringComparison.Ordinal))
        {
            var next = i + 2;
            while (next < text.Length && text[next] == ' ') next++;
            if (next >= text.Length || !char.IsUpper(text[next])) continue;
            var wordStart = i;
            while (wordStart > start && char.IsLetter(text[wordStart - 1])) wordStart--;
            var word = text[wordStart..i];
            if (word.Length < 2 || Prefixes.Contains(word) || AcademicDegree.Is(word + ".")) continue;
            yield return text[start..i].Trim();
            start = next;
        }
        yield return text[start..].Trim();
    }

    /// <summary>A name without the full stop that closed its sentence; a degree's full stop stays.</summary>
    private static string WithoutClosingStop(string name)
    {
        if (!name.EndsWith('.')) return name;
        var lastWord = name[(name.LastIndexOfAny([' ', ',']) + 1)..];
        return AcademicDegree.Is(lastWord) || Prefixes.Contains(lastWord.TrimEnd('.')) ? name : name.TrimEnd('.').TrimEnd();
    }

}
