using AngleSharp.Dom;
using Document = Publisher.Core.Model.Document;
using Publisher.Core.Diagnostics;
using Publisher.Core.Model;
using Publisher.Core.Render;
using Publisher.Core.Render.Templates;
using Publisher.Core.Pages;
using Publisher.Tests.Support;
using Scriban.Syntax;
using static Publisher.Tests.Support.TestContent;

namespace Publisher.Tests.Render;

public sealed class PageRendererTests : IDisposable
{
    private const string HostileTitle = "Plán <i>A</i> & B";
    private const string HostilePlace = "<script>alert(1)</script> & \"sál\"";

    private readonly TempDirectory _temp = new();

    private static readonly Document Hostile = WithBody(Doc(HostileTitle, "2020-06-10", time: "09:30"),
        "## Účastníci jednání\n\nText **tučně** a \"v uvozovkách\".\n\n<script>alert(2)</script>\n") with
    {
        Place = HostilePlace,
        Summary = "Shrnutí <b>s</b> & spol.",
        NextMeeting = new MeetingTime(new DateOnly(2020, 7, 1), new TimeOnly(14, 0)),
        Tags = [new Tag("Bydlení", "bydleni", UrlScheme.Tag("bydleni"))],
        Attendees = new Attendees(["Jana <Nová>"], [], [], []),
    };

    private static readonly Document Earlier = WithBody(Doc("Druhý zápis", "2020-05-01"), "Krátký text.\n");
    private static readonly Document News = WithBody(Doc("Aktualita bez skupiny", "2019-03-01", DocumentType.News, groupId: null), "Novinka.\n");

    private static readonly SiteModel Site = RenderTestSite.Model(Hostile, Earlier, News);
    private static readonly IReadOnlyList<Page> Pages = RenderTestSite.CorePages(Site);
    private static readonly Lazy<IReadOnlyDictionary<string, string>> Rendered = new(() =>
    {
        var renderer = RenderTestSite.Renderer(Site);
        return Pages.ToDictionary(p => p.Url, p => renderer.Render(p).Html, StringComparer.Ordinal);
    });

    public void Dispose() => _temp.Dispose();

    private static IDocument Parsed(string url) => RenderTestSite.Parse(Rendered.Value[url]);

    private static Page PageAt(string url) => Pages.Single(p => p.Url == url);

    [Fact]
    public void The_document_heading_is_the_title_even_with_markup_characters()
    {
        var page = Parsed(Hostile.Url);

        var h1 = Assert.Single(page.QuerySelectorAll("h1"));
        Assert.Equal(HostileTitle, h1.TextContent);
        Assert.Empty(h1.Children);
        Assert.Equal(HostileTitle + " – Zápisy KPSS", page.Title);
        Assert.Contains("<h1>Plán &lt;i&gt;A&lt;/i&gt; &amp; B</h1>", Rendered.Value[Hostile.Url]);
    }

    [Fact]
    public void Document_values_are_encoded_once()
    {
        var html = Rendered.Value[Hostile.Url];
        var page = Parsed(Hostile.Url);

        // The one script is the page's JSON-LD data block, whose values are JSON text.
        var data = Assert.Single(page.QuerySelectorAll("script"));
        Assert.Equal("application/ld+json", data.GetAttribute("type"));
        Assert.Equal(HostileTitle, System.Text.Json.JsonDocument.Parse(data.TextContent).RootElement.GetProperty("name").GetString());
        Assert.Empty(page.QuerySelectorAll("main i, main b"));
        Assert.DoesNotContain("&amp;amp;", html);
        Assert.DoesNotContain("&amp;lt;", html);
        Assert.Contains(page.QuerySelectorAll("dd"), dd => dd.TextContent == HostilePlace);
        Assert.Equal("Shrnutí <b>s</b> & spol.", page.QuerySelector("p.lead")!.TextContent);
        Assert.Equal("Shrnutí <b>s</b> & spol.", page.QuerySelector("meta[name=description]")!.GetAttribute("content"));
        Assert.Equal("Jana <Nová>", page.QuerySelector("ul.people li")!.TextContent);
    }

    [Fact]
    public void The_page_contains_the_rendered_markdown_body()
    {
        var body = Parsed(Hostile.Url).QuerySelector("section.document-body")!;

        Assert.Equal("Účastníci jednání", body.QuerySelector("h2#ucastnici-jednani")!.TextContent);
        Assert.Equal("tučně", body.QuerySelector("p strong")!.TextContent);
        Assert.Contains("„v uvozovkách“", Typeset.Untied(body.TextContent));
        Assert.DoesNotContain("alert(2)", body.TextContent);
        Assert.Empty(body.QuerySelectorAll("script"));
    }

    [Fact]
    public void Document_facts_are_formatted_in_czech()
    {
        var page = Parsed(Hostile.Url);

        var date = page.QuerySelector("dl.facts time")!;
        Assert.Equal("2020-06-10", date.GetAttribute("datetime"));
        Assert.Equal("10. června 2020", date.TextContent);
        Assert.Contains(page.QuerySelectorAll("dl.facts dd"), dd => dd.TextContent == "9:30");
        var next = page.QuerySelector("p.next-meeting time")!;
        Assert.Equal("2020-07-01T14:00", next.GetAttribute("datetime"));
        Assert.Equal("1. července 2020, 14:00", next.TextContent);
        Assert.Equal("Zápis z jednání", page.QuerySelector("span.badge-minutes")!.TextContent);
    }

    [Fact]
    public void Partials_are_inserted_as_markup_not_as_encoded_text()
    {
        var html = Rendered.Value[Hostile.Url];
        var page = Parsed(Hostile.Url);

        var nav = Assert.Single(page.QuerySelectorAll("header.site-header nav.site-nav"));
        Assert.Equal(["/regiony/", "/rok/", "/zapisy/", "/plany/", "/aktuality/", "/stitky/"], nav.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Equal("Regiony", nav.QuerySelector("a")!.TextContent);
        Assert.Single(page.QuerySelectorAll("footer.site-footer"));
        Assert.DoesNotContain("&lt;nav", html);
        Assert.DoesNotContain("&lt;a ", html);
        Assert.DoesNotContain("&lt;li", html);
    }

    [Fact]
    public void Breadcrumbs_show_the_page_trail_with_the_current_page_last()
    {
        var crumbs = Parsed(Hostile.Url).QuerySelectorAll("nav.breadcrumbs li a");

        Assert.Equal(["Úvod", "Regiony", "Žatec", "Senioři", "2020", HostileTitle], crumbs.Select(a => a.TextContent));
        Assert.Equal(["/", "/regiony/", "/zatec/", "/zatec/seniori/", "/zatec/seniori/2020/", Hostile.Url], crumbs.Select(a => a.GetAttribute("href")));
        Assert.Equal("page", crumbs[^1].GetAttribute("aria-current"));
        Assert.All(crumbs.Take(5), a => Assert.False(a.HasAttribute("aria-current")));
    }

    [Fact]
    public void The_layout_is_wrapped_in_the_base_layout_once()
    {
        var html = Rendered.Value[Hostile.Url];
        var page = Parsed(Hostile.Url);

        Assert.StartsWith("<!DOCTYPE html>", html);
        Assert.Single(page.QuerySelectorAll("main#main-content"));
        Assert.Single(page.QuerySelectorAll("main article.document"));
        Assert.Single(page.QuerySelectorAll("h1"));
        Assert.Equal(1, html.Split("<html").Length - 1);
        Assert.Equal("https://zapisy.example.cz" + Hostile.Url, page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Matches("^/assets/site\\.[0-9a-f]{10}\\.css$", page.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href"));
    }

    [Fact]
    public void Home_page_title_is_the_site_title_and_lists_the_latest_documents()
    {
        var page = Parsed("/");

        Assert.Equal("Zápisy KPSS", page.Title);
        Assert.Equal("Zápisy KPSS", page.QuerySelector("h1")!.TextContent);
        Assert.Equal([HostileTitle, "Druhý zápis", "Aktualita bez skupiny"],
            page.QuerySelectorAll("#home-latest ~ ul.document-list a.teaser-title").Select(a => a.TextContent));
        Assert.Equal(["Chomutov", "ORP Jindřichův Hradec", "Žatec"], page.QuerySelectorAll("ul.card-list li.card > a").Select(a => a.TextContent));
    }

    [Fact]
    public void The_404_page_has_no_canonical_link()
    {
        var page = Parsed("/404.html");

        Assert.Null(page.QuerySelector("link[rel=canonical]"));
        Assert.Equal("Stránka nenalezena", page.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public void Every_internal_link_of_every_page_points_at_a_rendered_page_or_asset()
    {
        // Every page links to some of the features' pages (the open data page in the footer).
        var files = Pages.Select(p => p.OutputPath)
            .Concat(RenderTestSite.Features.SelectMany(f => f.Pages(Site, RenderTestSite.Texts)).Select(p => p.OutputPath))
            .Concat(RenderTestSite.Assets(RenderTestSite.Theme).Files.Select(f => f.OutputPath))
            .Concat(RenderTestSite.Features.SelectMany(f => f.Files(RenderTestSite.Planned(Site))).Select(f => f.Path))
            .ToHashSet(StringComparer.Ordinal);
        var checker = new LinkChecker(new HashSet<string>());
        foreach (var (url, html) in Rendered.Value) PageScanner.Scan(url, url, html).Links.AddTo(checker);
        var diagnostics = new DiagnosticBag();

        checker.Check(files.Contains, _ => null, diagnostics);

        Assert.Empty(diagnostics.Sorted());
    }

    [Fact]
    public void Every_core_page_renders_to_well_formed_html()
    {
        foreach (var page in Pages)
        {
            Assert.Empty(PageScanner.Scan(page.Url, page.Url, Rendered.Value[page.Url]).Problems);
            var document = Parsed(page.Url);
            Assert.Single(document.QuerySelectorAll("h1"));
            Assert.Single(document.QuerySelectorAll("main"));
            Assert.Equal(page.Title == Site.Settings.Title ? page.Title : page.Title + " – Zápisy KPSS", document.Title);
        }
    }

    [Fact]
    public void A_page_outside_the_base_layout_is_rendered_alone()
    {
        var page = new Page("/stary-zapis/", "redirect", "Starý", [], new Publisher.Core.Extensions.Redirects.RedirectView(Earlier.Url, "Druhý <zápis>"), InBaseLayout: false);

        var html = RenderTestSite.Renderer(Site).Render(page).Html;
        var document = RenderTestSite.Parse(html);

        Assert.Equal(1, html.Split("<html").Length - 1);
        Assert.Null(document.QuerySelector("header.site-header"));
        Assert.Equal("Druhý <zápis>", document.Title);
        Assert.Equal("0; url=" + Earlier.Url, document.QuerySelector("meta[http-equiv=refresh]")!.GetAttribute("content"));
        Assert.Equal(Earlier.Url, document.QuerySelector("main a")!.GetAttribute("href"));
    }

    [Fact]
    public void Rendering_the_same_page_twice_gives_the_same_html()
    {
        var renderer = RenderTestSite.Renderer(Site);
        var page = PageAt(Hostile.Url);

        Assert.Equal(renderer.Render(page).Html, renderer.Render(page).Html);
        Assert.Equal(Rendered.Value[Hostile.Url], renderer.Render(page).Html);
    }

    [Fact]
    public void Partials_called_inside_a_loop_render_for_every_iteration()
    {
        var older = WithBody(Doc("Zápis z podzimu", "2019-11-05"), "Text.\n");
        var oldest = WithBody(Doc("Zápis z jara", "2018-04-02"), "Text.\n");
        var site = RenderTestSite.Model(Hostile, Earlier, older, oldest);
        var page = RenderTestSite.CorePages(site).Single(p => p.Url == "/zatec/seniori/");

        var document = RenderTestSite.Parse(RenderTestSite.Renderer(site).Render(page).Html);

        var sections = document.QuerySelectorAll("main section");
        Assert.Equal(["rok-2020", "rok-2019", "rok-2018"], sections.Select(s => s.GetAttribute("aria-labelledby")));
        Assert.Equal([[HostileTitle, "Druhý zápis"], ["Zápis z podzimu"], ["Zápis z jara"]],
            sections.Select(s => s.QuerySelectorAll("a.teaser-title").Select(a => Typeset.Untied(a.TextContent)).ToArray()));
        Assert.Equal("4 dokumenty", document.QuerySelector("main p.muted")!.TextContent.Split(" · ")[^1]);
    }

    [Fact]
    public void A_paginated_listing_renders_its_page_links()
    {
        var documents = Enumerable.Range(0, 120)
            .Select(i => Doc($"Zápis {i:000}", new DateOnly(2020, 1, 1).AddDays(i).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)))
            .ToArray();
        var site = RenderTestSite.Model(documents);
        var page = RenderTestSite.CorePages(site).Single(p => p.Url == "/rok/2020/strana/2/");

        var document = RenderTestSite.Parse(RenderTestSite.Renderer(site).Render(page).Html);

        Assert.Equal("Rok 2020 – strana 2", document.QuerySelector("h1")!.TextContent);
        Assert.Equal("120 dokumentů", document.QuerySelector("main p.muted")!.TextContent);
        Assert.Equal(50, document.QuerySelectorAll("ul.document-list li.teaser").Length);
        var nav = document.QuerySelector("nav.pagination")!;
        Assert.Equal("/rok/2020/", nav.QuerySelector("a[rel=prev]")!.GetAttribute("href"));
        Assert.Equal("/rok/2020/strana/3/", nav.QuerySelector("a[rel=next]")!.GetAttribute("href"));
        var numbers = nav.QuerySelectorAll("a:not([rel])");
        Assert.Equal(["1", "2", "3"], numbers.Select(a => a.TextContent));
        Assert.Equal(["Strana 1", "Strana 2", "Strana 3"], numbers.Select(a => a.GetAttribute("aria-label")));
        Assert.Equal(["/rok/2020/strana/2/"], numbers.Where(a => a.GetAttribute("aria-current") == "page").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void A_group_year_with_two_thousand_meetings_lists_every_one_intact()
    {
        // Over a megabyte of list markup from one partial: Scriban would cut such a string short by default.
        var documents = Enumerable.Range(0, 2000)
            .Select(i => Doc($"Zápis {i:0000} s dlouhým názvem pracovní skupiny pro sociální prevenci", "2020-03-04"))
            .ToArray();
        var site = RenderTestSite.Model(documents);
        var page = RenderTestSite.CorePages(site).Single(p => p.Url == documents[0].Group!.Url + "2020/");

        var html = RenderTestSite.Renderer(site).Render(page).Html;

        Assert.Empty(PageScanner.Scan(page.Url, page.Url, html).Problems);
        Assert.Equal(2000, RenderTestSite.Parse(html).QuerySelectorAll("ul.document-list li.teaser").Length);
    }

    [Fact]
    public void A_listing_that_fits_one_page_has_no_pagination()
    {
        var document = Parsed("/rok/2020/");

        Assert.Null(document.QuerySelector("nav.pagination"));
        Assert.Equal("2 dokumenty", document.QuerySelector("main p.muted")!.TextContent);
    }

    [Fact]
    public void An_empty_listing_says_so()
    {
        var document = Parsed("/plany/");

        Assert.Equal("Zatím zde nejsou žádné dokumenty.", document.QuerySelector("main p.empty")!.TextContent);
        Assert.Equal("0 dokumentů", document.QuerySelector("main p.muted")!.TextContent);
    }

    [Fact]
    public void Rendering_in_parallel_gives_the_same_html_as_one_at_a_time()
    {
        var renderer = RenderTestSite.Renderer(Site);
        var parallel = new System.Collections.Concurrent.ConcurrentDictionary<string, string>();

        Parallel.ForEach(Enumerable.Range(0, 4).SelectMany(_ => Pages), page => parallel[page.Url] = renderer.Render(page).Html);

        Assert.Equal(Rendered.Value.Count, parallel.Count);
        Assert.All(Rendered.Value, pair => Assert.Equal(pair.Value, parallel[pair.Key]));
    }

    private RenderTestSite.BodiesFromTestContent RendererWithLayout(string layout, string content, params (string Name, string Content)[] partials)
    {
        var theme = _temp.Combine("theme");
        TempDirectory.CopyTree(RepositoryPaths.Theme, theme);
        System.IO.File.WriteAllText(Path.Combine(theme, "layouts", layout + ".html"), content);
        foreach (var (name, text) in partials)
            System.IO.File.WriteAllText(Path.Combine(theme, "partials", name + ".html"), text);
        return RenderTestSite.Renderer(Site, RenderTestSite.LoadTheme(theme));
    }

    [Fact]
    public void A_cached_partial_gives_the_markup_the_partial_gives()
    {
        var renderer = RendererWithLayout("404", "<h1>{{ page.title }}</h1>\n<ul id=\"plain\">{{ for d in data.regions }}{{ partial \"region-item\" d.region }}{{ end }}</ul>"
            + "<ul id=\"cached\">{{ for d in data.regions }}{{ partial_cached \"region-item\" d.region }}{{ end }}</ul>\n",
            ("region-item", "<li><a href=\"{{ model.url }}\">{{ model.name }}</a></li>"));

        var page = RenderTestSite.Parse(renderer.Render(PageAt("/404.html")).Html);

        var plain = page.QuerySelector("#plain")!.InnerHtml;
        Assert.NotEmpty(page.QuerySelectorAll("#plain li"));
        Assert.Equal(plain, page.QuerySelector("#cached")!.InnerHtml);
    }

    // The value is the same object both times, changed in between: the partial shows it as it was the first time.
    [Fact]
    public void A_cached_partial_is_rendered_once_for_a_value_and_once_for_each_other_value()
    {
        var renderer = RendererWithLayout("404", "<h1>{{ page.title }}</h1>\n{{ a = [\"první\"] }}{{ b = [\"jiná\"] }}"
            + "<p>{{ partial_cached \"first-item\" a }}|{{ a[0] = \"změněná\" }}{{ partial_cached \"first-item\" a }}|{{ partial_cached \"first-item\" b }}|{{ partial \"first-item\" a }}</p>\n",
            ("first-item", "{{ model[0] }}"));

        var first = renderer.Render(PageAt("/404.html")).Html;
        var again = renderer.Render(PageAt("/404.html")).Html;

        Assert.Contains("<p>první|první|jiná|změněná</p>", first);
        Assert.Contains("<p>první|první|jiná|změněná</p>", again);
    }

    [Fact]
    public void Texts_given_to_a_cached_partial_are_told_apart_by_their_letters()
    {
        var renderer = RendererWithLayout("404", "<h1>{{ page.title }}</h1>\n<p>{{ for w in [\"a\", \"b\", \"a\"] }}{{ partial_cached \"word\" (w + \"!\") }}{{ end }}{{ partial_cached \"word\" 1 }}{{ partial_cached \"word\" 2 }}</p>\n",
            ("word", "[{{ model }}]"));

        Assert.Contains("<p>[a!][b!][a!][1][2]</p>", renderer.Render(PageAt("/404.html")).Html);
    }

    // A literal name is checked when the theme loads (ThemeCheckTests); a computed one when the partial runs, without the page.
    [Fact]
    public void A_cached_partial_named_by_a_value_cannot_read_the_page()
    {
        var renderer = RendererWithLayout("404", "<h1>{{ page.title }}</h1>\n{{ name = \"page\" + \"-title\" }}{{ partial_cached name }}\n",
            ("page-title", "<p>{{ page.title }}</p>"));

        var error = Assert.Throws<ScriptRuntimeException>(() => renderer.Render(PageAt("/404.html")));

        Assert.Contains("`page`", error.Message);
        Assert.Equal("theme/partials/page-title.html", error.Span.FileName);
    }

    [Fact]
    public void Templates_ask_for_addresses_by_name_the_core_and_the_features_alike()
    {
        var renderer = RendererWithLayout("404",
            "<h1>{{ page.title }}</h1>\n<p>{{ url.home }}|{{ url.years }}|{{ url.type \"minutes\" }}|{{ url.type \"plan\" }}|{{ url.region \"zatec\" }}|{{ url.year 2020 }}|{{ url.tag \"bydleni\" }}|{{ url.plan \"kp-zatec\" }}</p>\n");

        var html = renderer.Render(PageAt("/404.html")).Html;

        Assert.Contains("<p>/|/rok/|/zapisy/|/plany/|/zatec/|/rok/2020/|/stitky/bydleni/|/plany/kp-zatec/</p>", html);
    }

    [Fact]
    public void An_unknown_document_type_asked_of_url_is_a_template_error_at_its_line()
    {
        var renderer = RendererWithLayout("404", "<h1>{{ page.title }}</h1>\n<p>{{ url.type \"zapis\" }}</p>\n");

        var error = Assert.Throws<TemplateRuntimeException>(() => renderer.Render(PageAt("/404.html")));

        Assert.Equal("'url.type' takes a document type: minutes, plan, news", error.OriginalMessage);
        Assert.Equal(1, error.Span.Start.Line);
    }

    [Fact]
    public void Texts_are_filled_the_way_the_build_fills_them()
    {
        var renderer = RendererWithLayout("404", "<h1>{{ page.title }}</h1>\n<p>{{ \"Strana {number} z {count} ({number})\" | fill \"number\" 2 }}</p>\n");

        Assert.Contains("<p>Strana 2 z {count} (2)</p>", renderer.Render(PageAt("/404.html")).Html);
    }

    [Fact]
    public void A_partial_reads_what_it_is_given_as_model()
    {
        var renderer = RendererWithLayout("404",
            "<h1>{{ page.title }}</h1>\n{{ partial \"breadcrumbs\" page.breadcrumbs }}{{ partial \"document-list\" [] }}\n");

        var html = renderer.Render(PageAt("/404.html")).Html;

        Assert.Contains("<p class=\"empty\">", html);
        Assert.Contains("aria-current=\"page\">Stránka nenalezena</a>", html);
    }

    // A partial's markup stays in a buffer until the page ends, so markup kept in variables is written as it was made.
    [Fact]
    public void Partial_markup_kept_in_variables_is_written_later_unchanged_however_many_partials_ran_since()
    {
        var renderer = RendererWithLayout("404",
            "<h1>{{ page.title }}</h1>\n{{ list = partial \"document-list\" [] }}{{ kept = [] }}"
            + "{{ for i in 1..100 }}{{ kept = kept | array.add (partial \"breadcrumbs\" page.breadcrumbs) }}{{ end }}"
            + "<div id=\"kept\">{{ for k in kept }}{{ k }}{{ end }}</div><div id=\"list\">{{ list }}</div>\n");

        var html = renderer.Render(PageAt("/404.html")).Html;
        var again = renderer.Render(PageAt("/404.html")).Html;

        var document = RenderTestSite.Parse(html);
        Assert.Equal(100, document.QuerySelectorAll("#kept nav").Length);
        Assert.NotNull(document.QuerySelector("#list p.empty"));
        Assert.Null(document.QuerySelector("#list nav"));
        Assert.Equal(html, again);
    }

    [Fact]
    public void An_undefined_variable_in_a_layout_throws()
    {
        var renderer = RendererWithLayout("404", "<h1>{{ page.title }}</h1>\n<p>{{ nedefinovana_promenna }}</p>\n");

        var error = Assert.Throws<ScriptRuntimeException>(() => renderer.Render(PageAt("/404.html")));
        Assert.Contains("nedefinovana_promenna", error.Message);
        Assert.Equal(1, error.Span.Start.Line);
    }

    [Fact]
    public void A_misspelt_member_in_a_layout_throws()
    {
        var renderer = RendererWithLayout("404", "<h1>{{ page.titel }}</h1>\n");

        var error = Assert.Throws<ScriptRuntimeException>(() => renderer.Render(PageAt("/404.html")));
        Assert.Contains("titel", error.Message);
    }

    // A literal name is checked when the theme loads (ThemeCheckTests); a name computed by the template only here.
    [Fact]
    public void A_partial_named_by_a_value_that_does_not_exist_throws_at_the_call()
    {
        var renderer = RendererWithLayout("404", "<h1>{{ page.title }}</h1>\n{{ name = \"ne\" + \"ni\" }}{{ partial name }}\n");

        var error = Assert.Throws<TemplateRuntimeException>(() => renderer.Render(PageAt("/404.html")));
        Assert.Equal("the theme has no partial 'neni' (looked for partials/neni.html)", error.OriginalMessage);
        Assert.Equal("theme/layouts/404.html", error.Span.FileName);
        Assert.Equal((1, 27), (error.Span.Start.Line, error.Span.Start.Column));
    }

    [Fact]
    public void Raw_is_the_explicit_way_to_output_markup()
    {
        var renderer = RendererWithLayout("404", "<h1>{{ page.title }}</h1>{{ raw \"<em>ok</em>\" }}{{ \"<em>ne</em>\" }}");

        var html = renderer.Render(PageAt("/404.html")).Html;

        Assert.Contains("<em>ok</em>&lt;em&gt;ne&lt;/em&gt;", html);
    }
}
