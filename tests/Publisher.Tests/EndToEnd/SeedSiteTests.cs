using System.Globalization;
using AngleSharp.Dom;
using Publisher.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Publisher.Tests.EndToEnd;

public sealed class SeedSiteTests(SeedSiteFixture fixture) : IClassFixture<SeedSiteFixture>
{
    private static readonly CultureInfo Czech = CultureInfo.GetCultureInfo("cs-CZ");
    private BuiltSite Site => fixture.Site;

    [Fact]
    public void Every_seed_document_is_published()
    {
        var sources = Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Input), "*.md", SearchOption.AllDirectories).Count();
        var published = OpenDataIndex.Read(Site);
        Assert.Equal(5, sources);
        Assert.Equal(sources, published.Count);
        Assert.All(published, entry => Assert.True(Site.Exists(entry.Url), entry.Url));
    }

    [Fact]
    public void Every_document_is_reachable_from_home_through_its_region_group_and_year_pages()
    {
        var home = BuiltSite.LinkedPaths(Site.Page("/")).ToHashSet();
        foreach (var entry in OpenDataIndex.Read(Site))
        {
            var year = entry.Date[..4];
            var regionUrl = $"/{entry.Region}/";
            Assert.Contains(regionUrl, home);
            Assert.Contains("/regiony/", home);
            Assert.Contains(regionUrl, BuiltSite.LinkedPaths(Site.Page("/regiony/")));

            var regionLinks = BuiltSite.LinkedPaths(Site.Page(regionUrl)).ToHashSet();
            if (entry.Group is { } group)
            {
                var groupUrl = $"/{entry.Region}/{group}/";
                Assert.Contains(groupUrl, regionLinks);
                var groupLinks = BuiltSite.LinkedPaths(Site.Page(groupUrl)).ToHashSet();
                Assert.Contains(entry.Url, groupLinks);
                Assert.Contains($"{groupUrl}{year}/", groupLinks);
                Assert.Contains(entry.Url, BuiltSite.LinkedPaths(Site.Page($"{groupUrl}{year}/")));
            }
            else
            {
                Assert.Contains($"{regionUrl}{year}/", regionLinks);
                Assert.Contains(entry.Url, BuiltSite.LinkedPaths(Site.Page($"{regionUrl}{year}/")));
            }

            Assert.Contains($"/rok/{year}/", home);
            Assert.Contains(entry.Url, BuiltSite.LinkedPaths(Site.Page($"/rok/{year}/")));
        }
    }

    [Fact]
    public void A_crawl_from_home_reaches_every_page_of_the_site()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { "/" };
        var queue = new Queue<string>(seen);
        while (queue.Count > 0)
        {
            foreach (var link in BuiltSite.LinkedPaths(Site.Page(queue.Dequeue())))
            {
                if (link.EndsWith('/') && seen.Add(link)) queue.Enqueue(link);
            }
        }
        var unreachable = Site.HtmlPageUrls().Where(u => u.EndsWith('/') && !seen.Contains(u)).ToList();
        Assert.Empty(unreachable);
    }

    [Fact]
    public void Every_front_matter_field_appears_on_the_document_page()
    {
        var regions = RegionNames();
        foreach (var entry in OpenDataIndex.Read(Site))
        {
            var fm = FrontMatter.Read(Path.Combine(RepositoryPaths.Input, entry.Source));
            var page = Site.Page(entry.Url);
            var text = Normalise(page.QuerySelector("main")!.TextContent);

            Assert.Equal(fm.Scalar("title"), Typeset.Untied(page.QuerySelector("h1")!.TextContent).Trim());
            Assert.Contains(TypeLabel(fm.Scalar("type")!), text);
            Assert.Contains(CzechDate(fm.Scalar("date")!), text);
            Assert.Contains($"/{fm.Scalar("region")}/", Links(page));
            Assert.Contains(regions[fm.Scalar("region")!], text);
            if (fm.Scalar("group") is { } group)
            {
                Assert.Contains($"/{fm.Scalar("region")}/{group}/", Links(page));
                Assert.Contains(regions[$"{fm.Scalar("region")}/{group}"], text);
            }
            foreach (var key in new[] { "place", "author", "summary", "approved_by", "period" })
            {
                if (fm.Scalar(key) is { } value) Assert.Contains(Normalise(value), text);
            }
            if (fm.Scalar("time") is { } time) Assert.Contains(TimeOnly.Parse(time, CultureInfo.InvariantCulture).ToString("H:mm"), text);
            foreach (var item in fm.List("agenda")) Assert.Contains(Normalise(item), text);
            foreach (var tag in fm.List("tags")) Assert.Contains(Normalise(tag), text);
            if (fm.Map("attendees") is { } attendees)
            {
                foreach (var category in new[] { "present", "excused", "absent", "guests" })
                    foreach (var person in attendees.List(category))
                        Assert.Contains(Normalise(person), text);
            }
            foreach (var task in fm.Maps("tasks"))
            {
                Assert.Contains(Normalise(task.Scalar("task")!), text);
                if (task.Scalar("owner") is { } owner) Assert.Contains(Normalise(owner), text);
                if (task.Scalar("due") is { } due) Assert.Contains(CzechDate(due), text);
            }
            if (fm.Scalar("next_meeting") is { } next)
            {
                var parts = next.Split(' ');
                Assert.Contains(CzechDate(parts[0]), Normalise(page.QuerySelector(".next-meeting")!.TextContent));
                if (parts.Length > 1) Assert.Contains(TimeOnly.Parse(parts[1], CultureInfo.InvariantCulture).ToString("H:mm"), text);
            }
            foreach (var plan in fm.List("plans")) Assert.Contains($"/plany/{plan}/", Links(page));
        }
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
    public void Every_internal_link_and_anchor_in_the_output_resolves()
    {
        var broken = new List<string>();
        foreach (var url in Site.HtmlPageUrls())
        {
            var page = Site.Page(url);
            var targets = page.QuerySelectorAll("a[href], link[href]").Select(e => e.GetAttribute("href")!)
                .Concat(page.QuerySelectorAll("[src]").Select(e => e.GetAttribute("src")!));
            foreach (var target in targets)
            {
                if (target.Contains(':') && !target.StartsWith('/') && !target.StartsWith('#')) continue;
                var resolved = new Uri(new Uri("https://x.invalid" + url), target);
                var path = Uri.UnescapeDataString(resolved.AbsolutePath);
                if (!Site.Exists(path)) { broken.Add($"{url} → {target}"); continue; }
                var fragment = Uri.UnescapeDataString(resolved.Fragment.TrimStart('#'));
                if (fragment.Length > 0 && Site.Page(path).GetElementById(fragment) is null)
                    broken.Add($"{url} → {target} (no #{fragment})");
            }
        }
        Assert.Empty(broken);
        Assert.True(Site.HtmlPageUrls().Count > 40);
    }

    [Fact]
    public void Two_builds_of_the_same_input_are_byte_identical()
    {
        using var second = new BuiltSite(RepositoryPaths.Input);
        Assert.Equal(OutputSnapshot.Of(Site.Output), OutputSnapshot.Of(second.Output));
    }

    [Fact]
    public void The_output_does_not_depend_on_the_order_files_were_written_to_disk()
    {
        using var temp = new TempDirectory();
        var reversed = temp.Combine("input-reversed");
        foreach (var file in Directory.EnumerateFiles(RepositoryPaths.Input, "*", SearchOption.AllDirectories).OrderDescending(StringComparer.Ordinal))
        {
            var target = Path.Combine(reversed, Path.GetRelativePath(RepositoryPaths.Input, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        using var second = new BuiltSite(reversed);
        Assert.Equal(OutputSnapshot.Of(Site.Output), OutputSnapshot.Of(second.Output));
    }

    [Fact]
    public void Pages_are_Czech_with_Czech_dates_breadcrumbs_and_hashed_assets()
    {
        foreach (var url in Site.HtmlPageUrls())
        {
            var page = Site.Page(url);
            Assert.Equal("cs", page.DocumentElement.GetAttribute("lang"));
            Assert.Single(page.QuerySelectorAll("h1"));
            Assert.NotNull(page.QuerySelector("nav.breadcrumbs[aria-label] ol"));
            var stylesheet = page.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;
            Assert.Matches(@"^/assets/site\.[0-9a-f]{10}\.css$", stylesheet);
        }
        Assert.Contains("10. června 2020", Site.Page("/zatec/").Body!.TextContent);
        Assert.Contains("Stránka nenalezena", File.ReadAllText(Path.Combine(Site.Output, "404.html")));
    }

    // Two seed documents have a date at the start of a line, which Markdown alone would make a numbered list.
    [Theory]
    [InlineData("mas-rozvoj-tanvaldska/2022/2022-03-04-akcni-plan-opz-velke-hamry.md", "4. 3. 2022")]
    [InlineData("liberec/2020/2020-02-17-setkani-skupiny-pro-cizince.md", "17. únor 2020, 14:00 hod, – MML")]
    public void A_date_at_the_start_of_a_line_is_a_paragraph_and_numbered_agendas_are_lists(string source, string date)
    {
        var entry = OpenDataIndex.Read(Site).Single(e => e.Source.EndsWith(source, StringComparison.Ordinal));
        var body = Site.Page(entry.Url).QuerySelector("main")!;

        Assert.Contains(body.QuerySelectorAll("p"), p => Typeset.Untied(p.TextContent) == date);
        Assert.DoesNotContain(body.QuerySelectorAll("ol"), list => list.GetAttribute("start") is "4" or "17" or "3");
    }

    // Czech typesetting: "v Žatci" is never split across lines, in a document's title and in its body.
    [Fact]
    public void One_letter_prepositions_are_tied_to_the_next_word_in_titles_and_bodies_but_not_in_attributes()
    {
        var entry = OpenDataIndex.Read(Site).Single(e => e.Source.EndsWith("zatec/2020/2020-06-10-socialni-prevence-a-poradenstvi.md", StringComparison.Ordinal));
        var page = Site.Page(entry.Url);

        Assert.Equal("Zápis z\u00A0jednání pracovní skupiny Sociální prevence a\u00A0odborné sociální poradenství", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("v\u00A0prostorách Mateřského centra Sedmikráska v\u00A0kreativní dílně", page.QuerySelector("main")!.TextContent);
        Assert.Equal("Zápis z jednání pracovní skupiny Sociální prevence a odborné sociální poradenství", page.QuerySelector("meta[property='og:title']")!.GetAttribute("content"));
        Assert.Contains(Site.Page("/zatec/").QuerySelectorAll(".teaser-title"), a => a.TextContent.Contains("z\u00A0jednání", StringComparison.Ordinal));
    }

    [Fact]
    public void The_numbered_agenda_of_a_seed_document_is_still_a_list()
    {
        var entry = OpenDataIndex.Read(Site).Single(e => e.Source.EndsWith("liberec/2020/2020-02-17-setkani-skupiny-pro-cizince.md", StringComparison.Ordinal));
        var list = Site.Page(entry.Url).QuerySelector("main ol")!;

        Assert.Equal(["Informace z ŘPS", "Informace k projektům města Liberec", "Informace k financování sociálních služeb"],
            list.Children.Select(item => item.TextContent.Trim()).Take(3));
    }

    [Fact]
    public void Regions_are_listed_in_Czech_alphabetical_order()
    {
        var names = Site.Page("/regiony/").QuerySelectorAll("main .card a").Select(a => a.TextContent).ToList();
        var expected = names.Order(StringComparer.Create(Czech, CompareOptions.None)).ToList();
        Assert.Equal(expected, names);
        Assert.Equal("Žatec", names[^1]);
    }

    private static Dictionary<string, string> RegionNames()
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Path.Combine(RepositoryPaths.Input, "regions.yml"))));
        var names = new Dictionary<string, string>();
        foreach (var region in ((YamlSequenceNode)stream.Documents[0].RootNode).Children.Cast<YamlMappingNode>())
        {
            names[region.Scalar("id")!] = region.Scalar("name")!;
            foreach (var group in region.Maps("groups"))
                names[$"{region.Scalar("id")}/{group.Scalar("id")}"] = group.Scalar("name")!;
        }
        return names;
    }

    private static HashSet<string> Links(IDocument page) => BuiltSite.LinkedPaths(page).ToHashSet();

    private static string CzechDate(string iso) =>
        DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture).ToString("d. MMMM yyyy", Czech);

    private static string TypeLabel(string type) => type switch
    {
        "minutes" => "Zápis z jednání",
        "plan" => "Plán",
        _ => "Aktualita",
    };

    private static string Normalise(string text) => string.Join(' ', text.Split((char[])[' ', '\n', '\t', '\u00A0'], StringSplitOptions.RemoveEmptyEntries));
}
