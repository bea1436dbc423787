using System.Globalization;
using Publisher.Core.Czech;
using Publisher.Core.Diagnostics;

namespace Publisher.Core.Render.Templates;

/// <summary>What stops a template while a page renders: budgets exceeded, functions called wrongly, partials missing.</summary>
public static class TemplateMessages
{
    public static Message TooManySteps(long maxSteps) => new(
        $"the page takes more than {maxSteps.ToString("N0", CultureInfo.InvariantCulture)} steps to render, far more than any real page; "
        + "look for a loop whose condition never turns false, a range that is too large, or a function that keeps calling itself",
        $"vykreslení stránky trvá víc než {maxSteps.ToString("N0", CzechCulture.Culture)} kroků, mnohem víc než u jakékoli skutečné stránky; "
        + "hledejte smyčku, jejíž podmínka nikdy nepřestane platit, příliš velký rozsah, nebo funkci, která stále volá sama sebe");

    public static Message CallsTooDeep(int maxDepth) => new(
        $"the template nests calls more than {maxDepth} deep; a function must not keep calling itself",
        $"šablona vnořuje volání hlouběji než do {maxDepth} úrovní; funkce nesmí stále volat sama sebe");

    public static Message PageTooLarge(int megabytes) => new(
        $"the page grows past {megabytes} MB of HTML, far more than any real page; look for a loop that writes without end",
        $"stránka přerůstá {megabytes} MB HTML, mnohem víc než jakákoli skutečná stránka; hledejte smyčku, která zapisuje donekonečna");

    public static Message PartialsTooDeep(int maxDepth, string partial) => new(
        $"partials include each other more than {maxDepth} deep here (last '{partial}'); a partial must not include itself, directly or through other partials",
        $"dílčí šablony se zde vkládají do sebe hlouběji než do {maxDepth} úrovní (poslední '{partial}'); dílčí šablona nesmí vkládat sama sebe, přímo ani přes jiné dílčí šablony");

    /// <param name="required">How many values the function needs.</param>
    /// <param name="maximum">How many it takes at most.</param>
    public static Message ArgumentCount(string function, int required, int maximum, int given) => new(
        $"'{function}' takes {(required == maximum ? $"{maximum}" : $"{required} to {maximum}")} value{(maximum == 1 ? "" : "s")}, not {given}",
        $"'{function}' přijímá {(required == maximum ? $"{maximum}" : $"{required} až {maximum}")} {(maximum == 1 ? "hodnotu" : maximum is >= 2 and <= 4 ? "hodnoty" : "hodnot")}, ne {given}");

    /// <param name="types">The document types, e.g. "minutes, plan, news".</param>
    public static Message UrlTypeTakesDocumentType(string types) => new(
        $"'url.type' takes a document type: {types}",
        $"'url.type' přijímá druh dokumentu: {types}");

    public static Message PartialMissing(string partial, string partialsFolder) => new(
        $"the theme has no partial '{partial}' (looked for {partialsFolder}/{partial}.html)",
        $"motiv vzhledu nemá dílčí šablonu '{partial}' (hledal se soubor {partialsFolder}/{partial}.html)");
}
