using System.Globalization;

namespace Publisher.Core.Czech;

/// <summary>
/// Czech formatting and ordering. Relies on ICU: with invariant globalisation .NET would sort
/// "Chomutov" before "Hradec" and print English month names, so <see cref="EnsureAvailable"/> refuses to run then.
/// </summary>
public static class CzechCulture
{
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("cs-CZ");

    /// <summary>Czech alphabetical order: "ch" after "h", "č" after "c", case and accents as secondary differences.</summary>
    public static readonly StringComparer Collator = StringComparer.Create(Culture, CompareOptions.None);

    /// <summary>"4. března 2022": .NET uses the genitive month name when the day precedes it.</summary>
    public static string FormatDate(DateOnly date) => date.ToString("d. MMMM yyyy", Culture);

    public static string FormatTime(TimeOnly time) => time.ToString("H:mm", Culture);

    public static void EnsureAvailable()
    {
        var ordersCh = Collator.Compare("Chomutov", "Hradec") > 0 && Collator.Compare("Chomutov", "Ivančice") < 0;
        var monthName = FormatDate(new DateOnly(2022, 3, 4)) == "4. března 2022";
        if (!ordersCh || !monthName)
            throw new CzechCultureUnavailableException();
    }
}
