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
    private const string Rozvodi = "2018-10-27-v-mikroregionu-rozvodi";

    /// <summary>
    /// A query (with its filters in the address) and the documents that must be among its first ten results, from the
    /// shared file that the comparison with Pagefind also runs; none for a query that must find nothing.
    /// </summary>
    public static TheoryData<string, string[]> Queries()
    {
        var queries = new TheoryData<string, string[]>();
        foreach (var line in File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Search", "relevance-queries.tsv")))
        {
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var columns = line.Split('\t');
            queries.Add(columns[0], columns[1].Split(' ', StringSplitOptions.RemoveEmptyEntries));
        }
        return queries;
    }

    [Fact]
    public void The_query_set_has_at_least_30_queries_and_some_that_must_find_nothing()
    {
        var queries = Queries().Select(row => ((string)row[0], (string[])row[1])).ToList();
        Assert.True(queries.Count >= 30, $"{queries.Count} queries");
        Assert.Contains(queries, q => q.Item2.Length == 0);
    }

    [SkippableFact]
    public async Task The_browser_makes_the_same_term_of_every_word_as_the_build()
    {
        var page = await fixture.OpenAsync("/hledat/");
        await StartedAsync(page);
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
        await StartedAsync(page);

        await RecordShownSearchesAsync(page);
        await page.Locator("#search-query").PressSequentiallyAsync("dluhov", new() { Delay = 40 });
        // On a busy machine a pause between two keys can outlast the debounce, and the results of "dluho" settle
        // before the last key is pressed: the results read are those of the whole word.
        await page.WaitForFunctionAsync("search => window.shownSearches.includes(search)", "?q=dluhov");
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
    public async Task The_shard_of_a_typed_word_is_fetched_while_the_search_waits_for_more_typing()
    {
        var page = await fixture.OpenAsync("/hledat/");
        await StartedAsync(page);

        // Every address the page fetches from now on, in order; then the query is typed as one input and, well within
        // the wait for more typing, what was asked for is read.
        var typed = await page.EvaluateAsync<System.Text.Json.JsonElement>("""
            async () => {
              const requested = [];
              const fetch = window.fetch;
              window.fetch = (address, ...rest) => { requested.push(String(address)); return fetch(address, ...rest); };
              const input = document.querySelector('#search-query');
              input.value = 'dluhov';
              input.dispatchEvent(new Event('input', { bubbles: true }));
              await new Promise(resolve => setTimeout(resolve, 10));
              return { requested, results: document.querySelectorAll('[data-search-results] li').length };
            }
            """);

        var requested = typed.GetProperty("requested").EnumerateArray().Select(a => a.GetString()!).ToList();
        Assert.Equal(0, typed.GetProperty("results").GetInt32());
        Assert.Contains(requested, address => address.EndsWith("/hledat/index/i/dl.json", StringComparison.Ordinal));
        var (_, links) = await ResultsAsync(page);
        Assert.Contains(links, link => link.Contains(Opz, StringComparison.Ordinal));
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task A_misspelt_word_that_finds_nothing_is_offered_its_near_spelling_which_finds_the_documents()
    {
        var page = await fixture.OpenAsync("/hledat/?q=zaclenovni&type=plan");

        var (status, links) = await ResultsAsync(page);
        Assert.Empty(links);
        Assert.Equal("Pro „zaclenovni“ jsme nic nenašli.", status);
        var suggestion = page.Locator("[data-search-results] .search-hint a");
        await suggestion.WaitForAsync();
        Assert.Equal("začleňování", await suggestion.TextContentAsync());

        await suggestion.ClickAsync();
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("q=za%C4%8Dle%C5%88ov%C3%A1n%C3%AD&type=plan|type=plan.*q=za%C4%8D"));
        (_, links) = await ResultsAsync(page);
        Assert.Contains(links, link => link.Contains("2020-01-23-strategicky-plan-socialniho-zaclenovani-zatec/", StringComparison.Ordinal));
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task A_pasted_query_of_100000_words_is_answered_by_its_first_words_without_hanging()
    {
        var page = await fixture.OpenAsync("/hledat/");
        await StartedAsync(page);
        var query = "Rozvodí " + string.Join(' ', Enumerable.Range(0, 100_000).Select(i => $"slovo{i}"));

        await page.Locator("#search-query").FillAsync(query);
        var (_, links) = await ResultsAsync(page);

        Assert.Contains(links, link => link.Contains(Rozvodi, StringComparison.Ordinal));
        // The address keeps the query's first words, not the paste: a bookmark of it stays a bookmark.
        var kept = System.Web.HttpUtility.ParseQueryString(new Uri(page.Url).Query)["q"]!;
        Assert.StartsWith("Rozvodí slovo0 slovo1 ", kept, StringComparison.Ordinal);
        Assert.InRange(kept.Length, 400, 500);
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

    /// <summary>
    /// Waits until the page has started its search: the index's description is loaded and the address's query (none
    /// here) shown, which the results list tells by no longer being busy. Waiting for the network to go quiet instead
    /// depends on the browser's timing of idleness and has timed out with the page long ready.
    /// </summary>
    private static Task StartedAsync(IPage page) =>
        page.WaitForFunctionAsync("() => document.querySelector('[data-search-results]')?.getAttribute('aria-busy') === 'false'");

    /// <summary>
    /// Records in <c>window.shownSearches</c> the address's query each time the results finish showing: a search whose
    /// results were overtaken by a later one never finishes, so a query in the list is one whose results were shown.
    /// </summary>
    private static Task RecordShownSearchesAsync(IPage page) => page.EvaluateAsync(@"() => {
        window.shownSearches = [];
        const results = document.querySelector('[data-search-results]');
        new MutationObserver(() => {
            if (results.getAttribute('aria-busy') === 'false') window.shownSearches.push(location.search);
        }).observe(results, { attributes: true, attributeFilter: ['aria-busy'] });
    }");

    /// <summary>Waits for the search to settle and returns what the status says and where the results link.</summary>
    private static async Task<(string Status, IReadOnlyList<string> Links)> ResultsAsync(IPage page)
    {
        await page.WaitForFunctionAsync("() => { const s = document.querySelector('[data-search-status]'); return s && s.textContent !== '' && !s.textContent.endsWith('…') && document.querySelector('[data-search-results]').getAttribute('aria-busy') === 'false'; }");
        var status = await page.Locator("[data-search-status]").TextContentAsync() ?? "";
        var links = await page.EvaluateAsync<string[]>("() => Array.from(document.querySelectorAll('[data-search-results] a.result-title')).map(a => a.getAttribute('href'))");
        return (status, links);
    }
}
