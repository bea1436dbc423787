using System.Globalization;

namespace Publisher.Core.Czech;

/// <summary>
/// A count with its noun in the form Czech grammar gives it: "1 dokument", "2 dokumenty", "5 dokumentů". The three
/// forms are the nominative singular, the nominative plural (2 to 4) and the genitive plural (0 and 5 on).
/// </summary>
public static class CzechPlural
{
    public static string Of(long count, string one, string twoToFour, string fiveOrMore)
    {
        var noun = count switch
        {
            1 => one,
            >= 2 and <= 4 => twoToFour,
            _ => fiveOrMore,
        };
        return $"{count.ToString("N0", CzechCulture.Culture)} {noun}";
    }
}
