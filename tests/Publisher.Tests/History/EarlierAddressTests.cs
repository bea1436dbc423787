using Publisher.Tests.Support;
using Publisher.Core.Extensions.Redirects;

namespace Publisher.Tests.History;

/// <summary>An address a document had before its title was corrected keeps working: the build redirects it by itself.</summary>
public sealed class EarlierAddressTests : IDisposable
{
    private static readonly TimeSpan Winter = TimeSpan.FromHours(1);
    private readonly GitSite _site = new();
    private const string File = "documents/zatec/2021/2021-03-04-zapis.md";
    private static readonly string OldUrl = GitSite.UrlOf("zapis-z-jednai");
    private static readonly string NewUrl = GitSite.UrlOf("zapis-z-jednani");

    private void PublishThenCorrectTitle()
    {
        _site.Write(File, GitSite.Minutes("Zápis z jednáí"));
        _site.Commit("Zápis z března", new DateTimeOffset(2021, 3, 10, 17, 0, 0, Winter));
        _site.Write(File, GitSite.Minutes("Zápis z jednání"));
        _site.Commit("Oprava překlepu v názvu", new DateTimeOffset(2021, 3, 11, 9, 0, 0, Winter));
    }

    [Fact]
    public void The_address_before_a_title_was_corrected_redirects_to_the_page_and_the_summary_says_so_once()
    {
        PublishThenCorrectTitle();

        var exit = _site.BuildWithCommandLine(out var output, out var errors);

        Assert.Equal(0, exit);
        Assert.Equal("", errors);
        var rules = System.IO.File.ReadAllLines(Path.Combine(_site.Output, RedirectsExtension.RulesFile));
        Assert.Contains($"{OldUrl} {NewUrl} 301", rules);
        var redirect = _site.Page(OldUrl);
        Assert.Equal($"0; url={NewUrl}", redirect.QuerySelector("meta[http-equiv=refresh]")!.GetAttribute("content"));
        // Following the old address leads to the document's page.
        var target = redirect.QuerySelector("main a")!.GetAttribute("href")!;
        Assert.Equal("Zápis z jednání", Typeset.Untied(_site.Page(target).QuerySelector("h1")!.TextContent));
        var said = output.Split('\n').Where(line => line.Contains(OldUrl, StringComparison.Ordinal)).ToList();
        Assert.Equal([$"{_site.Input}/{File}: the earlier address {OldUrl} redirects to {NewUrl}"], said);
    }

    [Fact]
    public void An_earlier_address_that_is_another_documents_address_now_stays_that_documents_page()
    {
        PublishThenCorrectTitle();
        _site.Write("documents/zatec/2021/jiny.md", GitSite.Minutes("Zápis z jednáí", "Jiný dokument, který má tu adresu teď."));
        _site.Commit("Další zápis", new DateTimeOffset(2021, 3, 12, 9, 0, 0, Winter));

        var exit = _site.BuildWithCommandLine(out var output, out var errors);

        Assert.Equal(0, exit);
        Assert.Equal("", errors);
        Assert.DoesNotContain(OldUrl, System.IO.File.ReadAllText(Path.Combine(_site.Output, RedirectsExtension.RulesFile)));
        Assert.Contains("Jiný dokument", _site.Page(OldUrl).QuerySelector(".document-body")!.TextContent);
        Assert.DoesNotContain("earlier address", output);
    }

    [Fact]
    public void An_earlier_address_an_editor_lists_in_aliases_is_redirected_once_as_the_alias()
    {
        PublishThenCorrectTitle();
        _site.Write(File, GitSite.Minutes("Zápis z jednání").Replace("---\nText", $"aliases: [{OldUrl}]\n---\nText"));
        _site.Commit("Stará adresa", new DateTimeOffset(2021, 3, 12, 9, 0, 0, Winter));

        var exit = _site.BuildWithCommandLine(out var output, out var errors);

        Assert.Equal(0, exit);
        Assert.Equal("", errors);
        var rules = System.IO.File.ReadAllLines(Path.Combine(_site.Output, RedirectsExtension.RulesFile));
        Assert.Single(rules, rule => rule.StartsWith(OldUrl + " ", StringComparison.Ordinal));
        Assert.DoesNotContain("earlier address", output);
    }

    [Fact]
    public void An_earlier_version_that_would_not_have_been_published_had_no_address()
    {
        _site.Write(File, GitSite.Minutes("Zápis z jednáí").Replace("region: zatec", "region: neexistuje"));
        _site.Commit("Rozepsaný zápis", new DateTimeOffset(2021, 3, 9, 17, 0, 0, Winter));
        _site.Write(File, GitSite.Minutes("Zápis z jednání"));
        _site.Commit("Zápis z března", new DateTimeOffset(2021, 3, 10, 17, 0, 0, Winter));

        var exit = _site.BuildWithCommandLine(out var output, out _);

        Assert.Equal(0, exit);
        Assert.False(System.IO.File.Exists(_site.FileOf(OldUrl)));
        Assert.DoesNotContain("earlier address", output);
    }

    public void Dispose() => _site.Dispose();
}
