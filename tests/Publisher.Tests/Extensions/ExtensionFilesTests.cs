using Publisher.Core.Diagnostics;
using Publisher.Core.Extensions;
using Publisher.Core.Model;
using Publisher.Core.Pages;
using Publisher.Core.Theming;
using Publisher.Tests.Support;
using static Publisher.Tests.Support.TestContent;

namespace Publisher.Tests.Extensions;

/// <summary>The seam's file hooks: the files a feature writes get the theme's texts, and may be claimed by content.</summary>
public class ExtensionFilesTests
{
    private sealed class TextFiles : SiteExtension
    {
        public override string Name => "texts";

        public override IEnumerable<OutputFile> Files(PlannedSite planned) =>
            [OutputFile.OfText("home.txt", new Message("the file of texts", "soubor s texty"), planned.Texts.Get("nav.home"))];
    }

    /// <summary>Claims a file for each region, as a region's feed is, at the address of the site's not-found page.</summary>
    private sealed class RegionFiles : SiteExtension
    {
        public override string Name => "region-files";

        public override IEnumerable<OutputFile> Files(PlannedSite planned) =>
            planned.Site.Regions.Regions.Select(r => OutputFile.OfText("404.html", new Message("a region's file", "soubor regionu"), "x") with { Claim = new RegionFileClaim(r, PagesMessages.FileOfRegion(new Message("file", "soubor"), r.Id)) });
    }

    private static SitePlan Plan(SiteModel site, DiagnosticBag diagnostics, params SiteExtension[] features) =>
        SitePlan.Make(site, RenderTestSite.Texts, RenderTestSite.Assets(RenderTestSite.Theme), features, diagnostics);

    [Fact]
    public void A_feature_gets_the_themes_texts_for_its_files()
    {
        var plan = Plan(RenderTestSite.Model(), new DiagnosticBag(), new TextFiles());

        Assert.Equal(["home.txt"], plan.Files.Select(f => f.Path));
        Assert.Equal("Úvod", plan.Files[0].Text());
    }

    [Fact]
    public void A_file_claimed_by_a_region_collides_where_regions_yml_names_the_region()
    {
        var region = Zatec with { At = new SourcePosition("input/regions.yml", 40, 7) };
        var site = SiteModelBuilder.Build(RenderTestSite.Settings, new RegionCatalog([region]), [], PinnedBuildDay.Today);
        var diagnostics = new DiagnosticBag();

        var plan = Plan(site, diagnostics, new RegionFiles());

        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal(("input/regions.yml", 40, 7), (error.File, error.Line, error.Column));
        Assert.Equal("the address /404.html is also claimed by the site's page 'Stránka nenalezena'; give the region another id in regions.yml", error.Message.English);
        Assert.Equal("adresu /404.html si nárokuje také stránka webu 'Stránka nenalezena'; dejte regionu v regions.yml jiné id", error.Message.Czech);
        Assert.Empty(plan.Files);
    }
}
