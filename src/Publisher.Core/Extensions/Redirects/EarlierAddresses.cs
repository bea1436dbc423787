using Publisher.Core.Diagnostics;
using Publisher.Core.Model;
using Publisher.Core.Pages;

namespace Publisher.Core.Extensions.Redirects;

/// <summary>An address a published document had before its title, date, region, group or slug was changed.</summary>
public sealed record EarlierAddress(Document Document, string Url);

/// <summary>
/// Knows addresses documents had before, which no editor lists in <c>aliases</c> (a feature that reads the version
/// history of the input, say). <see cref="RedirectsExtension"/> redirects each of them where the site publishes nothing else.
/// </summary>
public interface IEarlierAddressSource
{
    IEnumerable<EarlierAddress> EarlierAddresses(SiteModel site);
}

/// <summary>
/// The claim of an address a document had before: optional, so the current site always wins over it, silently: a page,
/// a file, an alias or another document's address there keeps it, and the redirect is left out.
/// </summary>
public sealed record EarlierAddressClaim(Document Owner, string Url) : ClaimSource(PagesMessages.Document(Owner.AddressAt.File), Owner.AddressAt)
{
    public override bool GivesWay => true;

    public override bool IsOptional => true;

    // Never reported: it gives way to every other claim.
    public override Message Remedy => Message.Empty;
}
