using System.Net;
using System.Text.Json;
using AngleSharp.Dom;
using Publisher.Core.Diagnostics;
using Publisher.Tests.Support;

namespace Publisher.Tests.EndToEnd;

/// <summary>
/// Payloads in every field of every content file end up as inert text in every kind of output file:
/// no element, attribute or address of the output was written by an editor's value.
/// </summary>
public sealed class InjectionTests(PayloadSiteFixture fixture) : IClassFixture<PayloadSiteFixture>
{
    private BuiltSite Site => fixture.Site;

    /// <summary>
    /// Every file of the output but the records of rendered pages and of checked documents, which the next build reads
    /// and nothing publishes (Netlify deploys no folder whose name starts with a dot): they hold the text as the input does.
    /// </summary>
    private IEnumerable<string> OutputFiles() =>
        Directory.EnumerateFiles(Site.Output, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Site.Output, f).Replace('\\', '/'))
            .Where(f => f is not (Core.Render.Reuse.RenderCache.RelativePath or Core.Validate.CheckedDocumentsRecord.RelativePath))
            .Order(StringComparer.Ordinal);

    [Fact]
    public void Every_output_file_is_of_a_kind_this_test_inspects()
    {
        // A new kind of output (feed, calendar, search index, script data) must get its own injection check here.
        var inspected = new[] { ".html", ".json", ".jsonld", ".csv", ".xml", ".ics", ".css", ".js" };
        Assert.All(OutputFiles().Where(f => f is not ("_redirects" or "robots.txt")), f => Assert.Contains(Path.GetExtension(f), inspected));
    }

    [Fact]
    public void Every_page_is_well_formed_and_has_nothing_the_security_policy_blocks()
    {
        // The build does not parse its pages again: what the theme writes is the same on every page of a layout,
        // so it is checked here, on every page of a real site.
        var problems = Site.HtmlPageUrls()
            .SelectMany(url => PageScanner.Scan(url, url, File.ReadAllText(Site.FileOf(url))).Problems.Select(p => $"{url}:{p.Line}:{p.Column}: {p.Message}"))
            .ToList();

        Assert.Empty(problems);
    }

    [Fact]
    public void No_page_contains_markup_written_by_a_payload()
    {
        var pages = Site.HtmlPageUrls();
        Assert.True(pages.Count > 50, $"only {pages.Count} pages were built");
        foreach (var url in pages)
        {
            var page = Site.Page(url);
            Assert.Empty(page.QuerySelectorAll("style, iframe, object, embed, svg, math, x-injected, item, img[src=x], base"));
            // The theme's own: the search form in every header and on the search page, and the search page's script.
            Assert.All(page.QuerySelectorAll("form"), form => Assert.Equal("/hledat/", form.GetAttribute("action")));
            // The theme's own: the search page's script, and a document page's JSON-LD data block, which is JSON only.
            Assert.All(page.QuerySelectorAll("script"), script =>
            {
                if (script.GetAttribute("type") == "application/ld+json")
                {
                    Assert.Equal(["type"], script.Attributes.Select(a => a.Name));
                    Assert.DoesNotContain('<', script.TextContent);
                    JsonDocument.Parse(script.TextContent).Dispose();
                    return;
                }
                Assert.Equal("/hledat/", url);
                Assert.Matches("^/assets/search\\.[0-9a-f]{10}\\.js$", script.GetAttribute("src"));
                Assert.Empty(script.TextContent);
            });
            foreach (var element in page.All)
            {
                foreach (var attribute in element.Attributes)
                {
                    Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"{url}: <{element.LocalName} {attribute.Name}>");
                    Assert.NotEqual("style", attribute.Name);
                    if (attribute.Name is "href" or "src" or "action" or "content" && attribute.Value.Contains("javascript:", StringComparison.OrdinalIgnoreCase))
                        Assert.True(IsInsideQueryOrText(element, attribute), $"{url}: {attribute.Name}=\"{attribute.Value}\" on <{element.LocalName}>");
                }
            }
        }
    }

    /// <summary>
    /// A payload may appear in an address only where it cannot be one: percent-encoded inside an external link's
    /// query, or as the content of a description. Anything else counts as injected.
    /// </summary>
    private static bool IsInsideQueryOrText(IElement element, IAttr attribute) =>
        attribute.Name == "content" && element.LocalName == "meta"
        || attribute.Name == "href" && attribute.Value.StartsWith("https://www.example.cz/?q=", StringComparison.Ordinal);

    [Fact]
    public void Every_payload_shows_literally_on_its_document_page()
    {
        for (var i = 0; i < PayloadSiteFixture.Payloads.Length; i++)
        {
            var visible = PayloadSiteFixture.Visible(PayloadSiteFixture.Payloads[i]);
            var page = Site.Page(DocumentUrl(PayloadSiteFixture.Title(i)));

            Assert.Equal(PayloadSiteFixture.Visible(PayloadSiteFixture.Title(i)), Typeset.Untied(page.QuerySelector("h1")!.TextContent));
            Assert.StartsWith(PayloadSiteFixture.Visible(PayloadSiteFixture.Title(i)), page.Title);
            Assert.Equal("Shrnutí " + visible, page.QuerySelector("meta[name=description]")!.GetAttribute("content"));
            var text = page.QuerySelector("main")!.TextContent;
            foreach (var label in new[] { "Místo ", "Přítomen ", "Omluven ", "Nepřítomen ", "Host ", "Bod ", "Úkol ", "Odpovídá ", "Zapsal ", "štítek ", "Region ", "Skupina " })
                Assert.Contains(label + visible, text);
            Assert.Equal("Odstavec", page.QuerySelector(".document-body p[title]")!.TextContent);
            // The body writes the payload as raw HTML, so its entities are decoded once, as a browser would.
            Assert.Equal(WebUtility.HtmlDecode(visible), page.QuerySelector(".document-body p[title]")!.GetAttribute("title"));
        }
    }

    [Fact]
    public void Template_syntax_in_a_value_is_not_evaluated()
    {
        var page = Site.Page(DocumentUrl(PayloadSiteFixture.Title(6)));

        Assert.Contains("{{ 7 * 7 }} {% p6 %} ${p6}", page.QuerySelector("h1")!.TextContent);
        Assert.DoesNotContain("49", page.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public void Entities_in_a_value_are_shown_as_typed_not_decoded()
    {
        var page = Site.Page(DocumentUrl(PayloadSiteFixture.Title(7)));

        Assert.Equal("Zápis &lt;b&gt;p7&amp;amp; &#x3C;i&#x3E;", page.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public void Site_settings_and_region_names_are_encoded_in_every_page_header()
    {
        var home = Site.Page("/");

        Assert.Equal("Zápisy " + PayloadSiteFixture.Payloads[0] + PayloadSiteFixture.Payloads[1], home.Title);
        Assert.Contains("Popis " + PayloadSiteFixture.Payloads[2] + PayloadSiteFixture.Payloads[4], home.QuerySelector("meta[name=description]")!.GetAttribute("content"));
        var regions = Site.Page("/regiony/").QuerySelector("main")!.TextContent;
        foreach (var payload in PayloadSiteFixture.Payloads)
            Assert.Contains("Region " + PayloadSiteFixture.Visible(payload), regions);
    }

    [Fact]
    public void The_accessibility_statement_shows_its_values_as_text()
    {
        var main = Site.Page("/prohlaseni-o-pristupnosti/").QuerySelector("main")!;

        foreach (var text in new[] { "Provozovatel " + PayloadSiteFixture.Payloads[1], "Nepřístupné " + PayloadSiteFixture.Payloads[0],
                     "Metoda " + PayloadSiteFixture.Payloads[4], "Adresa " + PayloadSiteFixture.Payloads[8] })
            Assert.Contains(text, main.TextContent);
        Assert.Equal("mailto:pristupnost@example.cz", main.QuerySelector("a[href^='mailto:']")!.GetAttribute("href"));
        Assert.Equal("tel:+420415736111", main.QuerySelector("a[href^='tel:']")!.GetAttribute("href"));
    }

    [Fact]
    public void Json_data_parses_and_holds_every_value_exactly()
    {
        foreach (var file in OutputFiles().Where(f => f.EndsWith(".json", StringComparison.Ordinal) || f.EndsWith(".jsonld", StringComparison.Ordinal)))
            JsonDocument.Parse(File.ReadAllText(Path.Combine(Site.Output, file))).Dispose();

        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(Site.Output, "data", "documents.json")));
        var titles = json.RootElement.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("title").GetString()).ToHashSet();
        for (var i = 0; i < PayloadSiteFixture.Payloads.Length; i++)
            Assert.Contains(PayloadSiteFixture.Visible(PayloadSiteFixture.Title(i)), titles);
        Assert.DoesNotContain("</script", File.ReadAllText(Path.Combine(Site.Output, "data", "documents.json")), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Scripts_are_the_themes_files_as_written_and_search_results_hold_each_title_as_a_string()
    {
        foreach (var file in OutputFiles().Where(f => f.EndsWith(".js", StringComparison.Ordinal)))
        {
            var name = Path.GetFileName(file).Split('.')[0] + ".js";
            Assert.Equal(File.ReadAllBytes(Path.Combine(RepositoryPaths.Theme, "assets", name)), File.ReadAllBytes(Path.Combine(Site.Output, file)));
        }
        var titles = Directory.GetFiles(Path.Combine(Site.Output, "hledat", "index", "d"))
            .Select(file => JsonDocument.Parse(File.ReadAllText(file)).RootElement.GetProperty("title").GetString())
            .ToHashSet();
        for (var i = 0; i < PayloadSiteFixture.Payloads.Length; i++)
            Assert.Contains(PayloadSiteFixture.Visible(PayloadSiteFixture.Title(i)), titles);
    }

    [Fact]
    public void No_output_file_contains_invisible_direction_or_control_characters()
    {
        foreach (var file in OutputFiles().Where(f => !f.StartsWith("assets/", StringComparison.Ordinal)))
        {
            var text = File.ReadAllText(Path.Combine(Site.Output, file));
            Assert.False(Core.Validate.InvisibleCharacters.Any(text.Replace("\r", "")), $"{file} contains {Core.Validate.InvisibleCharacters.Describe(text)}");
        }
    }

    [Fact]
    public void Feeds_are_well_formed_atom_of_the_sites_own_elements_holding_every_title_exactly()
    {
        string[] atom = ["feed", "id", "title", "updated", "link", "author", "name", "uri", "entry", "category", "summary"];
        var feeds = OutputFiles().Where(f => f.EndsWith("feed.xml", StringComparison.Ordinal)).ToList();
        Assert.True(feeds.Count > 20, $"only {feeds.Count} feeds");
        foreach (var file in feeds)
        {
            var xml = System.Xml.Linq.XDocument.Load(Path.Combine(Site.Output, file));
            Assert.All(xml.Descendants(), e => Assert.Contains(e.Name.LocalName, atom));
        }

        var feed = Feeds.FeedFiles.Atom(File.ReadAllBytes(Path.Combine(Site.Output, "feed.xml")));
        Assert.Equal("Zápisy " + PayloadSiteFixture.Payloads[0] + PayloadSiteFixture.Payloads[1], feed.Title.Text);
        var titles = feed.Items.Select(e => e.Title.Text).ToHashSet();
        for (var i = 0; i < PayloadSiteFixture.Payloads.Length; i++)
            Assert.Contains(PayloadSiteFixture.Visible(PayloadSiteFixture.Title(i)), titles);
    }

    [Fact]
    public void Calendars_parse_and_hold_every_place_and_group_name_exactly_in_properties_of_their_own()
    {
        string[] properties =
        [
            "BEGIN", "END", "VERSION", "PRODID", "CALSCALE", "METHOD", "NAME", "X-WR-CALNAME", "X-WR-TIMEZONE", "REFRESH-INTERVAL",
            "X-PUBLISHED-TTL", "TZID", "TZOFFSETFROM", "TZOFFSETTO", "TZNAME", "DTSTART", "RRULE", "UID", "DTSTAMP", "DTEND",
            "SUMMARY", "LOCATION", "URL", "DESCRIPTION",
        ];
        var calendars = OutputFiles().Where(f => f.EndsWith(".ics", StringComparison.Ordinal)).ToList();
        Assert.True(calendars.Count > 20, $"only {calendars.Count} calendars");
        foreach (var file in calendars)
        {
            var bytes = File.ReadAllBytes(Path.Combine(Site.Output, file));
            Feeds.FeedFiles.Ics(bytes);
            // No value started a line of its own: each unfolded line is one of the properties the site writes.
            var lines = System.Text.Encoding.UTF8.GetString(bytes).Replace("\r\n ", "").Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
            Assert.All(lines, line => Assert.Contains(line.Split(':', ';')[0], properties));
        }

        var events = Feeds.FeedFiles.Ics(File.ReadAllBytes(Path.Combine(Site.Output, "kalendar.ics"))).Events;
        Assert.Equal(PayloadSiteFixture.Payloads.Length, events.Count);
        foreach (var payload in PayloadSiteFixture.Payloads.Select(PayloadSiteFixture.Visible))
        {
            Assert.Contains(events, e => e.Location == "Místo " + payload);
            Assert.Contains(events, e => e.Summary == $"Jednání pracovní skupiny Skupina {payload} (Region {payload})");
        }
    }

    [Fact]
    public void Sitemaps_and_robots_txt_hold_only_addresses_of_the_site()
    {
        foreach (var file in OutputFiles().Where(f => Path.GetFileName(f).StartsWith("sitemap", StringComparison.Ordinal)))
        {
            var xml = System.Xml.Linq.XDocument.Load(Path.Combine(Site.Output, file));
            Assert.Equal("http://www.sitemaps.org/schemas/sitemap/0.9", xml.Root!.Name.NamespaceName);
            Assert.All(xml.Descendants().Where(e => !e.HasElements), e => Assert.Matches(@"^(https://zapisy\.example\.cz/[a-z0-9/._-]*|\d{4}-\d{2}-\d{2})$", e.Value));
        }
        Assert.Matches(@"^User-agent: \*\nAllow: /\n\nSitemap: https://zapisy\.example\.cz/sitemap\.xml\n$", File.ReadAllText(Path.Combine(Site.Output, "robots.txt")));
    }

    [Fact]
    public void Redirect_rules_are_plain_path_pairs()
    {
        foreach (var line in File.ReadAllLines(Path.Combine(Site.Output, "_redirects")).Where(l => l.Length > 0 && !l.StartsWith('#')))
            Assert.Matches(@"^/[a-z0-9/._-]*\s+/[a-z0-9/._-]*\s+301$", line);
    }

    [Fact]
    public void Direction_controls_and_raw_html_are_reported_as_warnings_and_the_build_succeeds()
    {
        Assert.True(Site.Result.Succeeded);
        var warnings = Site.Result.Diagnostics.Where(d => d.Severity == Severity.Warning).ToList();
        Assert.Contains(warnings, w => w.File.EndsWith("zapis-5.md", StringComparison.Ordinal) && w.Message.English.Contains("U+202E"));
        Assert.Contains(warnings, w => w.File.EndsWith("zapis-0.md", StringComparison.Ordinal) && w.Message.English.StartsWith("<script> was removed"));
        Assert.Contains(warnings, w => w.File.EndsWith("zapis-4.md", StringComparison.Ordinal) && w.Message.English.StartsWith("<x-injected> was removed"));
        foreach (var field in new[] { "title", "place", "attendees.present[0]", "agenda[0]", "tags[0]", "tasks[0].owner", "author", "summary" })
            Assert.Contains(warnings, w => w.File.EndsWith("zapis-5.md", StringComparison.Ordinal) && w.Message.English.StartsWith($"'{field}' contains invisible control characters"));
    }

    private string DocumentUrl(string title)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(Site.Output, "data", "documents.json")));
        var visible = PayloadSiteFixture.Visible(title);
        return json.RootElement.GetProperty("documents").EnumerateArray()
            .Single(d => d.GetProperty("title").GetString() == visible)
            .GetProperty("url").GetString()!;
    }
}
