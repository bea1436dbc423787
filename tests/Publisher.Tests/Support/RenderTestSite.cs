using AngleSharp.Dom;
using Document = Publisher.Core.Model.Document;
using AngleSharp.Html.Parser;
using Publisher.Core.Diagnostics;
using Publisher.Core.Model;
using Publisher.Core.Render;
using Publisher.Core.Render.Markdown;
using Publisher.Core.Pages;
using Publisher.Core.Render.Templates;
using Publisher.Tests.Support;
using Publisher.Core.Theming;
using Publisher.Core.Extensions;

namespace Publisher.Tests.Support;

/// <summary>Small sites built in code and the real theme, shared by the Render and Extensions tests.</summary>
public static class RenderTestSite
{
    public static readonly SiteSettings Settings = new("Zápisy KPSS", "https://zapisy.example.cz/", "cs", "Veřejný archiv zápisů",
        new AccessibilityStatement("Město Žatec", ComplianceStatus.Partial, ["Naskenované přílohy"], new DateOnly(2026, 11, 2), new DateOnly(2026, 11, 20),
            "samohodnocením", new AccessibilityContact("pristupnost@example.cz", "+420 415 736 111", "Náměstí Svobody 1, Žatec")));

    private static readonly HtmlParser Parser = new();
    private static readonly Lazy<Theme> RealTheme = new(() => LoadTheme(RepositoryPaths.Theme));

    /// <summary>The repository's theme, loaded once; fails the test if it reports any diagnostic.</summary>
    public static Theme Theme => RealTheme.Value;

    /// <summary>The site as a feature's files see it when no page is planned yet.</summary>
    public static PlannedSite Planned(SiteModel site) => new(site, Texts, []);

    public static UiTexts Texts => new(Theme.Texts);

    /// <summary>The features of a real build.</summary>
    public static IReadOnlyList<SiteExtension> Features { get; } = StandardExtensions.Create();

    /// <summary>What the real build needs from a theme: the core pages' and the standard extensions'.</summary>
    public static ThemeNeeds SiteThemeNeeds { get; } =
        ThemeNeeds.Combine([SitePages.ThemeNeeds, .. Features.Select(e => e.ThemeNeeds)]);


    public static Theme LoadTheme(string directory)
    {
        var diagnostics = new DiagnosticBag();
        var theme = Theme.Load(directory, "theme", SiteThemeNeeds, diagnostics);
        var problems = diagnostics.Sorted();
        if (theme is null || problems.Count > 0)
            throw new InvalidOperationException("theme failed to load:\n" + string.Join("\n", problems));
        return theme;
    }

    /// <summary>The model of a site of these documents, with the indexes of the real build's features.</summary>
    public static SiteModel Model(params Document[] documents) =>
        SiteExtension.IndexAll(SiteModelBuilder.Build(Settings, Support.TestContent.Catalog(), documents, PinnedBuildDay.Today), Features);

    public static AssetManifest Assets(Theme theme) =>
        AssetManifest.Create(theme.Assets);

    public static BodiesFromTestContent Renderer(SiteModel site, Theme? theme = null)
    {
        theme ??= Theme;
        return new BodiesFromTestContent(new PageRenderer(theme, site, Assets(theme), new MarkdownRenderer(Features), new MarkdownContext(theme.ElementIds), Features));
    }

    /// <summary>Renders pages with the bodies of documents built in code (<see cref="Support.TestContent.WithBody"/>), as the build renders them with the bodies of their files.</summary>
    public sealed class BodiesFromTestContent(PageRenderer renderer)
    {
        public RenderedPage Render(Page page) => renderer.Render(page, page.Document is { } document ? Support.TestContent.BodyOf(document) : null);
    }

    /// <summary>The core pages of a site, with what the real build's features add to them.</summary>
    public static IReadOnlyList<Page> CorePages(SiteModel site) =>
        new SitePages(site, Texts).All().Select(page => SiteExtension.WithPageData(page, site, Features)).ToList();

    public static IDocument Parse(string html) => Parser.ParseDocument(html);
}
