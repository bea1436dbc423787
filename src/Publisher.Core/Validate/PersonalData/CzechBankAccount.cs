namespace Publisher.Core.Validate.PersonalData;

/// <summary>
/// A Czech bank account number, "prefix-number/bank": the prefix (up to 6 digits) and the number (up to 10) each pass
/// the check of the Czech National Bank's decree 169/2011 (weighted digits divisible by 11).
/// </summary>
public static class CzechBankAccount
{
    private static readonly int[] Weights = [6, 3, 7, 9, 10, 5, 8, 4, 2, 1];

    /// <param name="prefix">The digits before '-', or empty.</param>
    /// <param name="number">The digits between '-' (or the start) and '/'.</param>
    public static bool IsValid(ReadOnlySpan<char> prefix, ReadOnlySpan<char> number)
    {
        if (prefix.Length > 6 || number.Length is < 2 or > 10) return false;
        var nonZero = 0;
        foreach (var c in number)
        {
            if (c != '0') nonZero++;
        }
        // The decree requires at least two digits other than 0 in the number.
        return nonZero >= 2 && Passes(prefix) && Passes(number);
    }

    /// <summary>The weights apply from the right: the last digit weighs 1, the one before it 2, and so on.</summary>
    private static bool Passes(ReadOnlySpan<char> digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            if (!char.IsAsciiDigit(digits[^(i + 1)])) return false;
            sum += (digits[^(i + 1)] - '0') * Weights[^(i + 1)];
        }
        return sum % 11 == 0;
    }
}
