using Publisher.Core.Diagnostics;
using Publisher.Core.Extensions.OpenData;
using Publisher.Core.Pages;

namespace Publisher.Tests.Pages;

public sealed class OptionalClaimTests
{
    private sealed record Optional(string Name) : ClaimSource(PagesMessages.Document(Name), new SourcePosition(Name, 1, 1))
    {
        public override bool IsOptional => true;
        public override bool GivesWay => true;
        public override Message Remedy => Message.Empty;
    }

    private sealed record Located(string Name) : ClaimSource(PagesMessages.Document(Name), new SourcePosition(Name, 1, 1))
    {
        public override Message Remedy => new("change it", "změňte jej");
    }

    [Fact]
    public void An_optional_claim_gives_its_file_to_any_other_claim_before_or_after_it_without_a_message()
    {
        var claims = new OutputClaims();
        var early = new Optional("early.md");
        var late = new Optional("late.md");
        var page = new SiteClaim(PagesMessages.SitePage("Úvod"));
        var file = new Located("file.md");

        Assert.True(claims.Claim("a/index.html", early));
        Assert.True(claims.Claim("a/index.html", page));
        Assert.True(claims.Claim("b/index.html", file));
        Assert.False(claims.Claim("b/index.html", late));
        var diagnostics = new DiagnosticBag();
        claims.Report(diagnostics);

        Assert.Empty(diagnostics.Sorted());
        Assert.False(claims.Keeps(early));
        Assert.False(claims.Keeps(late));
        Assert.True(claims.Keeps(page));
        Assert.True(claims.Keeps(file));
    }

    [Fact]
    public void An_optional_claim_below_a_file_is_dropped_without_a_message()
    {
        var claims = new OutputClaims();
        var below = new Optional("below.md");
        Assert.True(claims.Claim("data/documents.json", new SiteClaim(OpenDataMessages.OpenDataFile)));
        Assert.True(claims.Claim("data/documents.json/index.html", below));
        var diagnostics = new DiagnosticBag();
        claims.Report(diagnostics);

        Assert.Empty(diagnostics.Sorted());
        Assert.False(claims.Keeps(below));
    }
}
