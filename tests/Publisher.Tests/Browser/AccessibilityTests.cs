using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Publisher.Tests.Support;

namespace Publisher.Tests.Browser;

/// <summary>WCAG 2.1 AA in a real browser: axe-core on every page type, keyboard use, reflow and screenshots.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserSiteFixture fixture)
{
    private static readonly string[] WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    /// <summary>The page types every site has; the audit covers these and any type added later.</summary>
    private static readonly string[] RequiredTypes =
    [
        "home", "regions", "region", "region-year", "group", "group-year", "years", "listing /rok/", "listing /stitky/",
        "listing /zapisy/", "plans", "listing /aktuality/", "tags", "document", "plan", "plan-comparison", "404", "accessibility", "guide",
    ];

    public static TheoryData<string> PageTypes()
    {
        // The same discovery the fixture makes, without a browser, so that each page type is its own test case.
        using var site = BrowserSiteFixture.Build();
        return new TheoryData<string>(BrowserSiteFixture.FindPageOfEachType(site).Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_built_site_has_every_required_page_type()
    {
        Assert.All(RequiredTypes, type => Assert.Contains(type, fixture.PageOfEachType.Keys));
    }

    [Fact]
    public void The_audited_document_page_shows_its_change_history_and_that_it_was_amended()
    {
        var page = fixture.Site.Page(fixture.PageOfEachType["document"]);

        Assert.NotNull(page.QuerySelector(".amended-note a[href='#meta-historie']"));
        Assert.Equal(2, page.QuerySelectorAll("section.document-history ol.changes li").Length);
    }

    [SkippableTheory]
    [MemberData(nameof(PageTypes))]
    public async Task Every_page_type_has_no_wcag_21_aa_violations(string type)
    {
        var url = fixture.PageOfEachType[type];
        var page = await fixture.OpenAsync(url);

        var result = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. WcagTags] } });

        Assert.True(result.Violations.Length == 0, $"{url} ({type}):\n" + string.Join("\n", result.Violations.Select(v =>
            $"- {v.Id} ({v.Impact}): {v.Help}\n  " + string.Join("\n  ", v.Nodes.Select(n => $"{string.Join(" ", n.Target)}: {n.Html} {string.Join("; ", n.Any.Concat(n.All).Concat(n.None).Select(c => c.Message))}")))));
        Assert.NotEmpty(result.Passes);
        await page.Context.CloseAsync();
    }

    [SkippableTheory]
    [MemberData(nameof(PageTypes))]
    public async Task Every_page_type_reflows_at_320_css_pixels_without_horizontal_scrolling(string type)
    {
        var url = fixture.PageOfEachType[type];
        var page = await fixture.OpenAsync(url, width: 320, height: 640);

        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        var (scrollWidth, clientWidth) = (widths[0], widths[1]);

        Assert.True(scrollWidth <= clientWidth, $"{url} ({type}) is {scrollWidth}px wide in a 320px window");
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task Tab_from_the_top_of_a_document_reaches_the_skip_link_first_and_it_moves_focus_to_the_content()
    {
        var page = await fixture.OpenAsync(fixture.PageOfEachType["document"]);

        await page.Keyboard.PressAsync("Tab");
        var focused = await page.EvaluateAsync<string[]>("() => [document.activeElement.className, document.activeElement.getAttribute('href'), getComputedStyle(document.activeElement).outlineStyle]");
        Assert.Equal("skip-link", focused[0]);
        Assert.Equal("#main-content", focused[1]);
        Assert.NotEqual("none", focused[2]);
        Assert.True(await page.Locator("a.skip-link").IsVisibleAsync(), "the focused skip link is visible");

        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("main-content", await page.EvaluateAsync<string>("() => document.activeElement.id"));

        // The next Tab continues inside the content, not back at the top of the page.
        await page.Keyboard.PressAsync("Tab");
        Assert.True(await page.EvaluateAsync<bool>("() => document.getElementById('main-content').contains(document.activeElement)"));
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task Every_link_and_control_on_a_document_page_is_reachable_by_tab_with_a_visible_focus_indicator()
    {
        var page = await fixture.OpenAsync(fixture.PageOfEachType["document"]);
        var links = await page.EvaluateAsync<int>("() => [...document.querySelectorAll('a[href], input, button, select, [tabindex=\"0\"]')].filter(e => e.offsetParent !== null).length");
        var seen = new HashSet<string>();

        for (var i = 0; i < links + 1; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var state = await page.EvaluateAsync<string[]>(FocusedElementState);
            if (state[0] == "body") break;
            Assert.NotEqual("none", state[1]);
            Assert.NotEqual("0px", state[2]);
            seen.Add(state[0]);
        }

        Assert.Equal(links, seen.Count);
        await page.Context.CloseAsync();
    }

    /// <summary>The focused element's position in the document (or "body"), and its outline style and width.</summary>
    private const string FocusedElementState = """
        () => {
          const e = document.activeElement;
          const style = getComputedStyle(e);
          const id = e === document.body ? 'body' : String([...document.querySelectorAll('*')].indexOf(e));
          return [id, style.outlineStyle, style.outlineWidth];
        }
        """;

    [SkippableFact]
    public async Task Pages_make_no_request_to_another_origin()
    {
        foreach (var url in fixture.PageOfEachType.Values)
        {
            // Navigation waits for the load event, by which every stylesheet, image and script has been requested.
            var page = await fixture.OpenAsync(url);
            await page.Context.CloseAsync();
        }

        Assert.Empty(fixture.ForeignRequests);
    }

    [SkippableFact]
    public async Task Screenshots_of_home_and_a_document_at_phone_and_desktop_widths_are_saved()
    {
        var folder = Path.Combine(RepositoryPaths.Root, "artifacts", "screenshots");
        Directory.CreateDirectory(folder);
        foreach (var (name, url) in new[] { ("home", "/"), ("document", fixture.PageOfEachType["document"]) })
        {
            foreach (var (device, width, height) in new[] { ("phone", 375, 812), ("desktop", 1280, 900) })
            {
                var page = await fixture.OpenAsync(url, width, height);
                var path = Path.Combine(folder, $"{name}-{device}.png");
                await page.ScreenshotAsync(new() { Path = path, FullPage = true });
                Assert.True(new FileInfo(path).Length > 10_000, $"{path} looks empty");
                await page.Context.CloseAsync();
            }
        }
    }
}
