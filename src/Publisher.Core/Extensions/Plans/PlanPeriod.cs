using System.Text.RegularExpressions;

namespace Publisher.Core.Extensions.Plans;

/// <summary>A plan's period as Czech typography writes it: the years of "2020-2022" joined by an en dash, "2020–2022".</summary>
public static partial class PlanPeriod
{
    public static string? Shown(string? period) => period is null ? null : YearsDash().Replace(period, "–");

    // A hyphen, or a dash with spaces around it, between two numbers.
    [GeneratedRegex(@"(?<=\d)\s*[-‐‑‒—]\s*(?=\d)|(?<=\d)\s+–\s+(?=\d)")]
    private static partial Regex YearsDash();
}
