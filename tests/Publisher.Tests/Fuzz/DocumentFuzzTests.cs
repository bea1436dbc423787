using FsCheck;
using FsCheck.Fluent;
using Publisher.Core.Diagnostics;
using Publisher.Core.Load;
using Publisher.Core.Model;
using Publisher.Core.Validate;
using Xunit.Abstractions;
using Publisher.Core.Extensions;

namespace Publisher.Tests.Fuzz;

/// <summary>
/// Content files as bytes through the decoder, the front-matter splitter, the YAML reader and the document
/// validator: every input is accepted or rejected with located errors, never with an exception or a hang.
/// </summary>
public sealed class DocumentFuzzTests(ITestOutputHelper output)
{
    private const string RelativePath = "documents/zatec/2020/fuzz.md";
    private const string DisplayPath = "input/" + RelativePath;
    private static readonly RegionCatalog Regions = SeedCorpus.RegionCatalog();
    private static readonly string[] Tokens = [.. Mutations.YamlTokens, .. Mutations.MarkdownTokens];

    /// <summary>Seeds as they are, seeds mutated as text and then possibly as bytes, and inputs with no seed behind them.</summary>
    public static Gen<FuzzBytes> Inputs { get; } =
        Gen.Elements(SeedCorpus.Documents.ToArray()).SelectMany(seed => Gen.Frequency(
            (1, Gen.Constant(new FuzzBytes(seed.Name, seed.Bytes))),
            (12, Mutations.Mutate(seed.Text, Tokens, SeedCorpus.Texts)
                .Select(text => new FuzzBytes("mutated " + seed.Name, Mutations.Utf8(text)))),
            (3, Mutations.Mutate(seed.Text, Tokens, SeedCorpus.Texts).SelectMany(text => Mutations.MutateBytes(Mutations.Utf8(text)))
                .Select(bytes => new FuzzBytes("mutated " + seed.Name + ", then its bytes", bytes))),
            (1, Mutations.TokenSoup(Tokens).Select(text => new FuzzBytes("random text", Mutations.Utf8(text)))),
            (1, Gen.Zip(Mutations.TokenSoup(Mutations.YamlTokens), Mutations.TokenSoup(Mutations.MarkdownTokens))
                .Select(parts => new FuzzBytes("random front matter and body", Mutations.Utf8($"---\n{parts.Item1}\n---\n{parts.Item2}")))),
            (1, Mutations.RandomBytes().Select(bytes => new FuzzBytes("random bytes", bytes)))));

    [Fact]
    public void Fuzzed_documents_are_accepted_or_rejected_with_located_errors_in_time()
    {
        var warmUp = new FuzzBytes(SeedCorpus.Documents[0].Name, SeedCorpus.Documents[0].Bytes);
        new FuzzRun("documents", output, TimeSpan.FromSeconds(5)).Check(Inputs, defaultCount: 2000, Validate, warmUp);
    }

    /// <summary>What the build does with one content file before the cross-document checks.</summary>
    private static string Validate(FuzzBytes input) =>
        DiagnosticChecks.DecodeAndRead(input, DisplayPath, "the validator",
            (text, diagnostics) => new DocumentValidator(Regions, StandardExtensions.Create(), diagnostics).Validate(new SourceFile(RelativePath, DisplayPath, text)));
}
