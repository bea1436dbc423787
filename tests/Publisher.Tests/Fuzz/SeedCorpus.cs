using System.Text;
using Publisher.Core.Diagnostics;
using Publisher.Core.Load;
using Publisher.Core.Model;
using Publisher.Core.Validate;
using Publisher.Tests.Support;

namespace Publisher.Tests.Fuzz;

/// <summary>A file the fuzzers start from, named by its path in the repository.</summary>
public sealed record Seed(string Name, byte[] Bytes)
{
    /// <summary>The file as text; bytes that are not UTF-8 (the Windows-1250 and UTF-16 fixtures) become U+FFFD.</summary>
    public string Text { get; } = Encoding.UTF8.GetString(Bytes);
}

/// <summary>
/// The starting corpus: the real documents and data files of the site, the test documents that extend it
/// and the broken inputs the command-line tests use, so mutations start from the shapes editors actually write.
/// </summary>
public static class SeedCorpus
{
    /// <summary>The documents of the real site and those the end-to-end tests add to it: all meant to be published.</summary>
    public static IReadOnlyList<Seed> SiteDocuments { get; } =
    [
        .. Files(Path.Combine(RepositoryPaths.Input, "documents"), "*.md"),
        .. Files(Path.Combine(RepositoryPaths.Fixtures, "additions"), "*.md"),
    ];

    /// <summary>Every document seed: the site's and the broken inputs the command-line tests use.</summary>
    public static IReadOnlyList<Seed> Documents { get; } =
        [.. SiteDocuments, .. Files(Path.Combine(RepositoryPaths.Fixtures, "broken"), "*.md")];

    public static Seed Regions { get; } = Load(Path.Combine(RepositoryPaths.Input, ContentLoader.RegionsFileName));

    public static Seed Site { get; } = Load(Path.Combine(RepositoryPaths.Input, ContentLoader.SiteFileName));

    /// <summary>Every seed as text, for splicing one file into another.</summary>
    public static string[] Texts { get; } = [.. Documents.Select(s => s.Text), Regions.Text, Site.Text];

    /// <summary>The Markdown bodies of the document seeds (everything after the front matter).</summary>
    public static string[] Bodies { get; } =
        Documents.Select(s => FrontMatterAndBody(s.Text)?.Body).OfType<string>().Where(b => b.Length > 0).ToArray();

    /// <summary>The regions of the real site, which documents are validated against.</summary>
    public static RegionCatalog RegionCatalog() =>
        RegionCatalogReader.Read(new SourceFile(ContentLoader.RegionsFileName, "input/regions.yml", Regions.Text), new DiagnosticBag())
        ?? throw new InvalidOperationException("input/regions.yml does not read as a region catalog");

    /// <summary>Splits a document after its closing fence; null when it has no complete front matter.</summary>
    public static (string FrontMatter, string Body)? FrontMatterAndBody(string text)
    {
        if (!text.StartsWith("---\n", StringComparison.Ordinal)) return null;
        var close = text.IndexOf("\n---\n", 3, StringComparison.Ordinal);
        return close < 0 ? null : (text[..(close + 5)], text[(close + 5)..]);
    }

    private static IEnumerable<Seed> Files(string folder, string pattern) =>
        Directory.EnumerateFiles(folder, pattern, SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(Load);

    private static Seed Load(string path) =>
        new(Path.GetRelativePath(RepositoryPaths.Root, path).Replace('\\', '/'), File.ReadAllBytes(path));
}
