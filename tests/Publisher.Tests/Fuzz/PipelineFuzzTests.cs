using System.Text;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using Publisher.Core.Build;
using Publisher.Core.Diagnostics;
using Publisher.Core.Load;
using Publisher.Core.Model;
using Publisher.Core.Validate;
using Publisher.Tests.Support;
using Xunit.Abstractions;
using Publisher.Core.Extensions;

namespace Publisher.Tests.Fuzz;

/// <summary>
/// Batches of fuzzed documents added to a copy of the real input and built by the real build, from loading
/// to writing: the build returns a result, successful or with located errors, and never throws or hangs.
/// </summary>
public sealed partial class PipelineFuzzTests(ITestOutputHelper output)
{
    private const int BatchSize = 50;
    private static readonly RegionCatalog Regions = SeedCorpus.RegionCatalog();

    /// <summary>Site documents that can be copied many times: they have no aliases, which copies would share.</summary>
    private static readonly Seed[] Publishable = SeedCorpus.SiteDocuments.Where(IsPublishable).ToArray();

    /// <summary>
    /// Half of the batches mutate only the documents' bodies (with unique titles, so the copies publish to
    /// different addresses) and keep only documents that pass validation on their own, so that the build
    /// gets past validation into rendering, link checking and writing; the other half mix body mutations
    /// with documents fuzzed in every way.
    /// </summary>
    public static Gen<FuzzBatch> Batches { get; } =
        from bodiesOnly in Gen.Elements(true, false)
        from documents in Gen.CollectToList(Enumerable.Range(0, BatchSize).Select(i =>
            bodiesOnly ? BodyMutated(i).Where(IsValid) : Gen.OneOf(BodyMutated(i), DocumentFuzzTests.Inputs)))
        select new FuzzBatch(bodiesOnly, documents);

    [Fact]
    public void Fuzzed_batches_build_or_fail_with_located_errors_in_time()
    {
        new FuzzRun("pipeline", output, TimeSpan.FromSeconds(60)).Check(Batches, defaultCount: 3, Build, warmUp: new FuzzBatch(true, []));
    }

    private static string Build(FuzzBatch batch)
    {
        using var temp = new TempDirectory();
        var input = temp.Combine("input");
        var outputFolder = temp.Combine("output");
        TempDirectory.CopyTree(RepositoryPaths.Input, input);
        // The test documents define the plan that one of the seeds refers to.
        TempDirectory.CopyTree(Path.Combine(RepositoryPaths.Fixtures, "additions"), input);
        batch.Save(Path.Combine(input, "documents", "fuzz"));

        var result = new SiteBuild(new BuildOptions(input, outputFolder, RepositoryPaths.Theme, PinnedBuildDay.Today)).Run();

        DiagnosticChecks.AssertWellFormed(result.Diagnostics, LineCount);
        if (result.Succeeded && !File.Exists(Path.Combine(outputFolder, "index.html")))
            throw new InvalidOperationException("the build succeeded but wrote no home page");
        // Bodies are sanitized and values escaped, so whatever the content, the HTML the site generates must parse
        // cleanly; the build's page check reports it when it does not.
        if (result.Diagnostics.FirstOrDefault(d => d.Message.English.Contains("not well-formed HTML", StringComparison.Ordinal)) is { } malformed)
            throw new BadHtmlException($"the content made the site generate malformed HTML: {malformed}");
        var kind = batch.BodiesOnly ? "bodies mutated" : "anything mutated";
        return result.Succeeded ? $"built ({kind})" : $"failed with errors ({kind})";
    }

    private static Gen<FuzzBytes> BodyMutated(int index) =>
        from seed in Gen.Elements(Publishable)
        let parts = SeedCorpus.FrontMatterAndBody(seed.Text)!.Value
        from body in Mutations.Mutate(parts.Body, Mutations.MarkdownTokens, SeedCorpus.Bodies)
        select new FuzzBytes($"{seed.Name} with its body mutated", Mutations.Utf8(TitleLine().Replace(parts.FrontMatter, $"title: \"Varianta {index}\"", 1) + body));

    /// <summary>
    /// Whether a document passes decoding and validation on its own. An exception counts as not valid:
    /// the other targets and the mixed batches are there to report it.
    /// </summary>
    private static bool IsValid(FuzzBytes document)
    {
        var diagnostics = new DiagnosticBag();
        try
        {
            var text = SourceDecoder.Decode(document.Bytes, "input/documents/fuzz/document.md", diagnostics);
            return text is not null
                && new DocumentValidator(Regions, StandardExtensions.Create(), diagnostics).Validate(new SourceFile("documents/fuzz/document.md", "input/documents/fuzz/document.md", text)) is not null
                && !diagnostics.HasErrors;
        }
        catch (Exception)
        {
            return false;
        }
    }

    private static bool IsPublishable(Seed seed)
    {
        if (SeedCorpus.FrontMatterAndBody(seed.Text) is not { } parts || parts.FrontMatter.Contains("\naliases:", StringComparison.Ordinal))
            return false;
        var diagnostics = new DiagnosticBag();
        var file = new SourceFile("documents/fuzz/seed.md", "input/documents/fuzz/seed.md", seed.Text);
        return new DocumentValidator(Regions, StandardExtensions.Create(), diagnostics).Validate(file) is not null && !diagnostics.HasErrors;
    }

    /// <summary>Lines of the file a diagnostic names, counted as the decoder counts them; null for a file that is not on disk.</summary>
    private static int? LineCount(string displayPath) =>
        File.Exists(displayPath) ? DiagnosticChecks.Lines(SourceDecoder.NormaliseLineEnds(Encoding.UTF8.GetString(File.ReadAllBytes(displayPath)))) : null;

    [GeneratedRegex("^title:.*$", RegexOptions.Multiline)]
    private static partial Regex TitleLine();
}
