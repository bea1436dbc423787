using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using Publisher.Core.Diagnostics;
using Publisher.Core.Load;
using Publisher.Core.Render.Templates;
using Publisher.Tests.Support;
using Xunit.Abstractions;

using Publisher.Core.Theming;

namespace Publisher.Tests.Fuzz;

/// <summary>
/// YAML text handed to the YAML reader as it is, the way the theme's texts.yml reaches it: not through the content
/// decoder, so it may hold U+FFFE, U+FFFF and lone surrogates as well as their escapes. Every text is read, or refused
/// with one error inside the text in the reader's own words, never with an exception or a hang.
/// </summary>
public sealed partial class YamlTextFuzzTests(ITestOutputHelper output)
{
    private const string DisplayPath = "theme/texts.yml";

    /// <summary>The file line the text starts on, as for front matter, so that positions are checked after the shift.</summary>
    private const int FirstLine = 2;

    /// <summary>The theme's texts, the data files and the front matter of the document seeds.</summary>
    private static readonly string[] Seeds =
    [
        SourceDecoder.NormaliseLineEnds(File.ReadAllText(Path.Combine(RepositoryPaths.Theme, Theme.TextsFile))),
        SeedCorpus.Regions.Text,
        SeedCorpus.Site.Text,
        .. SeedCorpus.Documents.Select(seed => SeedCorpus.FrontMatterAndBody(seed.Text)?.FrontMatter).OfType<string>()
            .Select(frontMatter => frontMatter[4..^4]),
    ];

    public static Gen<FuzzText> Inputs { get; } =
        Gen.Elements(Seeds).SelectMany(seed => Gen.Frequency(
            (1, Gen.Constant(new FuzzText("seed", seed))),
            (12, Mutations.Mutate(seed, Mutations.YamlTokens, Seeds).Select(text => new FuzzText("mutated seed", text))),
            (2, Mutations.TokenSoup(Mutations.YamlTokens).Select(text => new FuzzText("random text", text)))));

    [Fact]
    public void Fuzzed_yaml_is_read_or_refused_with_one_located_error_in_time()
    {
        new FuzzRun("yaml", output, TimeSpan.FromSeconds(5)).Check(Inputs, defaultCount: 1000, Read, warmUp: new FuzzText("seed", Seeds[0]));
    }

    private static string Read(FuzzText input)
    {
        var diagnostics = new DiagnosticBag();
        var read = YamlDocumentReader.TryParse(input.Text, DisplayPath, FirstLine, diagnostics, out _);
        var errors = diagnostics.Sorted();
        if (read ? errors.Count != 0 : errors.Count != 1)
            throw new InvalidOperationException($"the reader {(read ? "read the text" : "refused the text")} with {errors.Count} diagnostics: {string.Join("; ", errors)}");
        // A lone CR ends a line too, for YAML as for editors.
        DiagnosticChecks.AssertWellFormed(errors, DisplayPath, FirstLine - 1 + DiagnosticChecks.Lines(SourceDecoder.NormaliseLineEnds(input.Text)));
        if (errors.FirstOrDefault(e => e.Line < FirstLine) is { } before)
            throw new InvalidOperationException($"a diagnostic points before the text: {before}");
        return read ? "read" : "refused: " + Kind(errors[0].Message.English);
    }

    /// <summary>What a message says without the parts that differ from text to text, to count refusals by kind.</summary>
    private static string Kind(string message) =>
        Numbers().Replace(Quoted().Replace(message, "'…'"), "N").Split(["; ", ": "], StringSplitOptions.None)[0];

    [GeneratedRegex("'[^']*'")]
    private static partial Regex Quoted();

    [GeneratedRegex("[0-9]+")]
    private static partial Regex Numbers();
}
