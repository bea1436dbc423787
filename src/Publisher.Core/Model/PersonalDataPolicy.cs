namespace Publisher.Core.Model;

/// <summary>
/// How the build treats personal data in documents (<c>personal_data</c> in site.yml): what is published on purpose
/// (an office's e-mail, a press contact's phone), and whether anything else is an error rather than a warning.
/// </summary>
/// <param name="Allowed">The allowed values, each as <see cref="Normalise"/> gives it.</param>
/// <param name="Strict">Personal data is an error, so nothing with it is published.</param>
/// <param name="Attendees">How documents show their attendees unless one says otherwise (<c>attendees.shown</c>).</param>
public sealed record PersonalDataPolicy(IReadOnlySet<string> Allowed, bool Strict, AttendeesShown Attendees = AttendeesShown.Names)
{
    public static PersonalDataPolicy Default { get; } = new(new HashSet<string>(StringComparer.Ordinal), Strict: false);

    /// <summary>The words site.yml and front matter use for <see cref="AttendeesShown"/>: its names in lower case.</summary>
    public static IReadOnlyDictionary<string, AttendeesShown> AttendeesShownWords { get; } =
        Enum.GetValues<AttendeesShown>().ToDictionary(WordOf, StringComparer.Ordinal);

    public static string WordOf(AttendeesShown shown) => shown.ToString().ToLowerInvariant();

    /// <summary>
    /// A value as written in a document or in the allow-list, in one form: e-mail addresses in lower case, phone numbers
    /// as their nine digits, other numbers without spaces.
    /// </summary>
    public static string Normalise(string value)
    {
        var text = value.Trim();
        if (text.Contains('@')) return text.ToLowerInvariant();
        var compact = string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
        var digits = string.Concat(compact.Where(char.IsAsciiDigit));
        // A phone number with or without +420 (or 00420) and however its groups are apart.
        if (compact.All(c => char.IsAsciiDigit(c) || c is '+' or '-') && !compact.Contains('/'))
        {
            if (digits.Length == 12 && digits.StartsWith("420", StringComparison.Ordinal)) return digits[3..];
            if (digits.Length == 14 && digits.StartsWith("00420", StringComparison.Ordinal)) return digits[5..];
            if (digits.Length == 9) return digits;
        }
        return compact;
    }
}
