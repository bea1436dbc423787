using FsCheck;
using FsCheck.Fluent;
using Publisher.Core.Diagnostics;
using Publisher.Core.Load;
using Publisher.Core.Validate;
using Xunit.Abstractions;

namespace Publisher.Tests.Fuzz;

/// <summary>
/// The data files, <c>regions.yml</c> and <c>site.yml</c>, mutated and read: every input gives settings or a
/// catalog, or errors that point into the file, never an exception or a hang.
/// </summary>
public sealed class DataFileFuzzTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(5);

    [Fact]
    public void Fuzzed_regions_files_are_read_or_rejected_with_located_errors_in_time()
    {
        new FuzzRun("regions.yml", output, Bound).Check(Inputs(SeedCorpus.Regions), defaultCount: 500,
            input => Read(input, ContentLoader.RegionsFileName, RegionCatalogReader.Read), AsInput(SeedCorpus.Regions));
    }

    [Fact]
    public void Fuzzed_site_files_are_read_or_rejected_with_located_errors_in_time()
    {
        new FuzzRun("site.yml", output, Bound).Check(Inputs(SeedCorpus.Site), defaultCount: 500,
            input => Read(input, ContentLoader.SiteFileName, SiteSettingsReader.Read), AsInput(SeedCorpus.Site));
    }

    private static FuzzBytes AsInput(Seed seed) => new(seed.Name, seed.Bytes);

    /// <summary>The seed as it is, mutated as text and possibly as bytes, or a spliced or random file.</summary>
    private static Gen<FuzzBytes> Inputs(Seed seed) => Gen.Frequency(
        (1, Gen.Constant(AsInput(seed))),
        (12, Mutations.Mutate(seed.Text, Mutations.YamlTokens, SeedCorpus.Texts)
            .Select(text => new FuzzBytes("mutated " + seed.Name, Mutations.Utf8(text)))),
        (3, Mutations.Mutate(seed.Text, Mutations.YamlTokens, SeedCorpus.Texts).SelectMany(text => Mutations.MutateBytes(Mutations.Utf8(text)))
            .Select(bytes => new FuzzBytes("mutated " + seed.Name + ", then its bytes", bytes))),
        (2, Mutations.TokenSoup(Mutations.YamlTokens).Select(text => new FuzzBytes("random text", Mutations.Utf8(text)))));

    /// <summary>What the build does with a data file: decode it, then read it with <paramref name="reader"/>.</summary>
    private static string Read<T>(FuzzBytes input, string fileName, Func<SourceFile?, DiagnosticBag, T?> reader) where T : class =>
        DiagnosticChecks.DecodeAndRead(input, "input/" + fileName, "the reader of " + fileName,
            (text, diagnostics) => reader(new SourceFile(fileName, "input/" + fileName, text), diagnostics));
}
