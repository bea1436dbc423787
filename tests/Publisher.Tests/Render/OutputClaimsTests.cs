using Publisher.Core.Diagnostics;
using Publisher.Core.Render.Pages;

namespace Publisher.Tests.Render;

public sealed class OutputClaimsTests
{
    private static readonly ClaimSource YearListing = new("the year listing /rok/2020/", null, "");
    private static readonly ClaimSource DataFile = new("the open data file /data/documents.json", null, "");

    private static ClaimSource Alias(int line) =>
        new("an old address in input/a.md", new SourcePosition("input/a.md", line, 5), "choose an old address the site does not use");

    [Fact]
    public void A_second_claim_on_a_file_is_an_error_at_the_claim_made_in_content()
    {
        var claims = new OutputClaims();
        Assert.True(claims.Claim("rok/2020/index.html", YearListing));
        Assert.False(claims.Claim("rok/2020/index.html", Alias(9)));
        var diagnostics = new DiagnosticBag();

        claims.Report(diagnostics);

        Assert.Equal(
            ["input/a.md:9:5: error: the address /rok/2020/ is also claimed by the year listing /rok/2020/; choose an old address the site does not use"],
            diagnostics.Sorted().Select(d => d.ToString()));
        Assert.True(claims.IsClaimed("rok/2020/index.html"));
    }

    [Fact]
    public void When_both_claims_are_made_in_content_each_names_the_other()
    {
        var claims = new OutputClaims();
        claims.Claim("zatec/2020/x/index.html", new("the document input/a.md", new("input/a.md", 2, 8), "change the title of one of them"));
        claims.Claim("zatec/2020/x/index.html", new("the document input/b.md", new("input/b.md", 2, 8), "change the title of one of them"));
        var diagnostics = new DiagnosticBag();

        claims.Report(diagnostics);

        Assert.Equal(
        [
            "input/a.md:2:8: error: the address /zatec/2020/x/ is also claimed by the document input/b.md; change the title of one of them",
            "input/b.md:2:8: error: the address /zatec/2020/x/ is also claimed by the document input/a.md; change the title of one of them",
        ], diagnostics.Sorted().Select(d => d.ToString()));
    }

    [Fact]
    public void A_file_where_another_claim_needs_a_folder_is_an_error()
    {
        var claims = new OutputClaims();
        claims.Claim("data/documents.json", DataFile);
        claims.Claim("data/documents.json/index.html", Alias(7));
        var diagnostics = new DiagnosticBag();

        claims.Report(diagnostics);

        Assert.Equal(
            ["input/a.md:7:5: error: the address /data/documents.json/ lies below /data/documents.json, which is the open data file /data/documents.json; choose an old address the site does not use"],
            diagnostics.Sorted().Select(d => d.ToString()));
    }

    [Fact]
    public void Two_files_the_site_adds_by_itself_on_one_path_are_a_defect_not_a_content_error()
    {
        var claims = new OutputClaims();
        claims.Claim("data/documents.json", DataFile);
        claims.Claim("data/documents.json", DataFile);

        Assert.Throws<InvalidOperationException>(() => claims.Report(new DiagnosticBag()));
    }

    [Fact]
    public void Checking_folders_stays_linear_at_100000_claims()
    {
        var claims = new OutputClaims();
        for (var i = 0; i < 100_000; i++)
            claims.Claim($"region/group/{i % 30 + 2000}/{i}/index.html", Alias(i + 1));
        var diagnostics = new DiagnosticBag();

        claims.Report(diagnostics);

        Assert.Empty(diagnostics.Sorted());
    }
}
