using Publisher.Core.Diagnostics;

namespace Publisher.Core.Theming;

/// <summary>What loading and checking the theme says: missing layouts, partials and texts, and template syntax.</summary>
public static class ThemingMessages
{
    public static Message ThemeFileSizeRule(int megabytes) => new(
        $"a theme file may have at most {megabytes} MB (make it smaller, e.g. compress the picture or font)",
        $"soubor motivu vzhledu smí mít nejvýše {megabytes} MB (zmenšete jej, např. zkomprimujte obrázek nebo písmo)");

    public static Message ThemeFolderMissing { get; } = new("the theme folder does not exist", "složka motivu vzhledu neexistuje");

    public static Message NoBaseLayout(string layout) => new(
        $"the theme has no {layout}.html layout",
        $"motiv vzhledu nemá rozvržení (layout) {layout}.html");

    /// <param name="pages">Which pages use the layout, e.g. "the search page", or several joined by <see cref="PagesAnd"/>.</param>
    public static Message LayoutMissing(Message pages) => new(
        $"the layout for {pages.English} is missing; create this file",
        $"chybí rozvržení (layout) pro tuto část webu: {pages.Czech}; vytvořte tento soubor");

    public static Message PagesAnd(Message pages, Message more) => new(
        $"{pages.English} and {more.English}",
        $"{pages.Czech} a také {more.Czech}");

    public static Message TextsMissing { get; } = new("the theme's UI texts are missing", "chybí texty rozhraní motivu vzhledu");

    public static Message TextsNotKeyValueLines { get; } = new(
        "texts.yml must be a set of 'key: value' lines",
        "texts.yml musí být sada řádků 'klíč: hodnota'");

    public static Message TextKeyNotAName { get; } = new(
        "a key in texts.yml must be a name, not a list or a group; write it as 'name: text'",
        "klíč v texts.yml musí být název, ne seznam ani skupina; napište jej jako 'název: text'");

    public static Message BuildTextMissing(string key) => new(
        $"texts.yml has no text '{key}', which the build uses in page titles and breadcrumbs; add it",
        $"texts.yml nemá text '{key}', který sestavení používá v titulcích stránek a v drobečkové navigaci; doplňte jej");

    public static Message BuildTextIsList(string key) => new(
        $"'{key}' in texts.yml is a list, but the build uses it as a text in page titles and breadcrumbs; make it one text",
        $"'{key}' v texts.yml je seznam, ale sestavení jej používá jako text v titulcích stránek a v drobečkové navigaci; udělejte z něj jeden text");

    public static Message BuildTextIsGroup(string key) => new(
        $"'{key}' in texts.yml is a group of texts, but the build uses it as a text in page titles and breadcrumbs; make it one text",
        $"'{key}' v texts.yml je skupina textů, ale sestavení ji používá jako text v titulcích stránek a v drobečkové navigaci; udělejte z ní jeden text");

    /// <param name="scribanText">Scriban's own description of the mistake, quoted as it is.</param>
    public static Message TemplateSyntax(string scribanText) => new(
        scribanText,
        $"chyba v zápisu šablony: {scribanText}");

    public static Message PartialMissing(string name, string partialsFolder) => new(
        $"the theme has no partial '{name}' (looked for {partialsFolder}/{name}.html); add the file or correct the name",
        $"motiv vzhledu nemá dílčí šablonu '{name}' (hledal se soubor {partialsFolder}/{name}.html); přidejte soubor, nebo opravte název");

    public static Message CachedPartialReadsPage(string partial, string variable, string cachedFunction, string partialFunction) => new(
        $"the partial '{partial}' is included with {cachedFunction}, which renders it once for all pages alike, so it cannot read '{variable}'; give it what it needs as its value, or include it with {partialFunction}",
        $"dílčí šablona '{partial}' se vkládá funkcí {cachedFunction}, která ji vykreslí jednou pro všechny stránky stejně, proto nemůže číst '{variable}'; předejte jí, co potřebuje, jako hodnotu, nebo ji vkládejte funkcí {partialFunction}");

    public static Message TextsVariableSet(string variable, string textsFile) => new(
        $"'{variable}' holds the texts of {textsFile}, so it cannot be set here; give this variable another name",
        $"'{variable}' obsahuje texty ze souboru {textsFile}, proto jej zde nelze nastavit; pojmenujte tuto proměnnou jinak");

    public static Message TemplateTextMissing(string key, string textsFile) => new(
        $"texts.yml has no text '{key}'; add it to {textsFile} or correct the key",
        $"texts.yml nemá text '{key}'; doplňte jej do {textsFile}, nebo opravte klíč");

    /// <param name="example">One key of the group, to suggest.</param>
    public static Message TemplateTextIsGroup(string key, string example) => new(
        $"'{key}' in texts.yml is a group of texts, not a text; read one of its keys, such as '{key}.{example}'",
        $"'{key}' v texts.yml je skupina textů, ne text; čtěte některý z jejích klíčů, například '{key}.{example}'");

    public static Message TemplateTextIsList(string key) => new(
        $"'{key}' in texts.yml is a list, not a text; read one of its items, or make it one text",
        $"'{key}' v texts.yml je seznam, ne text; čtěte některou z jeho položek, nebo z něj udělejte jeden text");

    public static Message TemplateTextIsText(string key, string variable) => new(
        $"'{key}' in texts.yml is a text, not a group of texts or a list; read it as '{variable}.{key}'",
        $"'{key}' v texts.yml je text, ne skupina textů ani seznam; čtěte jej jako '{variable}.{key}'");
}
