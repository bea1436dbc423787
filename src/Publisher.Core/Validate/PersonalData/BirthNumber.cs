namespace Publisher.Core.Validate.PersonalData;

/// <summary>
/// The Czech birth number (rodné číslo): YYMMDD and three digits for people born before 1954, four digits since, the
/// month raised by 50 for women and by 20 more when a day ran out of numbers (since 2004). Recognised by its date and,
/// for ten digits, its checksum, so that other numbers of the same shape are not taken for one.
/// </summary>
public static class BirthNumber
{
    /// <param name="digits">Nine or ten digits, without the slash.</param>
    public static bool IsValid(ReadOnlySpan<char> digits)
    {
        if (digits.Length is not (9 or 10)) return false;
        foreach (var c in digits)
        {
            if (!char.IsAsciiDigit(c)) return false;
        }
        var yy = Number(digits[..2]);
        var month = Number(digits[2..4]);
        var day = Number(digits[4..6]);
        // Nine digits were given until 1953; ten since 1954, so a ten-digit number with a year below 54 is of this century.
        var year = digits.Length == 9 ? (yy < 54 ? 1900 + yy : -1) : (yy >= 54 ? 1900 + yy : 2000 + yy);
        if (year < 0) return false;
        if (month > 50) month -= 50;
        if (month > 20)
        {
            if (year < 2004) return false;
            month -= 20;
        }
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        if (digits.Length == 9) return true;
        var number = long.Parse(digits);
        // Until 1985 a number whose first nine digits left 10 after division by 11 ended in 0 instead.
        return number % 11 == 0 || (year < 1986 && number / 10 % 11 == 10 && number % 10 == 0);
    }

    private static int Number(ReadOnlySpan<char> twoDigits) => (twoDigits[0] - '0') * 10 + (twoDigits[1] - '0');
}
