using Publisher.Core.Diagnostics;

namespace Publisher.Core.Load;

/// <summary>What <see cref="YamlDocumentReader"/> and <see cref="YamlSyntaxGuidance"/> say about YAML an editor wrote.</summary>
public static class YamlMessages
{
    public static Message TooDeep(int maxDepth) => new(
        $"the YAML nests deeper than {maxDepth} levels; front matter needs only a few",
        $"YAML je vnořený hlouběji než do {maxDepth} úrovní; hlavička jich potřebuje jen několik");

    public static Message KeyWithoutValue { get; } = new(
        "invalid YAML: a key without a value (look for a ':' with no key name before it, or for text right after a value)",
        "neplatný YAML: klíč bez hodnoty (hledejte ':' bez názvu klíče před ní, nebo text hned za hodnotou)");

    public static Message TooManyAliases(int maxAliases) => new(
        $"the YAML uses more than {maxAliases} aliases (*name); write the values out instead",
        $"YAML používá víc než {maxAliases} aliasů (*název); vypište místo nich hodnoty");

    /// <param name="escape">The escape as written, e.g. <c>\uFFFE</c>.</param>
    /// <param name="codePoint">What it stands for, e.g. <c>U+FFFE</c>.</param>
    public static Message EscapedNonCharacter(string escape, string codePoint) => new(
        $"'{escape}' is {codePoint}, which is not a character; delete it",
        $"'{escape}' je {codePoint}, což není znak; odstraňte jej");

    public static Message HalfCharacter(string codePoint) => new(
        $"the text contains {codePoint}, half of a character whose other half is missing; delete it",
        $"text obsahuje {codePoint}, polovinu znaku, jehož druhá polovina chybí; odstraňte ji");

    public static Message NonCharacter(string codePoint) => new(
        $"the text contains {codePoint}, which is not a character; delete it",
        $"text obsahuje {codePoint}, což není znak; odstraňte jej");

    /// <param name="indentation">How the first item is indented, e.g. <see cref="Indentation"/>.</param>
    public static Message ItemReadAsPartOfTheOneAbove(int line, int itemLine, Message indentation) =>
        new Message(
            $"this list item is indented more than the one on line {line}, so both are read as one item; line it up with the '-' on line {itemLine} (",
            $"tato položka seznamu je odsazena víc než ta na řádku {line}, takže se obě čtou jako jedna položka; zarovnejte ji s '-' na řádku {itemLine} (")
        + indentation + ClosingBracket;

    public static Message DuplicateKey(string key, int firstLine) => new(
        $"the key '{key}' is already given on line {firstLine}; keep only one of them",
        $"klíč '{key}' je už uveden na řádku {firstLine}; ponechte jen jeden z nich");

    /// <summary>An indentation in words: "no indentation", "1 space", "4 spaces".</summary>
    public static Message Indentation(int spaces) => spaces switch
    {
        0 => new("no indentation", "bez odsazení"),
        1 => new("1 space", "odsazení 1 mezera"),
        >= 2 and <= 4 => new($"{spaces} spaces", $"odsazení {spaces} mezery"),
        _ => new($"{spaces} spaces", $"odsazení {spaces} mezer"),
    };

    public static Message TabIndentation { get; } = new(
        "a tab character is used for indentation; use spaces",
        "k odsazení je použit tabulátor; použijte mezery");

    public static Message Unreadable { get; } = new(
        "this cannot be read; check the quotes, brackets and indentation here, and put a value in quotes when it contains any of : # [ ] { } , & * ! | > ' \" % @ `",
        "toto nelze přečíst; zkontrolujte zde uvozovky, závorky a odsazení a uzavřete hodnotu do uvozovek, když obsahuje některý ze znaků : # [ ] { } , & * ! | > ' \" % @ `");

    /// <param name="corrected">The line as it should be, its value in quotes.</param>
    public static Message ValueContainsColon(string corrected) => new(
        $"the value contains ': '; put the value in quotes: {corrected}",
        $"hodnota obsahuje ': '; uzavřete hodnotu do uvozovek: {corrected}");

    public static Message ListItemContainsColon(string corrected) => new(
        $"the list item contains ': '; put it in quotes: {corrected}",
        $"položka seznamu obsahuje ': '; uzavřete ji do uvozovek: {corrected}");

    public static Message TextContainsColon(string corrected) => new(
        $"the text contains ': '; put it in quotes: {corrected}",
        $"text obsahuje ': '; uzavřete jej do uvozovek: {corrected}");

    public static Message NulCharacter { get; } = new(
        "the text contains U+0000, an invisible character YAML does not allow; delete it",
        "text obsahuje U+0000, neviditelný znak, který YAML nepovoluje; odstraňte jej");

    public static Message ClosesNothing(string bracket) => new(
        $"this '{bracket}' closes nothing; delete it",
        $"tato závorka '{bracket}' nic neuzavírá; odstraňte ji");

    public static Message GoesOnAfterClosingQuote(string corrected) => new(
        $"the value goes on after its closing quote; put the whole value in quotes: {corrected}",
        $"hodnota pokračuje za uzavírací uvozovkou; uzavřete celou hodnotu do uvozovek: {corrected}");

    public static Message GoesOnAfterClosingBracket(string bracket, string corrected) => new(
        $"the value goes on after its closing '{bracket}'; put the whole value in quotes: {corrected}",
        $"hodnota pokračuje za uzavírací závorkou '{bracket}'; uzavřete celou hodnotu do uvozovek: {corrected}");

    public static Message ListCannotStartHere(string item) => new(
        $"a list cannot start here; put '{item}' on a line of its own",
        $"seznam zde nemůže začít; dejte '{item}' na samostatný řádek");

    public static Message ListOnTheKeyLine(string item, string key) => new(
        $"a list cannot start on the line of its key; put '{item}' on the next line, indented under '{key}:'",
        $"seznam nemůže začít na řádku svého klíče; dejte '{item}' na další řádek, odsazený pod '{key}:'");

    public static Message ColonWithoutKey { get; } = new(
        "this ':' has no key before it; delete it, or put the value in quotes if the ':' is part of the text",
        "před touto ':' není žádný klíč; odstraňte ji, nebo uzavřete hodnotu do uvozovek, je-li ':' součástí textu");

    /// <param name="item">The line without its '-'.</param>
    public static Message SpaceAfterDash(string item) => new(
        $"put a space after '-' to make this line a list item: - {item}",
        $"napište za '-' mezeru, aby byl tento řádek položkou seznamu: - {item}");

    public static Message SpaceAfterColon(string key, string value) => new(
        $"put a space after ':' to make this line a 'key: value' line: {key}: {value}",
        $"napište za ':' mezeru, aby byl tento řádek řádkem 'klíč: hodnota': {key}: {value}");

    public static Message LineBelongsNowhere { get; } = new(
        "this line is neither a 'key: value' line nor indented under a key; if it goes on from the line above, indent it or join the two lines",
        "tento řádek není řádkem 'klíč: hodnota' ani není odsazen pod klíčem; pokud navazuje na řádek nad ním, odsaďte jej, nebo oba řádky spojte");

    public static Message KeyLineInList { get; } = new(
        "this 'key: value' line does not fit into the list above it; start it with '- ' if it begins a new item",
        "tento řádek 'klíč: hodnota' nezapadá do seznamu nad ním; začíná-li novou položku, začněte jej '- '");

    /// <param name="choices">Where to line it up, e.g. <see cref="KeyOnLine"/>, two of them joined by <see cref="OrWith"/>.</param>
    public static Message KeyIndentedDifferently(Message choices) =>
        new Message("this line is indented differently from the keys above it; line it up with ", "tento řádek je odsazen jinak než klíče nad ním; zarovnejte jej s ")
        + choices;

    public static Message ItemWhereKeysBelong { get; } = new(
        "a list item ('- …') stands where a 'key: value' line belongs; put it under the key of its list, indented like that list's items",
        "položka seznamu ('- …') stojí tam, kam patří řádek 'klíč: hodnota'; dejte ji pod klíč jejího seznamu, odsazenou jako ostatní položky toho seznamu");

    public static Message ItemIndentedDifferently(Message choices) =>
        new Message("this list item is indented differently from the items above it; line it up with ", "tato položka seznamu je odsazena jinak než položky nad ní; zarovnejte ji s ")
        + choices;

    public static Message KeyOnLine(string key, int line, Message indentation) =>
        new Message($"'{key}:' on line {line} (", $"'{key}:' na řádku {line} (") + indentation + ClosingBracket;

    public static Message DashOnLine(int line, Message indentation) =>
        new Message($"the '-' on line {line} (", $"'-' na řádku {line} (") + indentation + ClosingBracket;

    /// <summary>Two places to line a line up with, the nearer one first.</summary>
    internal static Message OrWith(Message first, Message second) =>
        first + new Message(" or with ", " nebo s ") + second;

    public static Message IndentedFirstLine { get; } = new(
        "the first line is indented; start it and the other top-level lines at the beginning of the line",
        "první řádek je odsazený; začněte jej i ostatní řádky nejvyšší úrovně na začátku řádku");

    public static Message UnclosedQuote(string quote) => new(
        $"the value in quotes that starts here has no closing {quote} on its line; end the value with {quote}",
        $"hodnota v uvozovkách, která zde začíná, nemá na svém řádku uzavírací {quote}; ukončete hodnotu znakem {quote}");

    public static Message UnknownEscape(string escape) => new(
        $"'{escape}' is not an escape that double quotes allow; write a backslash as \\\\ or put the value in single quotes",
        $"'{escape}' není zápis se zpětným lomítkem, který dvojité uvozovky povolují; zpětné lomítko napište jako \\\\, nebo dejte hodnotu do jednoduchých uvozovek");

    public static Message NotACharacterCode(string escape) => new(
        $"'{escape}' is not a character code; write the character itself",
        $"'{escape}' není kód znaku; napište přímo ten znak");

    public static Message HalfOfSurrogatePair(string escape) => new(
        $"'{escape}' is half of a character that is written as two codes (a surrogate pair); write the character itself",
        $"'{escape}' je polovina znaku, který se zapisuje dvěma kódy (surrogate pair); napište přímo ten znak");

    public static Message FlowListGoesOn { get; } = new(
        "the list in [ ] cannot go on like this; separate its items with commas, and put an item in quotes when it contains , [ ] { } : # or quotes",
        "seznam v [ ] takto pokračovat nemůže; oddělte jeho položky čárkami a uzavřete položku do uvozovek, když obsahuje , [ ] { } : # nebo uvozovky");

    public static Message FlowPairsGoOn { get; } = new(
        "the pairs in { } cannot go on like this; separate them with commas, and put a value in quotes when it contains , [ ] { } : # or quotes",
        "dvojice v { } takto pokračovat nemohou; oddělte je čárkami a uzavřete hodnotu do uvozovek, když obsahuje , [ ] { } : # nebo uvozovky");

    public static Message UnclosedList { get; } = new(
        "this '[' is never closed; end the list with ']'",
        "tato závorka '[' není nikde uzavřena; ukončete seznam znakem ']'");

    public static Message UnclosedBrace { get; } = new(
        "this '{' is never closed; end it with '}'",
        "tato závorka '{' není nikde uzavřena; ukončete ji znakem '}'");

    public static Message NoItemBeforeComma { get; } = new(
        "there is no item before this ','; delete the extra comma",
        "před touto ',' není žádná položka; odstraňte přebytečnou čárku");

    /// <param name="quoted">The item in quotes.</param>
    public static Message ItemCannotStartWith(string character, string quoted) => new(
        $"an item in brackets cannot start with '{character}'; put it in quotes: {quoted}",
        $"položka v závorkách nemůže začínat znakem '{character}'; uzavřete ji do uvozovek: {quoted}");

    public static Message ValueCannotStartWith(string character, string corrected) => new(
        $"a value cannot start with '{character}'; put the value in quotes: {corrected}",
        $"hodnota nemůže začínat znakem '{character}'; uzavřete hodnotu do uvozovek: {corrected}");

    public static Message StarStartsItem(string quoted) => new(
        $"'*' at the start of an item refers to an anchor; put the item in quotes: {quoted}",
        $"'*' na začátku položky znamená odkaz na kotvu; uzavřete položku do uvozovek: {quoted}");

    /// <param name="meaning">What YAML reads the character as, e.g. <see cref="BeginsTextBelow"/>.</param>
    public static Message IndicatorStartsValue(string character, Message meaning, string corrected) =>
        new Message($"'{character}' at the start of a value ", $"'{character}' na začátku hodnoty ") + meaning
        + new Message($"; put the value in quotes: {corrected}", $"; uzavřete hodnotu do uvozovek: {corrected}");

    public static Message BeginsTextBelow { get; } = new("begins a text on the lines below it", "zahajuje text na řádcích pod ní");
    public static Message NamesAnAnchor { get; } = new("names an anchor", "pojmenovává kotvu");
    public static Message RefersToAnAnchor { get; } = new("refers to an anchor", "znamená odkaz na kotvu");
    public static Message MakesATag { get; } = new("makes it a YAML tag", "z ní dělá značku YAML (tag)");
    public static Message MakesADirective { get; } = new("makes it a YAML directive", "z ní dělá direktivu YAML");

    private static readonly Message ClosingBracket = new(")", ")");
}
