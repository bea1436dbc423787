using Publisher.Core.Model;
using Publisher.Core.Pages;

namespace Publisher.Core.Extensions.Redirects;

/// <summary>
/// A document's old address (<c>aliases</c>), claimed so that nothing else is published where the redirect must
/// answer. It gives way to every other claim: an old address only keeps a link working, a page is the site itself.
/// </summary>
public sealed record OldAddressClaim(Document Owner, OldAddress Alias) : ClaimSource(Owner.AddressAt.File, Alias.At)
{
    public override bool GivesWay => true;

    public override string Fix => "remove this old address or correct it";

    public override string SameAddress(string address, ClaimSource other) => other switch
    {
        DocumentClaim claim when ReferenceEquals(claim.Document, Owner) => $"'aliases': {Alias.Path} is this document's own address",
        OldAddressClaim claim when ReferenceEquals(claim.Owner, Owner) => $"'aliases': {Alias.Path} is listed more than once",
        _ => $"'aliases': {Alias.Path} is already the address of {other.Description}",
    };
}
