using Publisher.Core.Diagnostics;
using Publisher.Core.Extensions;
using Publisher.Core.Model;
using Publisher.Core.Theming;

namespace Publisher.Core.Pages;

/// <summary>
/// Everything a build will publish, listed and claimed before anything is rendered: the theme's assets, the core
/// pages, and the pages, files and addresses of every extension. Each output file is claimed once; a second claim
/// is a located error (<see cref="OutputClaims"/>), and only the first claimant is rendered, so the rest of the site
/// is still checked in the same run. A core list of documents whose address a feature's page takes is left out
/// (<see cref="ListingClaim"/>).
/// </summary>
public sealed class SitePlan
{
    private SitePlan(IReadOnlyList<Page> pages, IReadOnlyList<OutputFile> files, IReadOnlyList<(SiteExtension Owner, OutputFolder Folder)> folders, OutputClaims claims)
    {
        Pages = pages;
        Files = files;
        Folders = folders;
        Claims = claims;
    }

    /// <summary>The pages to render, each the first to claim its file.</summary>
    public IReadOnlyList<Page> Pages { get; }

    /// <summary>Files the extensions write as they are, each the first to claim its path.</summary>
    public IReadOnlyList<OutputFile> Files { get; }

    /// <summary>Folders the extensions fill alone, with the extension that owns each.</summary>
    public IReadOnlyList<(SiteExtension Owner, OutputFolder Folder)> Folders { get; }

    public OutputClaims Claims { get; }

    public static SitePlan Make(SiteModel site, UiTexts texts, AssetManifest assets, IReadOnlyList<SiteExtension> extensions, DiagnosticBag diagnostics)
    {
        var claims = new OutputClaims();
        foreach (var (outputPath, _) in assets.Files)
            claims.Claim(outputPath, new SiteClaim(PagesMessages.ThemeAsset("/" + outputPath)));

        // The core's pages are listed while the features list theirs, and each claimed page gets the features' data on
        // all cores: planning is a step no page can be rendered before, also when the preview shows a saved page at once.
        var listingCorePages = Task.Run(() => new SitePages(site, texts).All().ToList());
        var featurePages = extensions.SelectMany(e => e.Pages(site, texts)).ToList();
        // A redirect from an old address gives way to a list as to any page; only a feature's own page replaces a list.
        var featureAddresses = featurePages.Where(page => !page.Claim.GivesWay).Select(page => page.Url).ToHashSet(StringComparer.Ordinal);
        var claimed = listingCorePages.GetAwaiter().GetResult()
            .Where(page => page.Claim is not ListingClaim listing || !featureAddresses.Contains(listing.ListUrl))
            .Concat(featurePages)
            .Where(page => claims.Claim(page.OutputPath, page.Claim))
            .ToArray();
        var pages = new Page[claimed.Length];
        Parallel.For(0, claimed.Length, i => pages[i] = SiteExtension.WithPageData(claimed[i], site, extensions));
        // Each feature lists its files on a core of its own; they are claimed in the features' order.
        var planned = new PlannedSite(site, texts, pages);
        var featureFiles = new List<OutputFile>[extensions.Count];
        Parallel.For(0, extensions.Count, i => featureFiles[i] = extensions[i].Files(planned).ToList());
        var files = featureFiles
            .SelectMany(list => list)
            .Where(file => claims.Claim(file.Path, file.Claim ?? new SiteClaim(file.Description)))
            .ToList();
        var folders = extensions
            .SelectMany(e => e.Folders(site).Select(folder => (Owner: e, Folder: folder)))
            .Where(f => claims.ClaimFolder(f.Folder.Path, new SiteClaim(f.Folder.Description)))
            .ToList();
        foreach (var address in extensions.SelectMany(e => e.Addresses(site)))
            claims.Claim(UrlScheme.OutputPath(address.Url), address.Source);

        claims.Report(diagnostics);
        return new SitePlan(pages.Where(page => claims.Keeps(page.Claim)).ToList(), files, folders, claims);
    }
}
