using Publisher.Core.Build;
using Publisher.Core.Diagnostics;
using Publisher.Core.Model;
using Publisher.Core.Pages;
using Publisher.Core.Render.Templates;
using Publisher.Tests.Support;
using Scriban.Runtime;
using Content = Publisher.Tests.Support.TestContent;
using Publisher.Core.Theming;
using Publisher.Core.Extensions;
using Publisher.Core.Extensions.Plans;

namespace Publisher.Tests.Theming;

/// <summary>What the theme is checked for when it loads: the layouts the pages need, partials called by name, and the UI texts.</summary>
public sealed class ThemeCheckTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private string CopyOfTheme() => _temp.CopyOfTheme();

    private static (Theme? Theme, IReadOnlyList<string> Diagnostics) Load(string directory, ThemeNeeds? needs = null)
    {
        var diagnostics = new DiagnosticBag();
        var theme = Theme.Load(directory, "theme", needs ?? RenderTestSite.SiteThemeNeeds, diagnostics);
        return (theme, diagnostics.Sorted().Select(d => d.ToString()).ToList());
    }

    private static void Replace(string path, string text, string replacement)
    {
        var content = File.ReadAllText(path);
        Assert.Contains(text, content);
        File.WriteAllText(path, content.Replace(text, replacement));
    }

    /// <summary>A site with every kind of page: groups, documents without a group, plans, aliases, a statement.</summary>
    private static SiteModel SiteWithEveryPageKind() => RenderTestSite.Model(
        WithAliasAndTag(Content.Doc("Zápis", "2020-06-10")),
        Content.Doc("Aktualita", "2019-03-01", DocumentType.News, groupId: null),
        Content.AsPlanVersion(Content.Doc("Komunitní plán", "2021-02-01", DocumentType.Plan, groupId: null), new PlanInfo("kp", "2021–2023", "in-force", "Rada")),
        // A second version, so that the two are compared on a page of their own.
        Content.AsPlanVersion(Content.Doc("Komunitní plán – návrh", "2020-11-01", DocumentType.Plan, groupId: null), new PlanInfo("kp", "2021–2023", "draft", null)));

    private static Document WithAliasAndTag(Document document) =>
        Content.WithAliases(document, "/stare/zapis/") with { Tags = [new Tag("Bydlení", "bydleni", UrlScheme.Tag("bydleni"))] };

    private static IReadOnlyList<Page> EveryPage(SiteModel site, Core.Theming.UiTexts texts) =>
        new SitePages(site, texts).All()
            .Concat(StandardExtensions.Create().SelectMany(e => e.Pages(site, texts)))
            .ToList();

    [Fact]
    public void A_layout_that_pages_need_is_reported_at_its_file_naming_the_pages()
    {
        var theme = CopyOfTheme();
        File.Delete(Path.Combine(theme, "layouts", "plan.html"));
        File.Delete(Path.Combine(theme, "layouts", "listing.html"));

        var (loaded, diagnostics) = Load(theme);

        Assert.Equal(
        [
            "theme/layouts/listing.html:1:1: error: the layout for the lists of documents by year, topic and type is missing; create this file",
            "theme/layouts/plan.html:1:1: error: the layout for plan pages is missing; create this file",
        ], diagnostics);
        Assert.NotNull(loaded);
    }

    [Fact]
    public void Every_page_the_build_lists_uses_a_layout_it_declared()
    {
        var declared = RenderTestSite.SiteThemeNeeds.Layouts.Select(l => l.Name).ToHashSet();

        var used = EveryPage(SiteWithEveryPageKind(), RenderTestSite.Texts).Select(p => p.Layout).ToHashSet();

        Assert.Subset(declared, used);
        Assert.Equal(declared.Order(StringComparer.Ordinal), used.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_text_the_build_reads_is_declared()
    {
        // Texts holding only the declared keys: reading any other key throws.
        var texts = new ScriptObject();
        var real = RenderTestSite.Texts;
        foreach (var key in RenderTestSite.SiteThemeNeeds.TextKeys)
        {
            var parts = key.Split('.');
            var group = texts;
            foreach (var part in parts[..^1])
            {
                if (group.TryGetValue(part, out var existing) && existing is ScriptObject found)
                {
                    group = found;
                    continue;
                }
                var created = new ScriptObject();
                group[part] = created;
                group = created;
            }
            group[parts[^1]] = real.Get(key);
        }

        var pages = EveryPage(SiteWithEveryPageKind(), new Core.Theming.UiTexts(texts));

        Assert.Contains(pages, p => p.Layout == "listing" && p.Title == "Rok 2020");
    }

    [Fact]
    public void A_missing_partial_called_by_name_is_reported_at_the_call()
    {
        var theme = CopyOfTheme();
        Replace(Path.Combine(theme, "layouts", "home.html"), "{{ partial \"document-list\" data.latest }}", "{{ partial \"document-lis\" data.latest }}");
        File.AppendAllText(Path.Combine(theme, "partials", "site-footer.html"), "{{ partial(\"neni\") }}\n");
        var footerLines = File.ReadAllLines(Path.Combine(theme, "partials", "site-footer.html")).Length;

        var (_, diagnostics) = Load(theme);

        Assert.Equal(
        [
            "theme/layouts/home.html:19:4: error: the theme has no partial 'document-lis' (looked for theme/partials/document-lis.html); add the file or correct the name",
            $"theme/partials/site-footer.html:{footerLines}:4: error: the theme has no partial 'neni' (looked for theme/partials/neni.html); add the file or correct the name",
        ], diagnostics);
    }

    [Fact]
    public void A_missing_partial_called_by_name_for_caching_is_reported_at_the_call()
    {
        var theme = CopyOfTheme();
        Replace(Path.Combine(theme, "partials", "document-list.html"), "partial_cached \"document-teaser\"", "partial_cached \"document-teasr\"");

        var (_, diagnostics) = Load(theme);

        Assert.Equal(
        [
            "theme/partials/document-list.html:6:25: error: the theme has no partial 'document-teasr' (looked for theme/partials/document-teasr.html); add the file or correct the name",
        ], diagnostics);
    }

    // It is rendered once for all pages: reading a page there would show the first page's values on every other.
    [Fact]
    public void A_cached_partial_that_reads_the_page_is_reported_where_it_reads_it_and_so_is_a_partial_it_includes()
    {
        var theme = CopyOfTheme();
        Replace(Path.Combine(theme, "partials", "document-teaser.html"), "<li class=\"teaser\">", "<li class=\"teaser\" data-page=\"{{ page.url }}\">{{ partial \"teaser-extra\" d }}");
        File.WriteAllText(Path.Combine(theme, "partials", "teaser-extra.html"),
            "{{ # Names that are only members or set here are not the page's. }}{{ x = model.page }}{{ for content in [1] }}{{ content }}{{ end }}\n<span>{{ data.total }}</span>{{ page.title }}\n");

        var (loaded, diagnostics) = Load(theme);

        Assert.Equal(
        [
            "theme/partials/document-teaser.html:2:34: error: the partial 'document-teaser' is included with partial_cached, which renders it once for all pages alike, so it cannot read 'page'; give it what it needs as its value, or include it with partial",
            "theme/partials/teaser-extra.html:2:10: error: the partial 'teaser-extra' is included with partial_cached, which renders it once for all pages alike, so it cannot read 'data'; give it what it needs as its value, or include it with partial",
            "theme/partials/teaser-extra.html:2:33: error: the partial 'teaser-extra' is included with partial_cached, which renders it once for all pages alike, so it cannot read 'page'; give it what it needs as its value, or include it with partial",
        ], diagnostics);
        Assert.NotNull(loaded);
    }

    [Fact]
    public void Texts_the_templates_read_are_checked_at_their_line_and_column()
    {
        var theme = CopyOfTheme();
        File.AppendAllText(Path.Combine(theme, "texts.yml"), "seznam: [jedna, dvě]\n");
        File.WriteAllText(Path.Combine(theme, "layouts", "extra.html"), """
            <p>{{ t.home.latest_x }}</p>
            <p>{{ t.nav }}</p>
            <p>{{ t.types[d.type_key].labelx }}</p>
            <p>{{ t.nav.home[0] }}</p>
            {{ for x in t.nav.home }}{{ x }}{{ end }}
            <p>{{ t.seznam }}</p>
            {{ for t in data.items }}{{ end }}
            {{ for x in t.nav }}{{ x }}{{ end }}{{ for s in t.seznam }}{{ s }}{{ end }}
            <p>{{ t.home["latest"] }} {{ t.types[d.type_key].label }} {{ t.plan_status[d.status] }} {{ x.t }}</p>

            """);

        var (_, diagnostics) = Load(theme);

        Assert.Equal(
        [
            "theme/layouts/extra.html:1:7: error: texts.yml has no text 'home.latest_x'; add it to theme/texts.yml or correct the key",
            "theme/layouts/extra.html:2:7: error: 'nav' in texts.yml is a group of texts, not a text; read one of its keys, such as 'nav.label'",
            "theme/layouts/extra.html:3:7: error: texts.yml has no text 'types.minutes.labelx'; add it to theme/texts.yml or correct the key",
            "theme/layouts/extra.html:4:7: error: 'nav.home' in texts.yml is a text, not a group of texts or a list; read it as 't.nav.home'",
            "theme/layouts/extra.html:5:13: error: 'nav.home' in texts.yml is a text, not a group of texts or a list; read it as 't.nav.home'",
            "theme/layouts/extra.html:6:7: error: 'seznam' in texts.yml is a list, not a text; read one of its items, or make it one text",
            "theme/layouts/extra.html:7:8: error: 't' holds the texts of theme/texts.yml, so it cannot be set here; give this variable another name",
        ], diagnostics);
    }

    [Fact]
    public void Texts_the_build_itself_reads_are_checked_in_texts_yml()
    {
        var theme = CopyOfTheme();
        var texts = Path.Combine(theme, "texts.yml");
        // Removing the line of nav.home moves 'pages:' from line 15 to 14.
        Replace(texts, "  home: Úvod\n", "");
        Replace(texts, "  paged: \"{title} – strana {number}\"\n", "");
        Replace(texts, "  year:\n    title: Rok {year}\n", "  year:\n    title:\n      cs: Rok {year}\n");

        var (loaded, diagnostics) = Load(theme);

        Assert.Equal(
        [
            "theme/texts.yml:3:1: error: texts.yml has no text 'nav.home', which the build uses in page titles and breadcrumbs; add it",
            "theme/texts.yml:14:1: error: texts.yml has no text 'pages.paged', which the build uses in page titles and breadcrumbs; add it",
            "theme/texts.yml:25:5: error: 'pages.year.title' in texts.yml is a group of texts, but the build uses it as a text in page titles and breadcrumbs; make it one text",
        ], diagnostics);
        Assert.NotNull(loaded);
    }

    [Fact]
    public void A_key_that_is_not_a_name_leaves_no_theme()
    {
        var theme = CopyOfTheme();
        var texts = Path.Combine(theme, "texts.yml");
        var lines = File.ReadAllLines(texts).Length;
        File.AppendAllText(texts, "? [a, b]\n: c\n");

        var (loaded, diagnostics) = Load(theme);

        Assert.Null(loaded);
        Assert.Equal([$"theme/texts.yml:{lines + 1}:3: error: a key in texts.yml must be a name, not a list or a group; write it as 'name: text'"], diagnostics);
    }

    [Fact]
    public void Element_ids_are_those_the_templates_write_literally()
    {
        var theme = _temp.Combine("minimal");
        Directory.CreateDirectory(Path.Combine(theme, "layouts"));
        Directory.CreateDirectory(Path.Combine(theme, "partials"));
        File.WriteAllText(Path.Combine(theme, "texts.yml"), "nadpis: Nadpis\n");
        File.WriteAllText(Path.Combine(theme, "layouts", "base.html"),
            "<main id=\"main-content\">{{ content }}</main>\n<p>Text, ve kterém stojí id=\"v-textu\".</p>\n");
        File.WriteAllText(Path.Combine(theme, "layouts", "x.html"), """
            <h2 id="rok-{{ year }}">{{ t.nadpis }}</h2>
            <a href="{{ url }}" id="za-kodem">odkaz</a>
            <div ID='obsah' data-id="data">
            <span class="x" id=kratky>{{ y }}</span><span id={{ z }}></span>
            """);
        File.WriteAllText(Path.Combine(theme, "partials", "p.html"), "<section\n  id=\"v-partialu\">{{ t.nadpis }}</section>\n");

        var (loaded, diagnostics) = Load(theme, ThemeNeeds.None);

        Assert.Empty(diagnostics);
        Assert.Equal(["kratky", "main-content", "obsah", "v-partialu", "za-kodem"], loaded!.ElementIds.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_real_themes_element_ids_include_its_landmarks_but_not_ids_built_from_values()
    {
        var ids = RenderTestSite.Theme.ElementIds;

        Assert.Contains("main-content", ids);
        Assert.Contains("home-latest", ids);
        Assert.Contains("meta-text", ids);
        Assert.DoesNotContain(ids, id => id.StartsWith("rok-", StringComparison.Ordinal));
    }
}
