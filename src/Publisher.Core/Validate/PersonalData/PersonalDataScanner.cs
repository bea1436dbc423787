namespace Publisher.Core.Validate.PersonalData;

public enum PersonalDataKind { EmailAddress, PhoneNumber, BirthNumber, BankAccount }

/// <summary>One piece of personal data on a line: what it is, where it starts (0-based) and the text as written.</summary>
public sealed record PersonalDataMatch(PersonalDataKind Kind, int Index, string Text);

/// <summary>
/// Finds e-mail addresses, Czech phone numbers, birth numbers and bank account numbers in a line of text. Digits are
/// read as runs from left to right and each '@' once, so a line takes time linear in its length whatever it holds.
/// Phone numbers are nine digits (grouped 3 3 3 or not, with or without +420) that do not start with 0, 1 or 8 and are
/// not an amount ("123 456 789 Kč"); birth numbers and accounts must pass their checksums.
/// </summary>
public static class PersonalDataScanner
{
    private static readonly string[] AmountSuffixes = [" Kč", "Kč", ",-", " CZK", " EUR", " €", " ks"];

    /// <returns>What the line holds, from left to right.</returns>
    public static IReadOnlyList<PersonalDataMatch> Scan(ReadOnlySpan<char> line)
    {
        List<PersonalDataMatch>? matches = null;
        if (line.Contains('@')) FindEmailAddresses(line, matches ??= []);
        if (line.IndexOfAnyInRange('0', '9') >= 0) FindNumbers(line, matches ??= []);
        if (matches is null) return [];
        matches.Sort((a, b) => a.Index.CompareTo(b.Index));
        return matches;
    }

    private static void FindEmailAddresses(ReadOnlySpan<char> line, List<PersonalDataMatch> matches)
    {
        var previousEnd = 0;
        for (var at = line.IndexOf('@'); at >= 0; at = NextAt(line, at))
        {
            var start = at;
            while (start > previousEnd && IsLocalPart(line[start - 1])) start--;
            var end = at + 1;
            while (end < line.Length && IsDomain(line[end])) end++;
            // A sentence may end right after the address.
            while (end > at + 1 && line[end - 1] is '.' or '-') end--;
            var domain = line.Slice(at + 1, end - at - 1);
            var lastDot = domain.LastIndexOf('.');
            var local = line[start..at].TrimStart('.');
            if (local.Length > 0 && lastDot > 0 && domain.Length - lastDot - 1 >= 2 && IsLetters(domain[(lastDot + 1)..]))
            {
                matches.Add(new PersonalDataMatch(PersonalDataKind.EmailAddress, at - local.Length, line[(at - local.Length)..end].ToString()));
                previousEnd = end;
            }
        }
    }

    private static void FindNumbers(ReadOnlySpan<char> line, List<PersonalDataMatch> matches)
    {
        var i = 0;
        while (i < line.Length)
        {
            var next = line[i..].IndexOfAnyInRange('0', '9');
            if (next < 0) break;
            i += next;
            var end = i;
            if (StartsAlone(line, i) && Match(line, i, out var match))
            {
                matches.Add(match);
                end = match.Index + match.Text.Length;
            }
            // Past this run of digits (and what it matched): a number is never read again from its middle.
            while (end < line.Length && char.IsAsciiDigit(line[end])) end++;
            i = Math.Max(end, i + 1);
        }
    }

    /// <summary>A number that continues a word, a path or a reference ("č.j. 12/2020", "A123") is not read.</summary>
    private static bool StartsAlone(ReadOnlySpan<char> line, int i)
    {
        if (i == 0) return true;
        var before = line[i - 1];
        if (before == '+') return i == 1 || !char.IsLetterOrDigit(line[i - 2]);
        return !char.IsLetterOrDigit(before) && before is not ('/' or '-' or '.' or '_' or ',');
    }

    private static bool Match(ReadOnlySpan<char> line, int start, out PersonalDataMatch match)
    {
        var first = Digits(line, start);
        var afterFirst = start + first;
        // prefix-number/bank, or number/bank, or YYMMDD/XXXX
        if (afterFirst < line.Length && line[afterFirst] is '-' or '/')
        {
            if (SlashNumber(line, start, out match)) return true;
        }
        if (first == 10 && EndsAlone(line, afterFirst) && BirthNumber.IsValid(line.Slice(start, 10)))
        {
            match = new PersonalDataMatch(PersonalDataKind.BirthNumber, start, line[start..afterFirst].ToString());
            return true;
        }
        return Phone(line, start, out match);
    }

    private static bool SlashNumber(ReadOnlySpan<char> line, int start, out PersonalDataMatch match)
    {
        match = null!;
        var position = start;
        var prefix = ReadOnlySpan<char>.Empty;
        var firstLength = Digits(line, position);
        if (line[position + firstLength] == '-')
        {
            prefix = line.Slice(position, firstLength);
            position += firstLength + 1;
        }
        var numberLength = Digits(line, position);
        var number = line.Slice(position, numberLength);
        position += numberLength;
        if (numberLength == 0 || position >= line.Length || line[position] != '/') return false;
        var bankLength = Digits(line, position + 1);
        var end = position + 1 + bankLength;
        if (!EndsAlone(line, end) || (end < line.Length && line[end] is '/' or '-')) return false;
        var text = line[start..end].ToString();
        if (prefix.IsEmpty && numberLength == 6 && bankLength is 3 or 4
            && BirthNumber.IsValid(string.Concat(number, line.Slice(position + 1, bankLength))))
        {
            match = new PersonalDataMatch(PersonalDataKind.BirthNumber, start, text);
            return true;
        }
        // A short number without a prefix is far more often a reference ("usnesení 123/2020") than an account.
        if (bankLength == 4 && (!prefix.IsEmpty || numberLength >= 6) && CzechBankAccount.IsValid(prefix, number))
        {
            match = new PersonalDataMatch(PersonalDataKind.BankAccount, start, text);
            return true;
        }
        return false;
    }

    private static bool Phone(ReadOnlySpan<char> line, int start, out PersonalDataMatch match)
    {
        match = null!;
        var from = start > 0 && line[start - 1] == '+' ? start - 1 : start;
        var position = start;
        if (from < start && line[start..].StartsWith("420")) position += 3;
        else if (line[start..].StartsWith("00420")) position += 5;
        var international = position > start;
        if (international && position < line.Length && line[position] == ' ') position++;
        if (position >= line.Length || line[position] is '0' or '1' or '8' || !char.IsAsciiDigit(line[position])) return false;
        // Nine digits in one run, or as three groups of three apart by single spaces, non-breaking spaces or hyphens.
        var run = Digits(line, position);
        int end;
        if (run == 9) end = position + 9;
        else if (run == 3 && Group(line, position + 3, out var second) && Group(line, second, out var third)) end = third;
        else return false;
        if (!EndsAlone(line, end) || (end < line.Length && line[end] is '/' or '-')) return false;
        foreach (var suffix in AmountSuffixes)
        {
            if (line[end..].StartsWith(suffix, StringComparison.Ordinal)) return false;
        }
        match = new PersonalDataMatch(PersonalDataKind.PhoneNumber, from, line[from..end].ToString());
        return true;
    }

    /// <summary>A separator and three digits starting at <paramref name="at"/>; <paramref name="end"/> is after them.</summary>
    private static bool Group(ReadOnlySpan<char> line, int at, out int end)
    {
        end = at + 4;
        return at < line.Length && line[at] is ' ' or '\u00A0' or '-' && Digits(line, at + 1) == 3;
    }

    private static int NextAt(ReadOnlySpan<char> line, int at)
    {
        var next = line[(at + 1)..].IndexOf('@');
        return next < 0 ? -1 : at + 1 + next;
    }

    private static bool EndsAlone(ReadOnlySpan<char> line, int end) => end >= line.Length || !char.IsLetterOrDigit(line[end]);

    private static int Digits(ReadOnlySpan<char> line, int start)
    {
        var end = start;
        while (end < line.Length && char.IsAsciiDigit(line[end])) end++;
        return end - start;
    }

    private static bool IsLocalPart(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '%' or '+' or '-';

    private static bool IsDomain(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '-';

    private static bool IsLetters(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiLetter(c)) return false;
        }
        return true;
    }
}
