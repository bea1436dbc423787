using Publisher.Core.Build;
using Publisher.Core.Diagnostics;
using Publisher.Core.Extensions;
using Publisher.Core.Load;
using Publisher.Core.Model;
using Publisher.Core.Sink;

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

    /// <param name="checkedBefore">The documents an earlier build of the same input checked, whose files did not change are
    /// taken from it rather than checked again; it is given what this build checks. Null to check every document.</param>
    /// <param name="recorded">The record of the documents the previous build checked, when there is no
    /// <paramref name="checkedBefore"/>: it becomes this build's cache (<see cref="CheckedDocumentsRecord.Restore"/>).</param>
    public static SiteContent? Read(ContentLoader loader, IReadOnlyList<SiteExtension> features, DiagnosticBag diagnostics, IBuildProgress progress,
        ValidatedDocumentCache? checkedBefore = null, CheckedDocumentsRecord? recorded = null)
    {
        var siteFile = loader.Read(ContentLoader.SiteFileName, diagnostics);
        var regionsFile = loader.Read(ContentLoader.RegionsFileName, diagnostics);
        var settings = SiteSettingsReader.Read(siteFile, diagnostics);
        var regions = RegionCatalogReader.Read(regionsFile, diagnostics);
        if (regions is null) return null;

        var paths = loader.DocumentPaths(diagnostics);
        // Each published document. A build keeps none of the text it checked; the preview gives each body to the loader.
        var published = new Document?[paths.Count];
        progress.Started(BuildStage.ReadingDocuments, paths.Count);
        // What a check depends on besides the file: the data files, the features and the tool that checks.
        var context = checkedBefore is null && recorded is null ? default : ValidatedDocumentCache.ForContext(
            [siteFile?.Text.ToString() ?? "", regionsFile?.Text.ToString() ?? "", OutputManifest.ToolBuild], features.Select(f => f.Name));
        checkedBefore ??= recorded?.Restore(context, regions, features, loader.DisplayRoot);
        var check = checkedBefore is null
            ? Unremembered(new DocumentValidator(regions, features, diagnostics, settings?.PersonalData))
            : CheckedOnce(checkedBefore, context,
                () => new DiagnosticBag() is var own ? (own, new DocumentValidator(regions, features, own, settings?.PersonalData)) : default, diagnostics);
        Parallel.For(0, paths.Count, Parallelism, i =>
        {
            progress.Advanced();
            // A file the cache can vouch for by its stamp is not read at all; the stamp is taken before a read, so
            // that a write during the read leaves a stamp that no longer matches.
            var stamp = checkedBefore is { IsResident: true } ? loader.StampOf(paths[i]) : null;
            var stampedAt = checkedBefore?.Now() ?? default;
            ValidatedDocument? validated;
            if (checkedBefore is not null && checkedBefore.TryGetUnread(paths[i], context, stamp, out var unread, out var problems))
            {
                foreach (var problem in problems) diagnostics.Add(problem);
                validated = unread;
            }
            else
            {
                // The text of a file a build checks lives in the reading thread's buffer until its next file.
                var file = checkedBefore is { IsResident: true } ? loader.Read(paths[i], diagnostics) : loader.ReadTransient(paths[i], diagnostics);
                validated = file is null ? null : check(file, stamp, stampedAt);
            }
            // Drafts are checked but take no part in the site: they can neither collide nor be referred to.
            if (validated is not { IsDraft: false }) return;
            // The preview's record holds every body it checked anyway: its pages show those, whatever the files hold meanwhile.
            if (checkedBefore is { IsResident: true }) loader.HoldBody(validated.Document.Source, validated.Body);
            published[i] = validated.Document;
        });
        checkedBefore?.Finish(paths, context);
        var documents = published.OfType<Document>().ToList();
        foreach (var feature in features)
            feature.Check(documents, diagnostics);
        return new SiteContent(settings, regions, documents, loader, paths.Count);
    }

    /// <summary>A check of a file that remembers nothing for a later build.</summary>
    private static Func<SourceFile, FileStamp?, DateTimeOffset, ValidatedDocument?> Unremembered(DocumentValidator validator) =>
        (file, _, _) => validator.Validate(file);

    /// <summary>
    /// A check of a file that takes an earlier check of the same text from <paramref name="checkedBefore"/>, its problems
    /// reported again, and checks the file only when there is none. Each thread checks into a bag of its own, so that
    /// each document's problems can be kept with it; a thread makes its checker only when it meets a file that changed,
    /// as most do not.
    /// </summary>
    private static Func<SourceFile, FileStamp?, DateTimeOffset, ValidatedDocument?> CheckedOnce(ValidatedDocumentCache checkedBefore, UInt128 context,
        Func<(DiagnosticBag Bag, DocumentValidator Validator)> newChecker, DiagnosticBag diagnostics)
    {
        var checkers = new ThreadLocal<(DiagnosticBag Bag, DocumentValidator Validator)>(newChecker);
        return (file, stamp, stampedAt) =>
        {
            if (!checkedBefore.TryGet(file.RelativePath, context, file.Text.Span, stamp, stampedAt, out var document, out var problems))
            {
                var (bag, validator) = checkers.Value;
                document = validator.Validate(file);
                problems = bag.TakeAll();
                checkedBefore.Add(file.RelativePath, context, file.Text.Span, stamp, stampedAt, document, problems);
            }
            foreach (var problem in problems) diagnostics.Add(problem);
            return document;
        };
    }
}
