using Microsoft.Playwright;

namespace Publisher.Tests.Browser;

/// <summary>How pages present themselves under the reader's settings: print, zoom, reduced motion, high contrast.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PresentationTests(BrowserSiteFixture fixture)
{
    private string DocumentWithTables => fixture.Site.HtmlPageUrls().First(url =>
        url.Contains("/2020-06-10-", StringComparison.Ordinal) && File.ReadAllText(fixture.Site.FileOf(url)).Contains("<table", StringComparison.Ordinal));

    [SkippableFact]
    public async Task A_printed_document_has_no_navigation_shows_link_addresses_and_keeps_tables_whole()
    {
        var page = await fixture.OpenAsync(DocumentWithTables);
        await page.EmulateMediaAsync(new() { Media = Media.Print });

        foreach (var selector in new[] { ".skip-link", ".site-header nav", ".breadcrumbs", ".site-footer" })
            Assert.False(await page.Locator(selector).First.IsVisibleAsync(), $"{selector} is printed");
        var after = await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('main a[href^=\"/\"]'), '::after').content");
        Assert.Matches(@"\(/[^)]*\)", after);
        var table = await page.EvaluateAsync<string[]>("() => { const t = document.querySelector('.document-body table'); const s = getComputedStyle(t); return [s.display, s.overflowX, String(t.scrollWidth <= t.clientWidth + 1)]; }");
        Assert.Equal(["table", "visible", "true"], table);
        var pdf = await page.PdfAsync(new() { Format = "A4" });
        Assert.True(pdf.Length > 10_000);
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task A_printed_group_page_leaves_out_the_links_to_subscribe()
    {
        var url = fixture.PageOfEachType["group"];
        var page = await fixture.OpenAsync(url);
        Assert.True(await page.Locator(".subscribe").First.IsVisibleAsync(), $"{url} shows no links to subscribe");

        await page.EmulateMediaAsync(new() { Media = Media.Print });

        Assert.False(await page.Locator(".subscribe").First.IsVisibleAsync(), $"{url} prints its links to subscribe");
        await page.Context.CloseAsync();
    }

    [SkippableTheory]
    [InlineData("/")]
    [InlineData("document")]
    public async Task At_200_percent_zoom_pages_reflow_without_horizontal_scrolling(string which)
    {
        // 200 % zoom of a 1280 px window leaves 640 CSS pixels.
        var url = which == "document" ? DocumentWithTables : which;
        var page = await fixture.OpenAsync(url, width: 640, height: 450);

        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");

        Assert.True(widths[0] <= widths[1], $"{url} is {widths[0]}px wide in a 640px window");
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task With_reduced_motion_nothing_animates_or_scrolls_smoothly()
    {
        var page = await fixture.OpenAsync("/");
        await page.EmulateMediaAsync(new() { ReducedMotion = ReducedMotion.Reduce });

        var styles = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('*')].map(e => getComputedStyle(e)).flatMap(s => [s.transitionDuration, s.animationName, s.scrollBehavior]).filter((v, i, a) => a.indexOf(v) === i)");

        Assert.DoesNotContain(styles, s => s.EndsWith('s') && s != "0s");
        Assert.DoesNotContain("smooth", styles);
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task In_forced_colours_mode_focus_stays_visible_and_the_current_page_is_marked_without_colour()
    {
        var page = await fixture.OpenAsync(fixture.PageOfEachType["document"]);
        await page.EmulateMediaAsync(new() { ForcedColors = ForcedColors.Active });

        await page.Keyboard.PressAsync("Tab");
        var outline = await page.EvaluateAsync<string[]>("() => { const s = getComputedStyle(document.activeElement); return [s.outlineStyle, s.outlineWidth]; }");
        Assert.NotEqual("none", outline[0]);
        Assert.NotEqual("0px", outline[1]);
        // The breadcrumb trail marks the current page by aria-current and text, not by colour alone.
        Assert.Equal(1, await page.Locator(".breadcrumbs [aria-current=page]").CountAsync());
        await page.Context.CloseAsync();
    }
}
