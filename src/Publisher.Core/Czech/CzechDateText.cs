namespace Publisher.Core.Czech;

/// <summary>
/// Recognises a Czech date at the start of a line as editors write it: "4. 3. 2022", "04.03.2022", "17. února 2020",
/// "17. únor 2020, 14:00". Such a line reads in Markdown like a numbered list item ("4." then "3."), which it is not.
/// </summary>
public static class CzechDateText
{
    // Both the genitive that follows a day ("4. března") and the nominative editors also write ("17. únor"),
    // with and without diacritics as typed on a phone or in an old system.
    private static readonly Dictionary<string, int> Months = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ledna"] = 1, ["leden"] = 1, ["února"] = 2, ["únor"] = 2, ["unora"] = 2, ["unor"] = 2,
        ["března"] = 3, ["březen"] = 3, ["brezna"] = 3, ["brezen"] = 3, ["dubna"] = 4, ["duben"] = 4,
        ["května"] = 5, ["květen"] = 5, ["kvetna"] = 5, ["kveten"] = 5, ["června"] = 6, ["červen"] = 6, ["cervna"] = 6, ["cerven"] = 6,
        ["července"] = 7, ["červenec"] = 7, ["cervence"] = 7, ["cervenec"] = 7, ["srpna"] = 8, ["srpen"] = 8,
        ["září"] = 9, ["zari"] = 9, ["října"] = 10, ["říjen"] = 10, ["rijna"] = 10, ["rijen"] = 10,
        ["listopadu"] = 11, ["listopad"] = 11, ["prosince"] = 12, ["prosinec"] = 12,
    };

    /// <summary>
    /// True when <paramref name="line"/> (after up to three spaces) starts with a real day of the month and a month:
    /// "4. 3." followed by a year, or "4. března" (with or without a year). "1. Úvod" and "3. 5 členů" are not dates.
    /// </summary>
    public static bool StartsWithDate(ReadOnlySpan<char> line)
    {
        line = line.TrimStart(' ');
        if (!TryNumber(ref line, out var day) || day is < 1 or > 31 || !TrySkip(ref line, '.')) return false;
        line = line.TrimStart(' ');
        if (TryNumber(ref line, out var month))
        {
            if (month is < 1 or > 12 || !TrySkip(ref line, '.')) return false;
            line = line.TrimStart(' ');
            return TryNumber(ref line, out var year, maxDigits: 4) && year >= 1000 && (line.IsEmpty || !char.IsLetterOrDigit(line[0]));
        }
        var word = line;
        var end = 0;
        while (end < word.Length && char.IsLetter(word[end])) end++;
        return end > 0 && IsMonthName(word[..end]);
    }

    /// <summary>"března", "únor", "cervna": a month's name as it follows a day, in either case, with or without diacritics.</summary>
    public static bool IsMonthName(ReadOnlySpan<char> word) => Months.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(word);

    /// <summary>The number of the month <paramref name="word"/> names (1 for "ledna" or "leden"), or 0 when it names none.</summary>
    public static int MonthNumber(string word) => Months.GetValueOrDefault(word);

    private static bool TryNumber(ref ReadOnlySpan<char> text, out int value, int maxDigits = 2)
    {
        value = 0;
        var digits = 0;
        while (digits < text.Length && char.IsAsciiDigit(text[digits]))
        {
            if (++digits > maxDigits) return false;
            value = value * 10 + (text[digits - 1] - '0');
        }
        text = text[digits..];
        return digits > 0;
    }

    private static bool TrySkip(ref ReadOnlySpan<char> text, char expected)
    {
        if (text.IsEmpty || text[0] != expected) return false;
        text = text[1..];
        return true;
    }
}
