using Microsoft.Playwright;
using Publisher.Tests.Search;

namespace Publisher.Tests.Browser;

/// <summary>
/// Search as a reader uses it, in Chromium on the real site with the test documents: the browser's normalizer
/// against the shared vectors, Czech queries against the documents that must come up, typing, following a
/// result, and a hostile title that must stay text.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SearchTests(BrowserSiteFixture fixture)
{
    // The documents of the test site, by the start of their addresses' last part.
    private const string Opz = "2022-03-04-zaznam-z-jednani-o-obsahu";
    private const string Hostile = "2020-09-15-zapis-a-b";
    private const string ZatecMinutes = "2020-06-10-zapis-z-jednani-pracovni-skupiny-socialni-prevence";
    private const string Liberec = "2020-02-17-pracovni-setkani-skupiny-pro-cizince";
    private const string ZatecPlan = "2020-01-23-strategicky-plan-socialniho-zaclenovani-zatec/";
    private const string ZatecPlanDraft = "2019-12-12-strategicky-plan-socialniho-zaclenovani-zatec-navrh";
    private const string Rozvodi = "2018-10-27-v-mikroregionu-rozvodi";
    private const string JindrichuvHradec = "2018-03-29-zapis-z-jednani-pracovni-skupiny-osoby";

    /// <summary>A query (with its filters in the address) and the documents that must be among its first ten results; none for a query that must find nothing.</summary>
    public static TheoryData<string, string[]> Queries() => new()
    {
        { "q=zaclenovani", [ZatecPlan, ZatecPlanDraft, Rozvodi] },
        { "q=začleňování", [ZatecPlan, ZatecPlanDraft, Rozvodi] },
        { "q=ZAČLEŇOVÁNÍ", [ZatecPlan, ZatecPlanDraft, Rozvodi] },
        { "q=Zatec", [ZatecMinutes, ZatecPlan] },
        { "q=v Žatci", [ZatecMinutes] },
        { "q=dluh", [Liberec, Rozvodi] },
        { "q=dluhy", [Liberec, ZatecMinutes, Opz, Rozvodi] },
        { "q=dluhů", [Liberec, Opz] },
        { "q=dluhové poradenství", [Opz] },
        { "q=dluhov", [Opz, Rozvodi] },
        { "q=SPSZ", [ZatecMinutes] },
        { "q=spsz", [ZatecMinutes] },
        { "q=KPSVL", [ZatecMinutes] },
        { "q=OPZ+", [Opz] },
        { "q=052", [ZatecMinutes] },
        { "q=CZ.03.2.63/0.0/0.0/16_063/0006571", [JindrichuvHradec] },
        { "q=Tanvaldsko", [Opz] },
        { "q=Velké Hamry", [Opz] },
        { "q=Jindřichův Hradec", [JindrichuvHradec] },
        { "q=Jindrichuv Hradec", [JindrichuvHradec] },
        { "q=v Jindřichově Hradci", [JindrichuvHradec] },
        { "q=Rozvodí", [Rozvodi] },
        { "q=mikroregionu", [Rozvodi] },
        { "q=Kuchár", [ZatecMinutes] },
        { "q=Benešová", [ZatecMinutes] },
        { "q=Benešové", [ZatecMinutes] },
        { "q=Průcha", [Liberec] },
        { "q=koronavirus", [ZatecMinutes] },
        { "q=roušky", [ZatecMinutes] },
        { "q=housing first", [ZatecMinutes] },
        { "q=cizinci", [Liberec] },
        { "q=cizinců", [Liberec] },
        { "q=\"komunitní plánování\"", [JindrichuvHradec] },
        { "q=\"sociální práce\"", [Opz] },
        { "q=zaclenovani&region=zatec", [ZatecPlan, ZatecPlanDraft] },
        { "q=zaclenovani&type=news", [Rozvodi] },
        { "q=xyzzyq", [] },
        { "q=tajné", [] },
        { "q=nezveřejní", [] },
    };

    [SkippableFact]
    public async Task The_browser_makes_the_same_term_of_every_word_as_the_build()
    {
        var page = await fixture.OpenAsync("/hledat/");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var vectors = CzechSearchTermsTests.Vectors();

        var terms = await page.EvaluateAsync<string?[]>("words => words.map(w => window.publisherSearch.term(w))", vectors.Select(v => v.Word).ToArray());

        var wrong = vectors.Zip(terms).Where(p => p.First.Term != p.Second).Select(p => $"{p.First.Word}: build '{p.First.Term}', browser '{p.Second}'").ToList();
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
        await page.Context.CloseAsync();
    }

    [SkippableTheory]
    [MemberData(nameof(Queries))]
    public async Task A_czech_query_finds_its_documents_on_the_first_screen(string query, string[] expected)
    {
        var page = await fixture.OpenAsync("/hledat/?" + query);

        var (status, links) = await ResultsAsync(page);

        if (expected.Length == 0)
        {
            Assert.Empty(links);
            Assert.StartsWith("Pro „", status);
        }
        var missing = expected.Where(e => !links.Take(10).Any(link => link.Contains(e, StringComparison.Ordinal))).ToList();
        Assert.True(missing.Count == 0, $"{query}: missing {string.Join(", ", missing)} in [{string.Join(", ", links)}] ({status})");
        if (query.Contains("region=zatec", StringComparison.Ordinal)) Assert.All(links, link => Assert.StartsWith("/zatec/", link));
        if (query.Contains("type=news", StringComparison.Ordinal)) Assert.All(links, link => Assert.Contains(Rozvodi, link));
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task Typing_shows_results_announces_their_number_keeps_the_query_in_the_address_and_a_result_opens_its_document()
    {
        var page = await fixture.OpenAsync("/hledat/");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        await page.Locator("#search-query").PressSequentiallyAsync("dluhov", new() { Delay = 40 });
        var (status, links) = await ResultsAsync(page);

        Assert.Contains(links, link => link.Contains(Opz, StringComparison.Ordinal));
        Assert.Matches(@"^Nalezen[oy]? \d+ dokument", status);
        Assert.Equal("polite", await page.Locator("[data-search-status]").GetAttributeAsync("aria-live"));
        Assert.EndsWith("/hledat/?q=dluhov", page.Url);
        Assert.True(await page.Locator("[data-search-results] mark").CountAsync() > 0, "matched words are marked");

        await page.Locator($"[data-search-results] a[href*='{Opz}']").ClickAsync();
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex(System.Text.RegularExpressions.Regex.Escape(Opz)));
        Assert.Contains("OPZ+", await page.Locator("h1").TextContentAsync());
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task A_hostile_title_shows_as_text_in_results_and_runs_nothing()
    {
        var page = await fixture.OpenAsync("/hledat/?q=onerror");
        var dialogs = 0;
        page.Dialog += (_, dialog) => { dialogs++; _ = dialog.DismissAsync(); };

        var (_, links) = await ResultsAsync(page);

        Assert.Contains(links, link => link.Contains(Hostile, StringComparison.Ordinal));
        Assert.Equal(0, await page.Locator("[data-search-results] img, [data-search-results] i").CountAsync());
        var title = await page.Locator($"[data-search-results] a[href*='{Hostile}']").TextContentAsync();
        Assert.Equal("Zápis \"A & B\" <i>kurzíva</i> <img src=x onerror=alert(1)>", title);
        Assert.Equal(0, dialogs);
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task The_search_box_of_every_page_leads_to_the_search_page_with_the_query()
    {
        var page = await fixture.OpenAsync("/");

        await page.Locator("#site-search-query").FillAsync("Rozvodí");
        await page.Locator("#site-search-query").PressAsync("Enter");
        var (_, links) = await ResultsAsync(page);

        Assert.Contains("/hledat/?q=Rozvod", Uri.UnescapeDataString(page.Url));
        Assert.Contains(links, link => link.Contains(Rozvodi, StringComparison.Ordinal));
        await page.Context.CloseAsync();
    }

    /// <summary>Waits for the search to settle and returns what the status says and where the results link.</summary>
    private static async Task<(string Status, IReadOnlyList<string> Links)> ResultsAsync(IPage page)
    {
        await page.WaitForFunctionAsync("() => { const s = document.querySelector('[data-search-status]'); return s && s.textContent !== '' && !s.textContent.endsWith('…') && document.querySelector('[data-search-results]').getAttribute('aria-busy') === 'false'; }");
        var status = await page.Locator("[data-search-status]").TextContentAsync() ?? "";
        var links = await page.EvaluateAsync<string[]>("() => Array.from(document.querySelectorAll('[data-search-results] a.result-title')).map(a => a.getAttribute('href'))");
        return (status, links);
    }
}
