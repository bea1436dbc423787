using Publisher.Core.Diagnostics;
using Publisher.Core.Extensions.OpenData;
using Publisher.Core.Pages;

namespace Publisher.Tests.Pages;

public sealed class OutputClaimsTests
{
    private static readonly SiteClaim YearListing = new(PagesMessages.SitePage("Rok 2020"));
    private static readonly SiteClaim DataFile = new(OpenDataMessages.OpenDataFile);

    /// <summary>A claim written in a content file at a line of its own.</summary>
    private sealed record Written(string Name, int Line, bool Yields = false)
        : ClaimSource(new Message($"{Name} in input/a.md", $"{Name} v input/a.md"), new SourcePosition("input/a.md", Line, 5))
    {
        public override bool GivesWay => Yields;
        public override Message Remedy => new($"change {Name}", $"změňte {Name}");
    }

    private static IReadOnlyList<string> Report(OutputClaims claims)
    {
        var diagnostics = new DiagnosticBag();
        claims.Report(diagnostics);
        return diagnostics.Sorted().Select(d => d.ToString()).ToList();
    }

    [Fact]
    public void A_second_claim_on_a_file_is_an_error_at_the_claim_made_in_content_and_the_first_keeps_the_file()
    {
        var claims = new OutputClaims();
        Assert.True(claims.Claim("rok/2020/index.html", YearListing));
        Assert.False(claims.Claim("rok/2020/index.html", new Written("an old address", 9, Yields: true)));

        Assert.Equal(["input/a.md:9:5: error: the address /rok/2020/ is also claimed by the site's page 'Rok 2020'; change an old address"], Report(claims));
        Assert.True(claims.IsClaimed("rok/2020/index.html"));
        Assert.False(claims.IsClaimed("rok/2021/index.html"));
    }

    [Fact]
    public void When_neither_claim_gives_way_each_is_reported_naming_the_other()
    {
        var claims = new OutputClaims();
        claims.Claim("x/index.html", new Written("the first", 2));
        claims.Claim("x/index.html", new Written("the second", 3));

        Assert.Equal(
        [
            "input/a.md:2:5: error: the address /x/ is also claimed by the second in input/a.md; change the first",
            "input/a.md:3:5: error: the address /x/ is also claimed by the first in input/a.md; change the second",
        ], Report(claims));
    }

    [Theory]
    [InlineData(true, false, 2)]
    [InlineData(false, true, 3)]
    [InlineData(true, true, 3)]
    public void A_claim_that_gives_way_is_the_one_reported_and_of_two_the_later(bool firstYields, bool secondYields, int reportedLine)
    {
        var claims = new OutputClaims();
        claims.Claim("x/index.html", new Written("the first", 2, firstYields));
        claims.Claim("x/index.html", new Written("the second", 3, secondYields));

        var error = Assert.Single(Report(claims));
        Assert.StartsWith($"input/a.md:{reportedLine}:5: error: ", error);
    }

    [Fact]
    public void A_file_where_another_claim_needs_a_folder_is_an_error()
    {
        var claims = new OutputClaims();
        claims.Claim("data/documents.json", DataFile);
        claims.Claim("data/documents.json/index.html", new Written("an old address", 7, Yields: true));

        Assert.Equal(
            ["input/a.md:7:5: error: the address /data/documents.json/ lies below /data/documents.json, which is the open data file; change an old address"],
            Report(claims));
    }

    [Fact]
    public void The_message_names_the_other_claim_in_czech_too()
    {
        var claims = new OutputClaims();
        claims.Claim("data/documents.json", DataFile);
        claims.Claim("data/documents.json/index.html", new Written("an old address", 7, Yields: true));
        var diagnostics = new DiagnosticBag();
        claims.Report(diagnostics);

        Assert.Equal(
            "adresa /data/documents.json/ leží pod /data/documents.json, což je soubor otevřených dat; změňte an old address",
            Assert.Single(diagnostics.Sorted()).Message.Czech);
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
            claims.Claim($"region/group/{i % 30 + 2000}/{i}/index.html", new Written("a page", i + 1));

        Assert.Empty(Report(claims));
    }
}
