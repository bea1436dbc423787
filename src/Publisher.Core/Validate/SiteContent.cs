using Publisher.Core.Build;
using Publisher.Core.Diagnostics;
using Publisher.Core.Extensions;
using Publisher.Core.Load;
using Publisher.Core.Model;

namespace Publisher.Core.Validate;

/// <summary>The input folder read and checked: the site's settings, its regions and the documents it publishes.</summary>
/// <param name="Loader">Gives the documents' bodies to the rendering: kept from the check, or read again.</param>
/// <param name="DocumentCount">How many documents the input folder holds, drafts and invalid ones included.</param>
public sealed record SiteContent(SiteSettings? Settings, RegionCatalog Regions, IReadOnlyList<Document> Published, ContentLoader Loader, int DocumentCount)
{
    private static readonly ParallelOptions Parallelism = new() { MaxDegreeOfParallelism = Environment.ProcessorCount };

    /// <summary>
    /// Loads and validates the input folder: the data files, then every document (on all cores), then the features'
    /// checks across the published ones. Null when <c>regions.yml</c> cannot be read, without which no document can be.
    /// </summary>
    public static SiteContent? Read(ContentLoader loader, IReadOnlyList<SiteExtension> features, DiagnosticBag diagnostics) =>
        Read(loader, features, diagnostics, NoBuildProgress.Instance);

    public static SiteContent? Read(ContentLoader loader, IReadOnlyList<SiteExtension> features, DiagnosticBag diagnostics, IBuildProgress progress)
    {
        var settings = SiteSettingsReader.Read(loader.Read(ContentLoader.SiteFileName, diagnostics), diagnostics);
        var regions = RegionCatalogReader.Read(loader.Read(ContentLoader.RegionsFileName, diagnostics), diagnostics);
        if (regions is null) return null;

        var paths = loader.DocumentPaths(diagnostics);
        var validated = new ValidatedDocument?[paths.Count];
        var validator = new DocumentValidator(regions, features, diagnostics, settings?.PersonalData);
        progress.Started(BuildStage.ReadingDocuments, paths.Count);
        Parallel.For(0, paths.Count, Parallelism, i =>
        {
            var file = loader.Read(paths[i], diagnostics);
            progress.Advanced();
            if (file is null || validator.Validate(file) is not { } document) return;
            validated[i] = document;
            if (!document.IsDraft) loader.KeepBody(document.Document.Source, document.Body);
        });
        // Drafts are checked but take no part in the site: they can neither collide nor be referred to.
        var published = validated.OfType<ValidatedDocument>().Where(d => !d.IsDraft).Select(d => d.Document).ToList();
        foreach (var feature in features)
            feature.Check(published, diagnostics);
        return new SiteContent(settings, regions, published, loader, paths.Count);
    }
}
