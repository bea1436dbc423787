using Publisher.Core.Diagnostics;
using Publisher.Core.Model;

namespace Publisher.Core.Pages;

/// <summary>A document's claim on its page, made where its address is decided (its 'slug:', else its title).</summary>
public sealed record DocumentClaim(Document Document) : ClaimSource(PagesMessages.Document(Document.AddressAt.File), Document.AddressAt)
{
    public override Message Remedy => PagesMessages.ChangeTitleDateOrSlug;

    /// <summary>
    /// Two documents on one address: titles that differ only after the first <see cref="Slug.MaxLength"/> characters of
    /// their addresses cannot be told apart by changing them a little, so then a 'slug:' is offered.
    /// </summary>
    public override Message Collision(string address, ClaimSource other)
    {
        if (other is not DocumentClaim { Document: var otherDocument })
            return PagesMessages.DocumentAtAddressOf(address, other.Description, Remedy);
        var fix = Document.HasOwnSlug || otherDocument.HasOwnSlug
            ? PagesMessages.GiveOneAnotherSlug
            : Slug.IsCut(Document.Title) || Slug.IsCut(otherDocument.Title)
                ? PagesMessages.TitlesCutForAddresses(Slug.MaxLength, OwnSlug(Document, otherDocument))
                : PagesMessages.ChangeTitleOrDateOfOne;
        return PagesMessages.DocumentAtSameAddressAs(address, other.Description, fix);
    }

    /// <summary>
    /// A 'slug:' that gives <paramref name="document"/> an address of its own: the segment made from its date and title,
    /// with the title taken up to its first word that differs from <paramref name="other"/>'s, or numbered when its
    /// title has no such word within the length of an id.
    /// </summary>
    private static string OwnSlug(Document document, Document other)
    {
        var date = IsoText.Date(document.Date);
        var current = Slug.From(document.Title);
        var words = Slug.From(document.Title, int.MaxValue).Split('-');
        var otherWords = Slug.From(other.Title, int.MaxValue).Split('-');
        for (var count = 1; count <= words.Length; count++)
        {
            var longer = string.Join('-', words[..count]);
            if (date.Length + 1 + longer.Length > Slug.MaxIdLength) break;
            if (longer.Length > current.Length && words[count - 1] != otherWords.ElementAtOrDefault(count - 1))
                return $"{date}-{longer}";
        }
        return UrlScheme.DocumentSegment(document.Date, document.Title) + "-2";
    }
}
