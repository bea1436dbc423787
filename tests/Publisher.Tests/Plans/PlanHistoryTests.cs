using AngleSharp.Dom;
using Publisher.Tests.Support;
using static Publisher.Tests.Plans.PlanHistorySiteFixture;

namespace Publisher.Tests.Plans;

/// <summary>A plan's page, the comparisons of its versions and the list of plans, as the build publishes them.</summary>
public sealed class PlanHistoryTests(PlanHistorySiteFixture fixture) : IClassFixture<PlanHistorySiteFixture>
{
    private BuiltSite Site => fixture.Site;

    private const string Version1 = "/cheb/2019/2019-01-15-komunitni-plan-cheb-2019-2021/";
    private const string Version2 = "/cheb/2021/2021-02-01-komunitni-plan-cheb-navrh/";
    private const string Version3 = "/cheb/2021/2021-02-01-komunitni-plan-cheb/";

    [Fact]
    public void The_timeline_lists_versions_approvals_and_discussions_in_date_order()
    {
        var entries = Site.Page(PlanUrl).QuerySelectorAll("section[aria-labelledby=plan-timeline] ol.timeline > li")
            .Select(li => (li.QuerySelector("time")!.GetAttribute("datetime"), li.ClassName, What(li)))
            .ToList();

        Assert.Equal<(string?, string?, string)>(
        [
            ("2018-12-01", "timeline-discussion", "/cheb/prace/2018/2018-12-01-zapis-o-priprave-planu/"),
            ("2019-01-15", "timeline-version", Version1),
            ("2019-01-15", "timeline-approval", "Zastupitelstvo města Cheb"),
            ("2020-06-10", "timeline-discussion", "/cheb/prace/2020/2020-06-10-zapis-z-jednani-o-plneni-planu/"),
            ("2021-02-01", "timeline-version", Version2),
            ("2021-02-01", "timeline-version", Version3),
            ("2021-02-01", "timeline-approval", "Rada města Cheb"),
            ("2021-02-01", "timeline-discussion", "/cheb/2021/2021-02-01-mesto-zverejnilo-novy-plan/"),
        ], entries);

        static string What(IElement entry) => entry.QuerySelector("a")?.GetAttribute("href")
            ?? entry.TextContent[(entry.TextContent.IndexOf(':', entry.TextContent.IndexOf("Schválení", StringComparison.Ordinal)) + 1)..].Trim();
    }

    [Fact]
    public void The_timeline_names_the_status_period_region_and_group()
    {
        var items = Site.Page(PlanUrl).QuerySelectorAll("ol.timeline > li").Select(li => Normalized(li.TextContent)).ToList();

        Assert.Contains("15. ledna 2019 Verze plánu: Komunitní plán Cheb 2019–2021 (neplatný, období 2019–2021)", items);
        Assert.Contains("1. února 2021 Verze plánu: Komunitní plán Cheb (platný, období 2022–2024) Co se změnilo oproti předchozí verzi", items);
        Assert.Contains("10. června 2020 Projednání: Zápis z jednání o plnění plánu (Zápis z jednání, Cheb, Pracovní skupina)", items);
        Assert.Contains("1. února 2021 Projednání: Město zveřejnilo nový plán (Aktualita, Cheb)", items);
    }

    [Fact]
    public void The_plan_page_shows_the_latest_versions_text_with_its_links_leading_where_they_lead_from_the_version()
    {
        var page = Site.Page(PlanUrl);
        var text = page.QuerySelector("section[aria-labelledby=plan-text]")!;
        var shown = Typeset.Untied(text.TextContent);

        Assert.Contains("Vznikne terénní služba.", text.TextContent);
        Assert.Contains("Podpořit seniory, rodiny s dětmi a lidi bez domova v Chebu.", shown);
        Assert.DoesNotContain("Noclehárna", text.TextContent);
        var links = text.QuerySelectorAll("p a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("#nova-opatreni", links);
        Assert.Contains("/cheb/2020/", links);
        Assert.True(Site.Exists("/cheb/2020/"));
        Assert.NotNull(page.GetElementById("nova-opatreni"));
        // The version's own page keeps the link as written, relative to its own address.
        Assert.Contains("../../2020/", Site.Page(Version3).QuerySelectorAll(".document-body a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void Every_id_on_the_plan_and_comparison_pages_is_unique()
    {
        foreach (var url in new[] { PlanUrl, FirstComparison, SecondComparison, "/plany/" })
        {
            var ids = Site.Page(url).QuerySelectorAll("[id]").Select(e => e.Id!).ToList();
            Assert.Equal(ids.Distinct(StringComparer.Ordinal), ids);
        }
    }

    [Fact]
    public void The_first_comparison_shows_exactly_the_words_added_and_removed_by_section()
    {
        var page = Site.Page(FirstComparison);

        Assert.Equal("Komunitní plán Cheb: srovnání verzí z 15. ledna 2019 a 1. února 2021", Typeset.Untied(page.QuerySelector("h1")!.TextContent));
        Assert.Equal(["Úvod (text před prvním nadpisem)", "Cíle plánu", "Financování", "Nová opatření", "Zrušená opatření"], Sections(page).Select(s => s.Heading));
        var sections = Sections(page).ToDictionary(s => s.Heading);
        Assert.Empty(Changes(sections["Cíle plánu"].Element, "ins"));
        Assert.Empty(Changes(sections["Cíle plánu"].Element, "del"));
        Assert.Equal(["7", ", včetně dotací"], Changes(sections["Financování"].Element, "ins"));
        Assert.Equal(["5"], Changes(sections["Financování"].Element, "del"));
        Assert.Equal("Rozpočet činí [−5−] [+7+] milionů korun ročně[+, včetně dotací+].", Visible(sections["Financování"].Element.QuerySelector("p.diff-text")!));
        Assert.Equal(["Vznikne terénní služba."], Changes(sections["Nová opatření"].Element, "ins"));
        Assert.Equal(["Noclehárna bude uzavřena."], Changes(sections["Zrušená opatření"].Element, "del"));
        Assert.Equal(
        [
            ("Úvod (text před prvním nadpisem)", "beze změny", "0", "0"),
            ("Cíle plánu", "beze změny", "0", "0"),
            ("Financování", "změněný", "3", "1"),
            ("Nová opatření", "nový", "3", "0"),
            ("Zrušená opatření", "odstraněný", "0", "3"),
        ], Summary(page));
        Assert.Equal(["Celkem", "", "6", "4"], page.QuerySelectorAll("table.comparison-summary tfoot tr > *").Select(c => c.TextContent));
    }

    [Fact]
    public void The_comparison_of_two_versions_of_one_day_shows_exactly_their_differences()
    {
        var page = Site.Page(SecondComparison);
        var sections = Sections(page).ToDictionary(s => s.Heading);

        Assert.Equal([",", "a lidi bez domova"], Changes(sections["Cíle plánu"].Element, "ins"));
        Assert.Equal(["a"], Changes(sections["Cíle plánu"].Element, "del"));
        Assert.Equal(["Podrobnosti jsou v oddílu o opatřeních a v zápisech roku 2020."], Changes(sections["Financování"].Element, "ins"));
        Assert.Empty(Changes(sections["Financování"].Element, "del"));
        Assert.Equal(
        [
            ("Úvod (text před prvním nadpisem)", "beze změny", "0", "0"),
            ("Cíle plánu", "změněný", "4", "1"),
            ("Financování", "změněný", "11", "0"),
            ("Nová opatření", "beze změny", "0", "0"),
        ], Summary(page));
    }

    [Fact]
    public void Inserted_and_deleted_text_is_marked_visibly_and_for_screen_readers_not_by_colour_alone()
    {
        var page = Site.Page(FirstComparison);
        var inserted = page.QuerySelector("ins")!;
        var deleted = page.QuerySelector("del")!;

        Assert.Equal("[+začátek vloženého textu: 7 konec vloženého textu+]", inserted.TextContent);
        Assert.Equal("[−začátek smazaného textu: 5 konec smazaného textu−]", deleted.TextContent);
        Assert.All(page.QuerySelectorAll("ins .diff-mark, del .diff-mark"), mark => Assert.Equal("true", mark.GetAttribute("aria-hidden")));
        Assert.All(page.QuerySelectorAll("ins, del"), change => Assert.Equal(2, change.QuerySelectorAll(".visually-hidden").Length));
        var css = File.ReadAllText(Path.Combine(RepositoryPaths.Theme, "assets", "site.css"));
        Assert.Matches(@"\bins \{[^}]*text-decoration: underline", css);
        Assert.Matches(@"\bdel \{[^}]*text-decoration: line-through", css);
    }

    [Fact]
    public void Comparisons_are_linked_from_the_plan_page_and_from_each_versions_page()
    {
        var planLinks = BuiltSite.LinkedPaths(Site.Page(PlanUrl)).ToList();
        Assert.Contains(FirstComparison, planLinks);
        Assert.Contains(SecondComparison, planLinks);

        Assert.Equal([FirstComparison], ComparisonLinks(Version1));
        Assert.Equal([FirstComparison, SecondComparison], ComparisonLinks(Version2));
        Assert.Equal([SecondComparison], ComparisonLinks(Version3));
        Assert.All([FirstComparison, SecondComparison], url => Assert.True(Site.Exists(url)));
    }

    [Fact]
    public void Periods_are_written_with_an_en_dash()
    {
        Assert.Equal(["2022–2024", "2022–2024", "2019–2021"],
            Site.Page(PlanUrl).QuerySelectorAll("section[aria-labelledby=plan-versions] tbody tr").Select(r => r.Children[1].TextContent));
        Assert.Contains(Site.Page(Version1).QuerySelectorAll("dl.facts > div"), d => d.QuerySelector("dt")!.TextContent == "Období" && d.QuerySelector("dd")!.TextContent == "2019–2021");
        Assert.DoesNotContain("2019-2021", Site.Page(PlanUrl).Body!.TextContent.Replace("2019-2021/", ""));
    }

    [Fact]
    public void The_list_of_plans_groups_them_by_region_in_czech_order_with_their_current_status()
    {
        var page = Site.Page("/plany/");

        Assert.Equal(["Cvikov", "Čáslav", "Hodonín", "Cheb"], page.QuerySelectorAll("section.plan-region h2").Select(h => h.TextContent));
        var rows = page.QuerySelectorAll("section.plan-region tbody tr")
            .Select(r => (r.QuerySelector("a")!.GetAttribute("href"), r.Children[1].TextContent, r.Children[2].TextContent, r.QuerySelector("time")!.GetAttribute("datetime")))
            .ToList();
        Assert.Equal<(string?, string, string, string?)>(
        [
            ("/plany/ap-cvikov/", "návrh", "2024–2026", "2024-05-05"),
            ("/plany/sp-caslav/", "schválený", "2023–2025", "2023-04-04"),
            ("/plany/hostile/", "schválený", "", "2022-01-01"),
            (PlanUrl, "platný", "2022–2024", "2021-02-01"),
        ], rows);
        Assert.Equal("4 plány", page.QuerySelector("main p.muted")!.TextContent);
        Assert.False(Site.Exists("/plany/strana/2/"));
    }

    [Fact]
    public void A_hostile_title_and_heading_stay_text_on_the_plan_and_comparison_pages()
    {
        var comparison = Site.Page("/plany/hostile/srovnani/2020-01-01-2022-01-01/");
        foreach (var page in new[] { Site.Page("/plany/hostile/"), comparison, Site.Page("/plany/") })
        {
            Assert.Empty(page.QuerySelectorAll("main script, main img"));
            Assert.Contains(HostileTitle, page.QuerySelector("main")!.TextContent);
        }
        Assert.Equal(HostileTitle, Site.Page("/plany/hostile/").QuerySelector("h1")!.TextContent);
        Assert.Equal([(HostileTitle, "změněný", "1", "1")], Summary(comparison));
        Assert.Equal(["Nové"], Changes(Sections(comparison).Single().Element, "ins"));
        Assert.DoesNotContain("<script>alert", File.ReadAllText(Site.FileOf("/plany/hostile/srovnani/2020-01-01-2022-01-01/")));
    }

    private IReadOnlyList<string?> ComparisonLinks(string versionUrl) =>
        BuiltSite.LinkedPaths(Site.Page(versionUrl)).Where(p => p.Contains("/srovnani/", StringComparison.Ordinal)).Distinct().ToList();

    private static IEnumerable<(string Heading, IElement Element)> Sections(IDocument page) =>
        page.QuerySelectorAll("section.diff-section").Select(s => (s.QuerySelector("h3")!.ChildNodes[0].TextContent.Trim(), s));

    private static IReadOnlyList<string> Changes(IElement section, string tag) =>
        section.QuerySelectorAll($"{tag} .diff-words").Select(e => e.TextContent).ToList();

    private static IReadOnlyList<(string, string, string, string)> Summary(IDocument page) =>
        page.QuerySelectorAll("table.comparison-summary tbody tr")
            .Select(r => (r.Children[0].TextContent, r.Children[1].TextContent, r.Children[2].TextContent, r.Children[3].TextContent))
            .ToList();

    /// <summary>What a sighted reader sees: the text without what is visually hidden.</summary>
    private static string Visible(IElement element)
    {
        var clone = (IElement)element.Clone();
        foreach (var hidden in clone.QuerySelectorAll(".visually-hidden").ToList()) hidden.Remove();
        return clone.TextContent;
    }

    private static string Normalized(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
