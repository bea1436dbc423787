using Publisher.Core.Diagnostics;
using Publisher.Tests.Support;

namespace Publisher.Tests.EndToEnd;

/// <summary>Drafts, aliases, plan versions and hostile values, on the seed site plus test documents.</summary>
public sealed class ExtendedSiteTests(ExtendedSiteFixture fixture) : IClassFixture<ExtendedSiteFixture>
{
    private const string HostileUrl = "/zatec/socialni-prevence-a-odborne-socialni-poradenstvi/2020/2020-09-15-zapis-a-b-i-kurziva-i-img-src-x-onerror-alert-1/";
    private BuiltSite Site => fixture.Site;

    [Fact]
    public void Drafts_are_published_nowhere()
    {
        var everything = string.Join("\n", Directory.EnumerateFiles(Site.Output, "*", SearchOption.AllDirectories).Select(File.ReadAllText));
        Assert.DoesNotContain("Koncept zápisu", everything);
        Assert.DoesNotContain("tajne-tema-konceptu", everything);
        Assert.False(Directory.Exists(Path.Combine(Site.Output, "zatec", "socialni-prevence-a-odborne-socialni-poradenstvi", "2021")));
        Assert.DoesNotContain(OpenDataIndex.Read(Site), e => e.Source.Contains("koncept", StringComparison.Ordinal));
        Assert.Equal(8, OpenDataIndex.Read(Site).Count);
    }

    [Fact]
    public void Aliases_redirect_to_the_document()
    {
        var rules = File.ReadAllLines(Path.Combine(Site.Output, "_redirects"));
        Assert.Contains($"/stare-zapisy/zatec-2020-09/ {HostileUrl} 301", rules);
        Assert.Contains($"/archiv/zapis-2020-09.html {HostileUrl} 301", rules);

        foreach (var alias in new[] { "/stare-zapisy/zatec-2020-09/", "/archiv/zapis-2020-09.html" })
        {
            var page = Site.Page(alias);
            var refresh = page.QuerySelector("meta[http-equiv=refresh]")!.GetAttribute("content");
            Assert.Equal($"0; url={HostileUrl}", refresh);
            Assert.Equal(HostileUrl, page.QuerySelector("a")!.GetAttribute("href"));
            Assert.True(Site.Exists(HostileUrl));
        }
    }

    [Fact]
    public void Values_from_front_matter_show_literally_and_inject_nothing()
    {
        var page = Site.Page(HostileUrl);
        var h1 = page.QuerySelector("h1")!;
        Assert.Equal("Zápis \"A & B\" <i>kurzíva</i> <img src=x onerror=alert(1)>", Typeset.Untied(h1.TextContent));
        Assert.Empty(h1.Children);
        Assert.Contains("Radnice <b>Žatec</b>", page.Body!.TextContent);
        // The only script is the page's JSON-LD data block, which holds the title as JSON text.
        var data = Assert.Single(page.QuerySelectorAll("script"));
        Assert.Equal("application/ld+json", data.GetAttribute("type"));
        Assert.Equal(Typeset.Untied(h1.TextContent), System.Text.Json.JsonDocument.Parse(data.TextContent).RootElement.GetProperty("name").GetString());
        Assert.Empty(page.QuerySelectorAll("main b, main i"));
        Assert.DoesNotContain("alert(", page.QuerySelector(".document-body")!.TextContent);
        Assert.Equal("Zápis \"A & B\" <i>kurzíva</i> <img src=x onerror=alert(1)> – Komunitní plánování sociálních služeb – zápisy a plány", page.Title);
    }

    [Fact]
    public void Script_in_a_document_body_is_removed_with_a_warning_at_its_line()
    {
        var warning = Assert.Single(Site.Result.Diagnostics, d => d.File.EndsWith("2020-09-15-hostile-title.md", StringComparison.Ordinal));

        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal((36, 8), (warning.Line, warning.Column));
        Assert.StartsWith("<script> was removed with its content", warning.Message.English);
        Assert.Contains("Text s  a odkazem", Typeset.Untied(Site.Page(HostileUrl).QuerySelector(".document-body")!.TextContent));
    }

    [Fact]
    public void Tasks_table_has_headers_caption_and_Czech_due_dates()
    {
        var table = Site.Page(HostileUrl).QuerySelector("table.tasks")!;
        Assert.NotNull(table.QuerySelector("caption"));
        Assert.Equal(["Úkol", "Odpovídá", "Termín"], table.QuerySelectorAll("thead th").Select(th => th.TextContent).ToArray());
        var rows = table.QuerySelectorAll("tbody tr").Select(r => r.QuerySelectorAll("td").Select(td => td.TextContent).ToArray()).ToList();
        Assert.Equal(["Připravit zprávu o plnění", "Jana Nováková", "31. října 2020"], rows[0]);
        Assert.Equal(["Svolat tematické setkání", "Koordinátorka KP", ""], rows[1]);
    }

    [Fact]
    public void Plan_page_lists_versions_and_the_meetings_that_discussed_it()
    {
        var page = Site.Page("/plany/spsz-zatec/");
        Assert.Equal("Strategický plán sociálního začleňování Žatec", page.QuerySelector("h1")!.TextContent);
        var versions = page.QuerySelectorAll("#plan-versions ~ .table-scroll tbody tr").ToList();
        Assert.Equal(2, versions.Count);
        Assert.Contains("23. ledna 2020", versions[0].TextContent);
        Assert.Contains("schválený", versions[0].TextContent);
        Assert.Contains("Zastupitelstvo města Žatec", versions[0].TextContent);
        Assert.Contains("návrh", versions[1].TextContent);
        Assert.Contains(HostileUrl, BuiltSite.LinkedPaths(page));
        Assert.Contains("/plany/spsz-zatec/", BuiltSite.LinkedPaths(Site.Page(HostileUrl)));
    }

    [Fact]
    public void Tags_differing_only_in_case_share_one_page()
    {
        var tags = Site.Page(HostileUrl).QuerySelectorAll(".facts a[href^='/stitky/']").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/stitky/bydleni/"], tags);
        Assert.Contains(HostileUrl, BuiltSite.LinkedPaths(Site.Page("/stitky/bydleni/")));
    }

    [Fact]
    public void Meetings_of_a_group_link_to_the_previous_and_next_meeting()
    {
        const string june = "/zatec/socialni-prevence-a-odborne-socialni-poradenstvi/2020/2020-06-10-zapis-z-jednani-pracovni-skupiny-socialni-prevence-a-odborne/";
        Assert.Equal(HostileUrl, Site.Page(june).QuerySelector(".meeting-nav a[rel=next]")!.GetAttribute("href"));
        Assert.Equal(june, Site.Page(HostileUrl).QuerySelector(".meeting-nav a[rel=prev]")!.GetAttribute("href"));
        Assert.Null(Site.Page(june).QuerySelector(".meeting-nav a[rel=prev]"));
    }

    [Fact]
    public void Next_meetings_are_announced_on_the_home_page()
    {
        var announcements = Announcements(Site);
        Assert.StartsWith("12. dubna 2018, 15:00", announcements[0]);
        Assert.Contains(announcements, a => a.StartsWith("6. dubna 2020, 14:00", StringComparison.Ordinal));
        Assert.StartsWith("10. listopadu 2020, 14:00", announcements[^1]);
    }

    [Fact]
    public void Meetings_before_the_build_day_are_no_longer_announced()
    {
        using var later = new BuiltSite(RepositoryPaths.Input, new DateOnly(2020, 4, 7), Path.Combine(RepositoryPaths.Fixtures, "additions"));

        var announcements = Announcements(later);

        Assert.Equal(["10. listopadu 2020, 14:00"], announcements.Select(a => a[..a.IndexOf(" –", StringComparison.Ordinal)]));
    }

    private static List<string> Announcements(BuiltSite site) =>
        site.Page("/").QuerySelectorAll(".announcements li").Select(li => li.TextContent).ToList();
}
