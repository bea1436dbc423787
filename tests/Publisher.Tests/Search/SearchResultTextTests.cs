using System.Text.Json;
using Publisher.Tests.Support;

namespace Publisher.Tests.Search;

/// <summary>
/// The text a search result file holds of a document, as the build takes it from the rendered body: markup taken away,
/// white space folded into single spaces, entities decoded.
/// </summary>
public sealed class SearchResultTextTests : IDisposable
{
    private readonly TempDirectory _additions = new();
    private readonly BuiltSite _site;

    public SearchResultTextTests()
    {
        Write("documents/mikroregion-rozvodi/2019/2019-01-02-znacky.md", """
            ---
            title: "Zápis se značkami"
            type: news
            date: 2019-01-02
            region: mikroregion-rozvodi
            ---
            ## Nadpis s <b>tučným</b> slovem

            Odstavec s **tučným**, "uvozovkami",   mezerami
            a znaky & a 1 < 2 na dvou řádcích.

            - první bod
            - druhý bod

            | A | B |
            |---|---|
            | 1 | 2 |
            """);
        Write("documents/mikroregion-rozvodi/2019/2019-01-03-bez-znacek.md", """
            ---
            title: "Zápis bez značek"
            type: news
            date: 2019-01-03
            region: mikroregion-rozvodi
            ---
            Jednání v Praze a v Brně.
            """);
        // An entity the editor's own HTML keeps (the sanitizer writes it as it was) besides those Markdig writes.
        Write("documents/mikroregion-rozvodi/2019/2019-01-04-entita.md", """
            ---
            title: "Zápis s entitou"
            type: news
            date: 2019-01-04
            region: mikroregion-rozvodi
            ---
            Cena 5 <span>&euro;</span> &amp;amp; víc, a "citace".
            """);
        _site = new BuiltSite(RepositoryPaths.Input, _additions.Path);
    }

    // A tie Markdig writes is a non-breaking space, which folds like any white space. A body with HTML of the editor's
    // goes through the sanitizer, which writes each tie as an entity: that decodes to the non-breaking space itself.
    private const string Tie = "\u00A0";

    [Fact]
    public void A_body_of_plain_words_is_kept_with_single_spaces()
    {
        Assert.Equal("Jednání v Praze a v Brně.", TextOf("Zápis bez značek"));
    }

    [Fact]
    public void A_body_with_markup_and_entities_is_kept_as_its_words_with_its_entities_decoded()
    {
        Assert.Equal($"Nadpis s{Tie} tučným slovem Odstavec s{Tie} tučným , „uvozovkami“, mezerami a{Tie}znaky & a{Tie}1 < 2 na dvou řádcích. první bod druhý bod A B 1 2",
            TextOf("Zápis se značkami"));
    }

    [Fact]
    public void A_body_with_an_entity_of_its_own_html_is_decoded_whole()
    {
        Assert.Equal($"Cena 5 € &amp; víc, a{Tie}„citace“.", TextOf("Zápis s entitou"));
    }

    /// <summary>The text of the result file of the document titled <paramref name="title"/>.</summary>
    private string TextOf(string title)
    {
        foreach (var file in Directory.EnumerateFiles(Path.Combine(_site.Output, "hledat", "index", "d")))
        {
            var result = JsonDocument.Parse(File.ReadAllBytes(file)).RootElement;
            if (result.GetProperty("title").GetString() == title)
                return result.GetProperty("text").GetString()!;
        }
        throw new InvalidOperationException($"no result file for {title}");
    }

    private void Write(string relativePath, string text)
    {
        var path = Path.Combine(_additions.Path, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text + "\n");
    }

    public void Dispose()
    {
        _site.Dispose();
        _additions.Dispose();
    }
}
