using Microsoft.Playwright;
using Publisher.Tests.Browser;

namespace Publisher.Tests.Preview;

/// <summary>
/// The preview in headless Chromium: the page loads its stylesheet and the reload script under the published site's
/// Content Security Policy, and reloads by itself when a file changes. Skipped without Chromium, except under CI.
/// </summary>
public sealed class PreviewBrowserTests
{
    [SkippableFact]
    public async Task An_open_page_reloads_by_itself_under_the_sites_policy()
    {
        var ci = Environment.GetEnvironmentVariable("CI") is { Length: > 0 } value && value != "false";
        if (!File.Exists(BrowserSiteFixture.ChromiumPath) && ci) throw new InvalidOperationException($"CI must run the browser tests; Chromium is not at {BrowserSiteFixture.ChromiumPath}");
        Skip.IfNot(File.Exists(BrowserSiteFixture.ChromiumPath), $"Chromium is not installed at {BrowserSiteFixture.ChromiumPath} (apt-get install chromium)");
        using var preview = new RunningPreview();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = BrowserSiteFixture.ChromiumPath, Headless = true, Args = ["--no-sandbox", "--disable-gpu"] });
        var page = await browser.NewPageAsync();
        var refused = new List<string>();
        page.Console += (_, message) => { if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal)) refused.Add(message.Text); };
        page.RequestFailed += (_, request) => refused.Add($"{request.Url}: {request.Failure}");

        var listening = page.WaitForRequestAsync("**/_preview/events");
        await page.GotoAsync(new Uri(preview.Address, RunningPreview.MinutesUrl).ToString());
        await listening;
        Assert.Empty(refused);
        Assert.True(await page.EvaluateAsync<bool>("() => [...document.styleSheets].some(s => s.href && s.cssRules.length > 0)"), "the stylesheet did not load");

        File.WriteAllText(preview.Minutes, File.ReadAllText(preview.Minutes) + "\nOdstavec doplněný během náhledu.\n");

        await page.WaitForFunctionAsync("() => document.body.textContent.includes('Odstavec doplněný během náhledu.')", null, new() { Timeout = (float)RunningPreview.Patience.TotalMilliseconds });
        Assert.Empty(refused);
    }

    [SkippableFact]
    public async Task A_page_the_change_did_not_touch_is_not_reloaded()
    {
        Skip.IfNot(File.Exists(BrowserSiteFixture.ChromiumPath), $"Chromium is not installed at {BrowserSiteFixture.ChromiumPath} (apt-get install chromium)");
        using var preview = new RunningPreview();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = BrowserSiteFixture.ChromiumPath, Headless = true, Args = ["--no-sandbox", "--disable-gpu"] });
        var untouched = await browser.NewPageAsync();
        var edited = await browser.NewPageAsync();
        foreach (var (tab, url) in new[] { (untouched, Core.Model.UrlScheme.AccessibilityStatement), (edited, RunningPreview.MinutesUrl) })
        {
            var listening = tab.WaitForRequestAsync("**/_preview/events");
            await tab.GotoAsync(new Uri(preview.Address, url).ToString());
            await listening;
            // Gone when the page is loaded again.
            await tab.EvaluateAsync("() => { window.stayed = true; }");
        }
        var builtBefore = preview.Current.Number;

        File.WriteAllText(preview.Minutes, File.ReadAllText(preview.Minutes) + "\nOdstavec doplněný během náhledu.\n");

        await edited.WaitForFunctionAsync("() => document.body.textContent.includes('Odstavec doplněný během náhledu.')", null, new() { Timeout = (float)RunningPreview.Patience.TotalMilliseconds });
        await preview.GetWhen(RunningPreview.MinutesUrl, _ => preview.Current.Number >= builtBefore + 2);
        // Time for the reload script to ask about the last build, and for a reload to happen if it were asked for.
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.True(await untouched.EvaluateAsync<bool>("() => window.stayed === true"), "the page the change did not touch was reloaded");
        Assert.False(await edited.EvaluateAsync<bool>("() => window.stayed === true"), "the edited page was not reloaded");
    }
}
