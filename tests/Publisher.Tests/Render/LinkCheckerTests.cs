using Publisher.Core.Diagnostics;
using Publisher.Core.Render;
using Publisher.Tests.Support;

namespace Publisher.Tests.Render;

public class LinkCheckerTests
{
    private static readonly HashSet<string> NoIds = [];

    /// <summary>A page whose links are all written in the file "origin/URL", at line 1.</summary>
    private static PageLinks Page(string url, IEnumerable<string>? ids = null, params string[] targets) =>
        new(url, "origin" + url, (ids ?? NoIds).ToHashSet(StringComparer.Ordinal), targets);

    /// <summary>Checks the pages; every page added is also a file that exists, plus <paramref name="otherFiles"/>.</summary>
    private static IReadOnlyList<Diagnostic> Check(IEnumerable<PageLinks> pages, params string[] otherFiles)
    {
        var checker = new LinkChecker(new HashSet<string>());
        var files = new HashSet<string>(otherFiles, StringComparer.Ordinal);
        foreach (var page in pages)
        {
            page.AddTo(checker);
            files.Add(Core.Model.UrlScheme.OutputPath(page.Url));
        }
        var diagnostics = new DiagnosticBag();
        checker.Check(files.Contains, _ => null, diagnostics);
        return diagnostics.Sorted();
    }

    [Fact]
    public void A_link_to_an_existing_page_is_fine()
    {
        Assert.Empty(Check([Page("/a/", null, "/b/", "/"), Page("/b/"), Page("/")]));
    }

    [Fact]
    public void A_link_to_a_missing_page_is_an_error_naming_the_page_and_target()
    {
        var error = Assert.Single(Check([Page("/zatec/2020/", null, "/zatec/2021/")]));

        Assert.Equal(Severity.Error, error.Severity);
        Assert.Equal("origin/zatec/2020/", error.File);
        Assert.Equal((1, 1), (error.Line, error.Column));
        Assert.Equal("broken link '/zatec/2021/' (nothing is published at /zatec/2021/)", error.Message.English);
    }

    [Fact]
    public void A_missing_anchor_on_the_same_page_is_an_error()
    {
        var error = Assert.Single(Check([Page("/a/", ["program"], "#program", "#missing")]));

        Assert.Equal("broken anchor '#missing' (page /a/ has no element with id 'missing')", error.Message.English);
    }

    [Fact]
    public void An_existing_anchor_on_another_page_is_fine()
    {
        Assert.Empty(Check([Page("/a/", null, "/b/#ukoly"), Page("/b/", ["ukoly"])]));
    }

    [Fact]
    public void A_missing_anchor_on_another_page_is_an_error()
    {
        var error = Assert.Single(Check([Page("/a/", null, "/b/#ukoly"), Page("/b/", ["program"])]));

        Assert.Equal("broken anchor '/b/#ukoly' (page /b/ has no element with id 'ukoly')", error.Message.English);
    }

    [Fact]
    public void An_anchor_in_a_file_that_is_not_a_scanned_page_is_an_error()
    {
        var error = Assert.Single(Check([Page("/a/", null, "/data/documents.json#x")], "data/documents.json"));

        Assert.Contains("broken anchor '/data/documents.json#x'", error.Message.English);
    }

    [Fact]
    public void Anchors_are_compared_after_percent_decoding()
    {
        Assert.Empty(Check([Page("/a/", ["účastníci"], "#%C3%BA%C4%8Dastn%C3%ADci")]));
    }

    [Theory]
    [InlineData("/a/b/", "../c/", "/a/c/")]
    [InlineData("/a/b/", "d/", "/a/b/d/")]
    [InlineData("/a/b/", "./", "/a/b/")]
    [InlineData("/a/b/", "../../", "/")]
    [InlineData("/404.html", "a/", "/a/")]
    public void Relative_links_are_resolved_against_the_page_url(string page, string target, string resolved)
    {
        var pages = new List<PageLinks> { Page(page, null, target) };
        if (resolved != page) pages.Add(Page(resolved));

        Assert.Empty(Check(pages));

        var broken = Assert.Single(Check([Page(page, null, target + "x/")]));
        Assert.Equal($"broken link '{target}x/' (nothing is published at {resolved}x/)", broken.Message.English);
    }

    [Fact]
    public void Relative_links_with_anchors_check_the_resolved_page()
    {
        Assert.Empty(Check([Page("/a/b/", null, "../c/#x"), Page("/a/c/", ["x"])]));
        Assert.Single(Check([Page("/a/b/", null, "../c/#y"), Page("/a/c/", ["x"])]));
    }

    [Fact]
    public void Links_to_files_are_checked_by_their_output_path()
    {
        Assert.Empty(Check([Page("/a/", null, "/assets/site.0123456789.css", "/404.html", "/feed.xml")], "assets/site.0123456789.css", "feed.xml", "404.html"));
        Assert.Single(Check([Page("/a/", null, "/assets/chybi.css")]));
    }

    [Fact]
    public void Query_strings_do_not_change_the_target_file()
    {
        Assert.Empty(Check([Page("/a/", null, "/b/?strana=2"), Page("/b/")]));
    }

    [Fact]
    public void Percent_encoded_paths_are_decoded()
    {
        Assert.Empty(Check([Page("/a/", null, "/%C5%BEatec/"), Page("/žatec/")]));
    }

    [Theory]
    [InlineData("https://www.example.cz/neexistuje/")]
    [InlineData("http://example.cz")]
    [InlineData("mailto:koordinator@example.cz")]
    [InlineData("tel:+420123456789")]
    [InlineData("//cdn.example.cz/x.js")]
    public void External_links_are_not_checked(string target)
    {
        Assert.Empty(Check([Page("/a/", null, target)]));
    }

    [Fact]
    public void An_empty_address_is_an_error()
    {
        var error = Assert.Single(Check([Page("/a/", null, "")]));

        Assert.Equal("a link with an empty address", error.Message.English);
    }

    [Fact]
    public void A_broken_target_repeated_at_one_place_is_reported_once()
    {
        Assert.Single(Check([Page("/a/", null, "/chybi/", "/chybi/", "/chybi/")]));
    }

    [Fact]
    public void A_broken_target_written_at_two_places_is_reported_at_each()
    {
        var checker = new LinkChecker(new HashSet<string>());
        checker.AddPage("/a/", NoIds, [new LocatedLink("/chybi/", new("a.md", 3, 1)), new LocatedLink("/chybi/", new("a.md", 9, 4))]);
        var diagnostics = new DiagnosticBag();

        checker.Check(_ => false, _ => null, diagnostics);

        Assert.Equal([(3, 1), (9, 4)], diagnostics.Sorted().Select(d => (d.Line, d.Column)));
    }

    [Fact]
    public void An_anchor_may_name_an_id_of_the_layouts_on_any_page_and_a_body_id_only_on_its_own_page()
    {
        var checker = new LinkChecker(new HashSet<string> { "obsah" });
        checker.AddPage("/a/", new HashSet<string> { "ukoly" }, []);
        checker.AddPage("/b/", NoIds, [
            new LocatedLink("/a/#obsah", new("b.md", 2, 1)),
            new LocatedLink("/a/#ukoly", new("b.md", 3, 1)),
            new LocatedLink("#ukoly", new("b.md", 4, 1)),
        ]);
        var diagnostics = new DiagnosticBag();

        checker.Check(_ => true, _ => null, diagnostics);

        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal((4, "broken anchor '#ukoly' (page /b/ has no element with id 'ukoly')"), (error.Line, error.Message.English));
    }

    [Fact]
    public void Every_page_with_a_broken_link_is_reported()
    {
        var errors = Check([Page("/b/", null, "/chybi/"), Page("/a/", null, "/chybi/")]);

        Assert.Equal(["origin/a/", "origin/b/"], errors.Select(e => e.File));
    }
}
