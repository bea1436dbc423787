using Publisher.Core.Diagnostics;

namespace Publisher.Core.Render.Markdown;

/// <summary>What rendering a document's body says: links and raw HTML removed or refused, markup never closed.</summary>
public static class MarkdownMessages
{
    private static readonly Message LinkByFilePath = new(
        "link to a document by the path of its .md file from this one",
        "na dokument odkazujte cestou k jeho souboru .md z tohoto dokumentu");

    public static Message LinkLeavesInputFolder(string url) =>
        new Message($"the link '{url}' leads outside the input folder; ", $"odkaz '{url}' vede mimo vstupní složku; ") + LinkByFilePath;

    /// <param name="hint">A suggestion such as <see cref="DidYouMeanFile"/>, or <see cref="Message.Empty"/>.</param>
    public static Message LinkToUnpublishedDocument(string url, string target, Message hint) =>
        new Message($"the link '{url}' leads to {target}, which is not a published document", $"odkaz '{url}' vede na {target}, což není zveřejněný dokument")
        + hint + new Message("; ", "; ") + LinkByFilePath;

    public static Message DidYouMeanFile(string path) => new($" (did you mean '{path}'?)", $" (měli jste na mysli '{path}'?)");

    /// <param name="why">Why the address is not allowed, e.g. <see cref="InvalidAddress"/>.</param>
    public static Message LinkAddressRemoved(string url, Message why) =>
        new Message($"the link address '{url}' was removed and its text kept: ", $"adresa odkazu '{url}' byla odstraněna a jeho text ponechán: ") + why;

    public static Message InvalidAddress { get; } = new(
        "it is not a valid address (look at the server name and port); correct it or remove the link",
        "nejde o platnou adresu (zkontrolujte název serveru a port); opravte ji, nebo odkaz odstraňte");

    /// <param name="schemes">The schemes allowed, e.g. "http, https, mailto, tel".</param>
    public static Message OnlyAllowedSchemes(string schemes) => new(
        $"only relative, {schemes} addresses are allowed",
        $"povoleny jsou jen relativní adresy a adresy {schemes}");

    public static Message OnlyAllowedSchemesAndPictures(string schemes) => new(
        $"only relative, {schemes} addresses (and embedded pictures in images) are allowed",
        $"povoleny jsou jen relativní adresy a adresy {schemes} (a u obrázků vložené obrázky)");

    /// <param name="amount">How much text went with it, e.g. <see cref="Amount"/>.</param>
    /// <param name="reason">Why the tag is not allowed, e.g. <see cref="ScriptsNotAllowed"/>.</param>
    public static Message RemovedWithContent(string tag, Message amount, Message reason) =>
        new Message($"<{tag}> was removed with its content ", $"značka <{tag}> byla odstraněna i s obsahem ") + amount + new Message(": ", ": ") + reason;

    public static Message RemovedTextKept(string tag) => new(
        $"<{tag}> was removed and its text kept: this tag is not allowed in documents",
        $"značka <{tag}> byla odstraněna a její text ponechán: tato značka není v dokumentech povolena");

    public static Message NoText { get; } = new("(no text)", "(žádný text)");

    public static Message Amount(int lines, int characters) => new(
        $"({lines} {(lines == 1 ? "line" : "lines")}, {characters} {(characters == 1 ? "character" : "characters")})",
        $"({lines} {CzechPlural(lines, "řádek", "řádky", "řádků")}, {characters} {CzechPlural(characters, "znak", "znaky", "znaků")})");

    public static Message ScriptsNotAllowed { get; } = new("scripts are not allowed in documents", "skripty nejsou v dokumentech povolené");

    public static Message StylesNotAllowed { get; } = new(
        "styles are not allowed in documents; the site's stylesheet formats them",
        "styly nejsou v dokumentech povoleny; dokumenty formátuje šablona stylů webu");

    public static Message EmbeddingNotAllowed { get; } = new(
        "embedded pages and objects are not allowed; link to them instead",
        "vložené stránky a objekty nejsou povoleny; místo toho na ně odkažte");

    public static Message TagNotAllowed { get; } = new("this tag is not allowed in documents", "tato značka není v dokumentech povolena");

    /// <param name="why">Why it was removed, e.g. <see cref="EventHandlersNotAllowed"/>.</param>
    public static Message AttributeRemoved(string attribute, string value, string tag, Message why) =>
        new Message($"the attribute {attribute}=\"{value}\" of <{tag}> was removed: ", $"atribut {attribute}=\"{value}\" značky <{tag}> byl odstraněn: ") + why;

    public static Message EventHandlersNotAllowed { get; } = new(
        "event handlers run script and are not allowed",
        "obsluhy událostí spouštějí skripty a nejsou povoleny");

    public static Message InlineStylesNotAllowed { get; } = new(
        "inline styles are not allowed; the site's stylesheet formats documents",
        "vložené styly nejsou povoleny; dokumenty formátuje šablona stylů webu");

    public static Message AttributeNotAllowed { get; } = new("this attribute is not allowed in documents", "tento atribut není v dokumentech povolen");

    /// <param name="owner">What has the id already, e.g. <see cref="HeadingOnLine"/>.</param>
    public static Message DuplicateIdRemoved(string id, string tag, Message owner) =>
        new Message($"the id '{id}' of <{tag}> was removed: ", $"id '{id}' značky <{tag}> bylo odstraněno: stejné id má ") + owner
        + new Message(" has the same id, and an id must be unique on a page; choose another id", " a id musí být na stránce jedinečné; zvolte jiné id");

    public static Message PageLayout { get; } = new("the page's layout", "rozvržení (layout) stránky");

    public static Message HeadingOnLine(int line) => new($"the heading on line {line}", $"nadpis na řádku {line}");

    public static Message Footnote { get; } = new("a footnote", "poznámka pod čarou");

    public static Message ElementOnLine(string tag, int line) => new($"the <{tag}> on line {line}", $"značka <{tag}> na řádku {line}");

    /// <param name="lost">The lines the markup would take, e.g. <see cref="Lines"/>.</param>
    public static Message PlaintextCannotBeClosed(Message lost) =>
        new Message("<plaintext> cannot be closed, so ", "značku <plaintext> nelze uzavřít, takže by se text na ") + lost
        + new Message(" would show as HTML code; delete it", " zobrazil jako kód HTML; odstraňte ji");

    public static Message UnclosedShownAsCode(string tag, Message lost) =>
        new Message($"<{tag}> is never closed, so ", $"značka <{tag}> není nikde uzavřena, takže by se text na ") + lost
        + new Message($" would show as HTML code; close it with </{tag}> or delete it", $" zobrazil jako kód HTML; uzavřete ji pomocí </{tag}>, nebo ji odstraňte");

    public static Message UnclosedDisappears(string tag, Message lost) =>
        new Message($"<{tag}> is never closed, so ", $"značka <{tag}> není nikde uzavřena, takže by text na ") + lost
        + new Message($" would disappear from the page; close it with </{tag}> or delete it", $" ze stránky zmizel; uzavřete ji pomocí </{tag}>, nebo ji odstraňte");

    public static Message UnclosedComment(Message lost) =>
        new Message("the comment <!-- is never closed, so ", "komentář <!-- není nikde uzavřen, takže by text na ") + lost
        + new Message(" would disappear from the page; close it with --> or delete it", " ze stránky zmizel; uzavřete jej pomocí -->, nebo jej odstraňte");

    /// <param name="start">The characters that start it, e.g. "&lt;!".</param>
    public static Message UnclosedMarkupStart(string start, Message lost) =>
        new Message($"'{start}' starts markup that is never closed, so ", $"'{start}' zahajuje značku, která není nikde uzavřena, takže by text na ") + lost
        + new Message(" would disappear from the page; end it with '>' or delete it", " ze stránky zmizel; ukončete ji znakem '>', nebo ji odstraňte");

    /// <summary>Where text would be lost: "line 3" or "lines 3–7".</summary>
    public static Message Lines(int first, int last) => last > first
        ? new($"lines {first}–{last}", $"řádcích {first}–{last}")
        : new($"line {first}", $"řádku {first}");

    /// <param name="markdigText">Markdig's own description of why it stopped, quoted as it is.</param>
    public static Message Unrenderable(string markdigText) => new(
        $"the body cannot be rendered: {markdigText}",
        $"text dokumentu nelze převést na stránku: {markdigText}");

    public static Message LinkAddressesTooDeep(int maxDepth) => new(
        $"link addresses open inside one another more than {maxDepth} deep here: each '](' opens one that no ')' closes; close them, or write '\\(' for a bracket that is text",
        $"adresy odkazů se zde otevírají jedna v druhé hlouběji než do {maxDepth} úrovní: každé '](' otevírá adresu, kterou žádná ')' neuzavírá; uzavřete je, nebo závorku, která je textem, napište jako '\\('");

    private static string CzechPlural(int count, string one, string few, string many) =>
        count == 1 ? one : count is >= 2 and <= 4 ? few : many;
}
