using Publisher.Core.Diagnostics;
using Publisher.Core.Model;
using Publisher.Core.Pages;

namespace Publisher.Core.Extensions.Redirects;

/// <summary>
/// A document's old address (<c>aliases</c>), claimed so that nothing else is published where the redirect must
/// answer. It gives way to every other claim: an old address only keeps a link working, a page is the site itself.
/// </summary>
public sealed record OldAddressClaim(Document Owner, OldAddress Alias) : ClaimSource(PagesMessages.Document(Owner.AddressAt.File), Alias.At)
{
    public override bool GivesWay => true;

    public override Message Remedy => RedirectsMessages.RemoveOrCorrectOldAddress;

    public override Message Collision(string address, ClaimSource other) => other switch
    {
        DocumentClaim claim when ReferenceEquals(claim.Document, Owner) => RedirectsMessages.AliasIsOwnAddress(Alias.Path),
        OldAddressClaim claim when ReferenceEquals(claim.Owner, Owner) => RedirectsMessages.AliasListedTwice(Alias.Path),
        _ => RedirectsMessages.AliasTaken(Alias.Path, other.Description),
    };
}
