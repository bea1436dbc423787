using Publisher.Tests.Support;

namespace Publisher.Tests.Cli;

/// <summary>
/// Every output path is claimed once, and links from bodies are checked against what the site publishes: each problem
/// is one error at the line and column of the Markdown file, in the same run as the other documents' errors.
/// </summary>
public sealed class AddressAndLinkTests : IDisposable
{
    private readonly CommandLineSite _site = new();

    public void Dispose() => _site.Dispose();

    private const string Meeting = "/zatec/socialni-prevence-a-odborne-socialni-poradenstvi/2020/2020-06-10-zapis-z-jednani-pracovni-skupiny-socialni-prevence-a-odborne/";
    private const string Added = "/zatec/socialni-prevence-a-odborne-socialni-poradenstvi/2021/2021-05-04-zapis-z-jednani/";

    [Theory]
    [InlineData("/rok/2020/", "'aliases': /rok/2020/ is already the address of the site's page 'Rok 2020'")]
    [InlineData("/regiony/", "'aliases': /regiony/ is already the address of the site's page 'Regiony'")]
    [InlineData("/data/documents.json", "'aliases': /data/documents.json is already the address of the open data file")]
    // An old address without an extension is a folder address, "/_redirects/", and the rules file is in its way.
    [InlineData("/_redirects", "the address /_redirects/ lies below /_redirects, which is the redirect rules; remove this old address or correct it")]
    public void An_old_address_the_site_uses_itself_is_an_error_at_the_alias(string alias, string message)
    {
        var before = OutputSnapshot.Of(_site.Output, withWriteTimes: true);
        var file = _site.AddDocument("alias.md", CommandLineSite.Minutes("Text.", $"aliases:\n  - {alias}\n"));

        var (exit, errors) = _site.RunForErrors();

        Assert.Equal(1, exit);
        Assert.Equal([$"{file}:8:5: error: {message}", "Build failed: 1 error(s), 0 warning(s). The output folder was not changed."], errors);
        Assert.Equal(before, OutputSnapshot.Of(_site.Output, withWriteTimes: true));
    }

    [Fact]
    public void A_region_id_that_is_one_of_the_sites_own_addresses_is_one_error_at_the_id()
    {
        var regions = Path.Combine(_site.Input, "regions.yml");
        var line = File.ReadAllLines(regions).Length + 1;
        File.AppendAllText(regions, "- id: rok\n  name: Rok\n  groups:\n    - id: dluhy\n      name: Dluhy\n");
        _site.AddDocument("rok.md", CommandLineSite.Minutes("Text.").Replace("region: zatec", "region: rok").Replace("group: socialni-prevence-a-odborne-socialni-poradenstvi", "group: dluhy"));

        var (exit, errors) = _site.RunForErrors();

        Assert.Equal(1, exit);
        Assert.Equal(
        [
            $"{regions}:{line}:7: error: the address /rok/ is also claimed by the site's page 'Dokumenty podle roku'; give the region another id in regions.yml",
            "Build failed: 1 error(s), 0 warning(s). The output folder was not changed.",
        ], errors);
    }

    [Fact]
    public void A_region_id_the_site_does_not_use_for_itself_is_fine_even_if_it_names_a_folder_of_files()
    {
        File.AppendAllText(Path.Combine(_site.Input, "regions.yml"), "- id: data\n  name: Data\n");

        var (exit, errors) = _site.RunForErrors();

        Assert.Equal(0, exit);
        Assert.Empty(errors);
        Assert.True(File.Exists(Path.Combine(_site.Output, "data", "index.html")));
        Assert.True(File.Exists(Path.Combine(_site.Output, "data", "documents.json")));
    }

    [Fact]
    public void An_old_address_below_a_file_the_site_publishes_is_an_error_at_the_alias()
    {
        var file = _site.AddDocument("alias.md", CommandLineSite.Minutes("Text.", "aliases:\n  - /data/documents.json/stary/\n"));

        var (exit, errors) = _site.RunForErrors();

        Assert.Equal(1, exit);
        Assert.Contains($"{file}:8:5: error: the address /data/documents.json/stary/ lies below /data/documents.json, which is the open data file; remove this old address or correct it", errors);
    }

    [Fact]
    public void A_broken_body_link_is_reported_at_its_line_in_the_same_run_as_another_documents_front_matter_error()
    {
        var linking = _site.AddDocument("odkaz.md", CommandLineSite.Minutes("Text.\n\nViz [zápis](/zatec/neexistuje/) a [rok](/rok/2020)."));
        var broken = _site.AddDocument("spatny.md", CommandLineSite.Minutes("Text.").Replace("region: zatec", "region: zatek").Replace("2021-05-04", "2021-05-05"));

        var (exit, errors) = _site.RunForErrors();

        Assert.Equal(1, exit);
        Assert.Equal(
        [
            $"{linking}:10:5: error: broken link '/zatec/neexistuje/' (nothing is published at /zatec/neexistuje/)",
            $"{linking}:10:35: error: broken link '/rok/2020' (nothing is published at /rok/2020); did you mean /rok/2020/?",
            $"{broken}:5:9: error: 'region': unknown region 'zatek' (did you mean 'zatec'?); regions are defined in regions.yml",
            "Build failed: 3 error(s), 0 warning(s). The output folder was not changed.",
        ], errors);
    }

    [Fact]
    public void A_link_to_another_documents_file_becomes_its_address()
    {
        _site.AddDocument("odkaz.md", CommandLineSite.Minutes("Text.\n\nViz [červnový zápis](../2020/2020-06-10-socialni-prevence-a-poradenstvi.md#meta-program)."));

        var (exit, errors) = _site.RunForErrors();

        Assert.Equal(0, exit);
        Assert.Empty(errors);
        var page = File.ReadAllText(Path.Combine(_site.Output, Added.Trim('/'), "index.html"));
        Assert.Contains($"<a href=\"{Meeting}#meta-program\">červnový zápis</a>", page);
    }

    [Fact]
    public void A_link_to_a_document_file_that_does_not_exist_suggests_the_nearest_one()
    {
        var file = _site.AddDocument("odkaz.md", CommandLineSite.Minutes("Text.\n\nViz [zápis](../2020/2020-06-10-socialni-prevence-a-poradenstvy.md)."));

        var (exit, errors) = _site.RunForErrors();

        Assert.Equal(1, exit);
        Assert.Equal(
            $"{file}:10:5: error: the link '../2020/2020-06-10-socialni-prevence-a-poradenstvy.md' leads to documents/zatec/2020/2020-06-10-socialni-prevence-a-poradenstvy.md, which is not a published document (did you mean '../2020/2020-06-10-socialni-prevence-a-poradenstvi.md'?); link to a document by the path of its .md file from this one",
            errors[0]);
    }

    [Fact]
    public void A_link_to_a_document_file_from_the_site_root_suggests_the_documents_address()
    {
        var file = _site.AddDocument("odkaz.md", CommandLineSite.Minutes("Viz [zápis](/documents/zatec/2020/2020-06-10-socialni-prevence-a-poradenstvi.md)."));

        var (exit, errors) = _site.RunForErrors();

        Assert.Equal(1, exit);
        Assert.Equal(
            $"{file}:8:5: error: broken link '/documents/zatec/2020/2020-06-10-socialni-prevence-a-poradenstvi.md' (nothing is published at /documents/zatec/2020/2020-06-10-socialni-prevence-a-poradenstvi.md); did you mean {Meeting}? (a link to a document's .md file is written relative to this document's file)",
            errors[0]);
    }

    [Fact]
    public void A_body_heading_never_takes_an_id_of_the_layout()
    {
        _site.AddDocument("nadpis.md", CommandLineSite.Minutes("## Meta program\n\nText.\n\n[zpět](#meta-program-1)"));

        var (exit, errors) = _site.RunForErrors();

        Assert.Equal(0, exit);
        Assert.Empty(errors);
        var page = File.ReadAllText(Path.Combine(_site.Output, Added.Trim('/'), "index.html"));
        Assert.Contains("<h2 id=\"meta-program-1\">Meta program</h2>", page);
    }

    [Theory]
    [InlineData("Text.\n\n<textarea>\n\nZbytek zápisu.", "10:1: error: <textarea> is never closed, so lines 10–12 would disappear from the page; close it with </textarea> or delete it")]
    [InlineData("Text.\n\n<!-- poznámka\n\nZbytek zápisu.", "10:1: error: the comment <!-- is never closed, so lines 10–12 would disappear from the page; close it with --> or delete it")]
    public void One_bad_body_gives_one_error_and_nothing_blamed_on_others(string body, string expected)
    {
        var file = _site.AddDocument("spatny.md", CommandLineSite.Minutes(body));
        _site.AddDocument("odkaz.md", CommandLineSite.Minutes("Viz [špatný](spatny.md).").Replace("2021-05-04", "2021-05-06"));

        var (exit, errors) = _site.RunForErrors();

        Assert.Equal(1, exit);
        Assert.Equal([$"{file}:{expected}", "Build failed: 1 error(s), 0 warning(s). The output folder was not changed."], errors);
    }

    [Fact]
    public void A_raw_link_with_an_impossible_port_is_removed_with_a_warning_not_a_crash()
    {
        var file = _site.AddDocument("port.md", CommandLineSite.Minutes("Text.\n\n<a href=\"\\/h:65536/\">odkaz</a>"));

        var (exit, errors) = _site.RunForErrors();

        Assert.Equal(0, exit);
        Assert.Equal([$"{file}:10:1: warning: the attribute href=\"\\/h:65536/\" of <a> was removed: it is not a valid address (look at the server name and port); correct it or remove the link"], errors);
    }
}
