using System.Globalization;
using Publisher.Core.Czech;
using Publisher.Core.Diagnostics;

namespace Publisher.Core.Validate;

/// <summary>What <see cref="DocumentValidator"/> says of a document's front matter and body, in both languages.</summary>
public static class DocumentMessages
{
    public static Message FrontMatterNotAMapping { get; } = new(
        "the front matter must be a set of 'key: value' lines",
        "hlavička musí být sada řádků 'klíč: hodnota'");

    public static Message UnknownType(string value, Message hint) => new(
        $"'type': '{value}' is not a document type; use minutes, plan or news{hint.English}",
        $"'type': '{value}' není druh dokumentu; použijte minutes, plan nebo news{hint.Czech}");

    public static Message UnknownRegion(string regionId, Message hint) => new(
        $"'region': unknown region '{regionId}'{hint.English}; regions are defined in regions.yml",
        $"'region': neznámý region '{regionId}'{hint.Czech}; regiony jsou uvedeny v souboru regions.yml");

    public static Message UnknownGroup(string regionId, string groupId, Message hint) => new(
        $"'group': region '{regionId}' has no working group '{groupId}'{hint.English}; working groups are defined in regions.yml",
        $"'group': region '{regionId}' nemá pracovní skupinu '{groupId}'{hint.Czech}; pracovní skupiny jsou uvedeny v souboru regions.yml");

    /// <param name="pageSegment">The segment of the addresses of a list's further pages ("strana").</param>
    public static Message SlugIsPageSegment(string pageSegment) => new(
        $"'slug': '{pageSegment}' is used by the site's page numbering; choose another",
        $"'slug': '{pageSegment}' je vyhrazeno pro číslování stránek webu; zvolte jiný");

    public static Message TooManyBrackets(int count, int most) => new(
        $"the text has {count.ToString(CultureInfo.InvariantCulture)} '[' characters (links and footnotes use them); a document may have at most {most.ToString(CultureInfo.InvariantCulture)}, because more make the build very slow: split the document",
        $"text má {count.ToString(CzechCulture.Culture)} znaků '[' (používají je odkazy a poznámky pod čarou); dokument jich smí mít nejvýše {most.ToString(CzechCulture.Culture)}, protože víc jich sestavení velmi zpomalí: rozdělte dokument");

    /// <param name="codePoints">The characters as code points: "U+0007, U+202E".</param>
    public static Message InvisibleControlsInText(string codePoints) => new(
        $"the text contains invisible control characters ({codePoints}); they were removed",
        $"text obsahuje neviditelné řídicí znaky ({codePoints}); byly odstraněny");

    public static Message TagWithoutLetters(string tag) => new(
        $"'tags': '{tag}' has no letters or digits to make a page address from",
        $"'tags': '{tag}' nemá žádná písmena ani číslice, ze kterých by se dala vytvořit adresa stránky");

    /// <param name="words">The ways there are, as they are written: "names, organisations, counts".</param>
    public static Message UnknownAttendeesShown(string key, string value, string words, Message hint) => new(
        $"'{key}': '{value}' is not a way to show attendees; use {words}{hint.English}",
        $"'{key}': '{value}' není způsob, jak zveřejnit účastníky; použijte {words}{hint.Czech}");

    /// <summary>Where a key of a document belongs, as in "'title' belongs at the top level of the front matter".</summary>
    public static Message TopLevel { get; } = new("at the top level of the front matter", "na nejvyšší úroveň hlavičky");

    public static Message ToATask { get; } = new("to an item of 'tasks'", "k položce seznamu 'tasks'");

    /// <summary>What a key's value is, for "missing required key 'title' (the document's title)".</summary>
    public static Message TitleWhat { get; } = new("the document's title", "název dokumentu");

    public static Message TypeWhat { get; } = new("minutes, plan or news", "minutes (zápis), plan (plán) nebo news (aktualita)");

    public static Message RegionWhat { get; } = new("a region id from regions.yml", "označení regionu ze souboru regions.yml");

    public static Message GroupWhat { get; } = new(
        "a working group id of the region, required for minutes",
        "označení pracovní skupiny regionu, u zápisů povinné");

    public static Message SlugWhat { get; } = new("the last part of the document's address", "poslední část adresy dokumentu");

    public static Message TaskWhat { get; } = new("what is to be done", "co se má udělat");
}
