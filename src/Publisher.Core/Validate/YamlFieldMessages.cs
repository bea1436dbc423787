using Publisher.Core.Diagnostics;

namespace Publisher.Core.Validate;

/// <summary>
/// What <see cref="YamlFields"/> says of a key and its value, in both languages, and the fragments other messages put
/// together: what a YAML node is, where a key belongs, which known value an editor most likely meant.
/// </summary>
public static class YamlFieldMessages
{
    public static Message MissingKey(string key, Message what) => new(
        $"missing required key '{key}' ({what.English})",
        $"chybí povinný klíč '{key}' ({what.Czech})");

    public static Message BelongsElsewhere(string key, Message place, string path) => new(
        $"'{key}' belongs {place.English} (did you mean {path}?)",
        $"'{key}' patří {place.Czech} (měli jste na mysli {path}?)");

    public static Message UnknownKey(string key, Message hint) => new(
        $"unknown key '{key}' is ignored{hint.English}",
        $"neznámý klíč '{key}' se ignoruje{hint.Czech}");

    public static Message WrongKind(string key, Message what, Message found) => new(
        $"'{key}' must be {what.English}, not {found.English}",
        $"'{key}' musí být {what.Czech}, ne {found.Czech}");

    public static Message EmptyValue(string key) => new(
        $"'{key}' is empty",
        $"klíč '{key}' je prázdný");

    public static Message InvalidId(string key, string id, string suggestion) => new(
        $"'{key}': '{id}' is not a valid id; use lower-case letters without accents, digits and dashes, e.g. '{suggestion}'",
        $"'{key}': '{id}' není platné označení; použijte malá písmena bez diakritiky, číslice a pomlčky, např. '{suggestion}'");

    public static Message NotAFlag(string key) => new(
        $"'{key}' must be true or false",
        $"'{key}' musí mít hodnotu true nebo false");

    public static Message NotATime(string key, string text) => new(
        $"'{key}': '{text}' is not a time; write it as HH:MM, e.g. \"14:00\"",
        $"'{key}': '{text}' není čas; napište ho ve tvaru HH:MM, např. \"14:00\"");

    public static Message NotADate(string key, string text, Message hint) => new(
        $"'{key}': '{text}' is not a date; write it as YYYY-MM-DD{hint.English}",
        $"'{key}': '{text}' není datum; napište ho ve tvaru RRRR-MM-DD{hint.Czech}");

    public static Message NotARealDate(string key, string text) => new(
        $"'{key}': '{text}' is not a real date (check the day and month)",
        $"'{key}': '{text}' není skutečné datum (zkontrolujte den a měsíc)");

    public static Message NotADateAndTime(string key, string text, Message hint) => new(
        $"'{key}': '{text}' is not a date; write it as YYYY-MM-DD or YYYY-MM-DD HH:MM{hint.English}",
        $"'{key}': '{text}' není datum; napište ho ve tvaru RRRR-MM-DD nebo RRRR-MM-DD HH:MM{hint.Czech}");

    /// <summary>A Czech date ("29. 3. 2018") written where an ISO date belongs, in the form it should have.</summary>
    public static Message IsoDateHint(string isoDate) => new(
        $" (did you mean {isoDate}?)",
        $" (měli jste na mysli {isoDate}?)");

    /// <param name="listForm">The text as a list in one line: "agenda: [Úvod, Rozpočet]".</param>
    public static Message ReadAsOneItem(string key, string item, string listForm) => new(
        $"'{key}' is read as one item '{item}'; for several items write a list: {listForm}",
        $"'{key}' se čte jako jedna položka '{item}'; pro více položek napište seznam: {listForm}");

    public static Message ItemNotText(string key, Message found, Message hint) => new(
        $"'{key}' must be text, not {found.English}{hint.English}",
        $"'{key}' musí být text, ne {found.Czech}{hint.Czech}");

    /// <param name="quotedItem">The item in quotes, as it keeps the colon in the text.</param>
    public static Message ColonInTextHint(string quotedItem) => new(
        $"; if ': ' is part of the text, put it in quotes: - {quotedItem}",
        $"; je-li ': ' součástí textu, dejte ho do uvozovek: - {quotedItem}");

    public static Message NotAListOfTexts(string key, Message found) => new(
        $"'{key}' must be a list of texts, not {found.English}",
        $"'{key}' musí být seznam textů, ne {found.Czech}");

    public static Message NotAMapping(string key, Message found) => new(
        $"'{key}' must be a set of 'key: value' lines, not {found.English}",
        $"'{key}' musí být sada řádků 'klíč: hodnota', ne {found.Czech}");

    public static Message NotAList(string key, Message found) => new(
        $"'{key}' must be a list, not {found.English}",
        $"'{key}' musí být seznam, ne {found.Czech}");

    /// <param name="codePoints">The characters as code points: "U+0007, U+202E".</param>
    public static Message InvisibleControls(string key, string codePoints) => new(
        $"'{key}' contains invisible control characters ({codePoints}); they were removed",
        $"'{key}' obsahuje neviditelné řídicí znaky ({codePoints}); byly odstraněny");

    /// <summary>The known value an editor most likely meant, after the value that is not one.</summary>
    public static Message DidYouMean(string match) => new(
        $" (did you mean '{match}'?)",
        $" (měli jste na mysli '{match}'?)");

    /// <summary>What a value is by default: one text.</summary>
    public static Message Text { get; } = new("text", "textová hodnota");

    public static Message DateWhat { get; } = new("a date YYYY-MM-DD", "datum ve tvaru RRRR-MM-DD (rok-měsíc-den)");

    public static Message TimeWhat { get; } = new("a time HH:MM", "čas ve tvaru HH:MM");

    public static Message DateAndTimeWhat { get; } = new(
        "a date YYYY-MM-DD or YYYY-MM-DD HH:MM",
        "datum ve tvaru RRRR-MM-DD, nebo datum a čas RRRR-MM-DD HH:MM");

    /// <summary>What a YAML node is, for "must be …, not a list".</summary>
    public static Message AList { get; } = new("a list", "seznam položek");

    public static Message AMapping { get; } = new("a set of 'key: value' lines", "sada řádků 'klíč: hodnota'");

    public static Message ASingleValue { get; } = new("a single value", "jediná hodnota");

    /// <summary>Where a key belongs: "under 'attendees'", as in "'guests' belongs under 'attendees'".</summary>
    public static Message Under(string key) => new($"under '{key}'", $"do části '{key}'");
}
