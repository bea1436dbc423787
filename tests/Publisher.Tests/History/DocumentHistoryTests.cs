using Publisher.Core.Diagnostics;
using Publisher.Tests.Support;

namespace Publisher.Tests.History;

/// <summary>A document's page shows when it was published and changed, read from the git history of its file.</summary>
public sealed class DocumentHistoryTests : IDisposable
{
    private static readonly TimeSpan Winter = TimeSpan.FromHours(1);
    private static readonly TimeSpan Summer = TimeSpan.FromHours(2);
    private readonly GitSite _site = new();
    private const string File = "documents/zatec/2021/2021-03-04-zapis.md";

    [Fact]
    public void An_amended_document_shows_its_first_publication_its_last_change_and_both_changes()
    {
        _site.Write(File, GitSite.Minutes("Zápis z jednání"));
        _site.Commit("Zápis z března", new DateTimeOffset(2021, 3, 10, 17, 0, 0, Winter));
        _site.Write(File, GitSite.Minutes("Zápis z jednání", "Text zápisu s opraveným jménem."));
        _site.Commit("Oprava jména v zápisu\n\nPodrobnosti, které stránka neukazuje.", new DateTimeOffset(2021, 4, 15, 23, 30, 0, Summer));

        var result = _site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Empty(result.Diagnostics);
        var page = _site.Page(GitSite.UrlOf("zapis-z-jednani"));
        var history = page.QuerySelector("section.document-history")!;
        Assert.Equal(["2021-03-10", "2021-04-15"], history.QuerySelectorAll("dl time").Select(t => t.GetAttribute("datetime")));
        Assert.Equal(["Zveřejněno", "Naposledy změněno"], history.QuerySelectorAll("dt").Select(t => t.TextContent));
        Assert.Equal(["15. dubna 2021: Oprava jména v zápisu", "10. března 2021: Zápis z března"],
            history.QuerySelectorAll("ol.changes li").Select(li => li.TextContent));
        var note = page.QuerySelector("header .amended-note")!;
        Assert.StartsWith("Zápis byl po zveřejnění změněn: 15. dubna 2021.", note.TextContent);
        Assert.Equal("#meta-historie", note.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public void A_document_committed_once_is_not_amended_and_an_uncommitted_edit_changes_nothing_on_its_page()
    {
        _site.Write(File, GitSite.Minutes("Zápis z jednání"));
        _site.Commit("Zápis z března", new DateTimeOffset(2021, 3, 10, 17, 0, 0, Winter));
        _site.Write(File, GitSite.Minutes("Zápis z jednání", "Rozepsaná oprava, zatím neuložená v historii."));

        Assert.True(_site.Build().Succeeded);
        var first = System.IO.File.ReadAllText(_site.FileOf(GitSite.UrlOf("zapis-z-jednani")));
        Assert.True(_site.Build().Succeeded);

        var page = _site.Page(GitSite.UrlOf("zapis-z-jednani"));
        Assert.Null(page.QuerySelector(".amended-note"));
        Assert.Equal(["Zveřejněno"], page.QuerySelectorAll("section.document-history dt").Select(t => t.TextContent));
        Assert.Equal(["10. března 2021: Zápis z března"], page.QuerySelectorAll("ol.changes li").Select(li => li.TextContent));
        Assert.Equal(first, System.IO.File.ReadAllText(_site.FileOf(GitSite.UrlOf("zapis-z-jednani"))));
    }

    [Fact]
    public void A_moved_file_keeps_its_history()
    {
        _site.Write(File, GitSite.Minutes("Zápis z jednání"));
        _site.Commit("Zápis z března", new DateTimeOffset(2021, 3, 10, 17, 0, 0, Winter));
        Directory.CreateDirectory(Path.Combine(_site.Input, "documents/zatec/archiv"));
        GitSite.Git(_site.Repository, "mv", $"input/{File}", "input/documents/zatec/archiv/zapis-brezen.md");
        _site.Commit("Zápisy do archivu", new DateTimeOffset(2021, 5, 1, 8, 0, 0, Summer));
        _site.Write("documents/zatec/archiv/zapis-brezen.md", GitSite.Minutes("Zápis z jednání", "Doplněný text."));
        _site.Commit("Doplnění zápisu", new DateTimeOffset(2021, 6, 1, 8, 0, 0, Summer));

        Assert.True(_site.Build().Succeeded);

        var page = _site.Page(GitSite.UrlOf("zapis-z-jednani"));
        Assert.Equal("2021-03-10", page.QuerySelector("section.document-history dd time")!.GetAttribute("datetime"));
        // The move left the text as it was: the history follows it, but it is no change of the document.
        Assert.Equal(["1. června 2021: Doplnění zápisu", "10. března 2021: Zápis z března"],
            page.QuerySelectorAll("ol.changes li").Select(li => li.TextContent));
    }

    [Fact]
    public void A_file_added_again_after_it_was_deleted_has_only_its_new_history()
    {
        _site.Write(File, GitSite.Minutes("Zápis z jednání"));
        _site.Commit("Zápis z března", new DateTimeOffset(2021, 3, 10, 17, 0, 0, Winter));
        System.IO.File.Delete(Path.Combine(_site.Input, File));
        _site.Commit("Zápis omylem", new DateTimeOffset(2021, 3, 11, 17, 0, 0, Winter));
        _site.Write(File, GitSite.Minutes("Zápis z jednání", "Jiný text."));
        _site.Commit("Zápis znovu", new DateTimeOffset(2021, 3, 12, 17, 0, 0, Winter));

        Assert.True(_site.Build().Succeeded);

        Assert.Equal(["12. března 2021: Zápis znovu"],
            _site.Page(GitSite.UrlOf("zapis-z-jednani")).QuerySelectorAll("ol.changes li").Select(li => li.TextContent));
    }

    [Fact]
    public void A_hostile_commit_message_is_text_on_the_page()
    {
        _site.Write(File, GitSite.Minutes("Zápis z jednání"));
        _site.Commit("<script>alert(1)</script> & „test“\u0007\u202E\u0001 konec\nsrc/evil.md:1:1: error: druhý řádek\r\n<img src=x onerror=alert(1)>",
            new DateTimeOffset(2021, 3, 10, 17, 0, 0, Winter));

        var result = _site.Build();

        Assert.Empty(result.Diagnostics);
        var page = _site.Page(GitSite.UrlOf("zapis-z-jednani"));
        // The page's only script is its JSON-LD data block, which browsers do not run.
        Assert.Empty(page.QuerySelectorAll("script:not([type=\"application/ld+json\"]), img"));
        var change = Assert.Single(page.QuerySelectorAll("ol.changes li"));
        Assert.Equal("10. března 2021: <script>alert(1)</script> & „test“ konec", change.TextContent);
        var html = System.IO.File.ReadAllText(_site.FileOf(GitSite.UrlOf("zapis-z-jednani")));
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; „test“ konec", html);
        Assert.DoesNotContain("druhý řádek", html);
        Assert.DoesNotContain('\u0007', html);
        Assert.DoesNotContain('\u202E', html);
    }

    [Fact]
    public void A_site_outside_any_repository_builds_with_one_warning_and_pages_without_history()
    {
        using var site = new BuiltSite(RepositoryPaths.Input);

        var warning = Assert.Single(site.Result.Diagnostics);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Contains("the build sees no full git history (the input folder is not inside a git repository)", warning.Message.English);
        Assert.Contains("git fetch --unshallow", warning.Message.English);
        foreach (var url in site.HtmlPageUrls())
        {
            Assert.Null(site.Page(url).QuerySelector(".document-history, .amended-note"));
        }
    }

    [Fact]
    public void A_shallow_clone_builds_with_one_warning_and_pages_without_history()
    {
        _site.Write(File, GitSite.Minutes("Zápis z jednání"));
        _site.Commit("Zápis z března", new DateTimeOffset(2021, 3, 10, 17, 0, 0, Winter));
        _site.Write(File, GitSite.Minutes("Zápis z jednání", "Opravený text."));
        _site.Commit("Oprava zápisu", new DateTimeOffset(2021, 4, 10, 17, 0, 0, Summer));
        var clone = Path.Combine(_site.Root, "clone");
        GitSite.Git(_site.Root, "clone", "-q", "--depth", "1", "file://" + _site.Repository, clone);

        var result = _site.Build(Path.Combine(clone, "input"));

        Assert.True(result.Succeeded);
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Contains("(the repository is a shallow clone)", warning.Message.English);
        var page = _site.Page(GitSite.UrlOf("zapis-z-jednani"));
        Assert.Null(page.QuerySelector(".document-history, .amended-note"));
    }

    public void Dispose() => _site.Dispose();
}
