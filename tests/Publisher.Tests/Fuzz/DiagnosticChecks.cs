using Publisher.Core.Diagnostics;
using Publisher.Core.Load;

namespace Publisher.Tests.Fuzz;

/// <summary>What every diagnostic must satisfy, however broken the input: editors and CI jump to its position.</summary>
public static class DiagnosticChecks
{
    /// <summary>
    /// Each diagnostic names a file and says something in its own words, not YamlDotNet's, and its position is on a
    /// line of that file (<paramref name="lineCount"/> gives the number of lines of a file, or null when it is not known).
    /// </summary>
    public static void AssertWellFormed(IEnumerable<Diagnostic> diagnostics, Func<string, int?> lineCount)
    {
        foreach (var diagnostic in diagnostics)
        {
            var lines = lineCount(diagnostic.File);
            var wellFormed = diagnostic.File.Length > 0
                && !string.IsNullOrWhiteSpace(diagnostic.Message.English)
                && diagnostic.Line >= 1
                && diagnostic.Column >= 1
                && (lines is null || diagnostic.Line <= lines);
            if (!wellFormed) throw new MalformedDiagnosticException(diagnostic, lines);
            if (YamlDotNetTexts.FirstOrDefault(text => diagnostic.Message.English.Contains(text, StringComparison.Ordinal)) is { } parserText)
                throw new InvalidOperationException($"a diagnostic shows YamlDotNet's own text ('{parserText}'): {diagnostic}");
        }
    }

    /// <summary>
    /// Parts of the messages of YamlDotNet's exceptions, and of the .NET exceptions it throws, which are written for
    /// YAML experts: editors get guidance instead.
    /// </summary>
    private static readonly string[] YamlDotNetTexts =
    [
        "While scanning", "While parsing", "did not find expected", "Did not find expected", "could not find expected",
        "not allowed in this context", "Duplicate key", "does not exists", "Operation is not valid", "should contain no more tokens",
        "(Parameter '", "surrogate character is between",
    ];

    /// <summary>As above, for a stage that reads one file: its diagnostics must all name that file.</summary>
    public static void AssertWellFormed(IEnumerable<Diagnostic> diagnostics, string file, int lineCount)
    {
        var list = diagnostics.ToList();
        if (list.FirstOrDefault(d => d.File != file) is { } stray)
            throw new InvalidOperationException($"a diagnostic names another file than {file}: {stray}");
        AssertWellFormed(list, _ => lineCount);
    }

    /// <summary>
    /// Decodes the input as the loader does and hands the text to <paramref name="read"/>, a stage that reads one
    /// file; checks that a rejection is explained and that every diagnostic is well-formed; names the outcome.
    /// </summary>
    public static string DecodeAndRead(FuzzBytes input, string displayPath, string stage, Func<string, DiagnosticBag, object?> read)
    {
        var diagnostics = new DiagnosticBag();
        var text = SourceDecoder.Decode(input.Bytes, displayPath, diagnostics);
        string outcome;
        int lines;
        if (text is null)
        {
            AssertRejectionExplained(text, diagnostics, "the decoder");
            outcome = "rejected: not UTF-8";
            lines = Lines(input.Bytes);
        }
        else
        {
            AssertRejectionExplained(read(text, diagnostics), diagnostics, stage);
            outcome = diagnostics.HasErrors ? "rejected with errors" : "accepted";
            lines = Lines(text);
        }
        AssertWellFormed(diagnostics.Sorted(), displayPath, lines);
        return outcome;
    }

    /// <summary>A stage that returns nothing must say why; otherwise a file would silently drop out of the site.</summary>
    public static void AssertRejectionExplained(object? result, DiagnosticBag diagnostics, string stage)
    {
        if (result is null && !diagnostics.HasErrors)
            throw new InvalidOperationException($"{stage} returned nothing and reported no error");
    }

    /// <summary>Lines as the diagnostics count them: every LF starts a new one.</summary>
    public static int Lines(ReadOnlySpan<byte> bytes) => bytes.Count((byte)'\n') + 1;

    public static int Lines(string text) => text.AsSpan().Count('\n') + 1;
}

/// <summary>A diagnostic without a message or with a position outside its file.</summary>
/// <param name="lineCount">The number of lines of the file, when known.</param>
public sealed class MalformedDiagnosticException(Diagnostic diagnostic, int? lineCount)
    : Exception($"malformed diagnostic (line {diagnostic.Line}, column {diagnostic.Column}{(lineCount is null ? "" : $", the file has {lineCount} lines")}): {diagnostic}");
