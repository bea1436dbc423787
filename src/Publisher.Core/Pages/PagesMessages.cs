using Publisher.Core.Diagnostics;

namespace Publisher.Core.Pages;

/// <summary>
/// What the plan of the site says when two claims want one output file. The claims' descriptions ("input/a.md", "the
/// open data file") are quoted as the claims give them.
/// </summary>
public static class PagesMessages
{
    /// <param name="fix">What to change, e.g. <see cref="GiveTheRegionAnotherId"/>.</param>
    public static Message AlsoClaimedBy(string address, string other, Message fix) =>
        new Message($"the address {address} is also claimed by {other}; ", $"adresu {address} si nárokuje také {other}; ") + fix;

    public static Message DocumentAtAddressOf(string address, string other, Message fix) =>
        new Message($"this document publishes to the address {address} of {other}; ", $"tento dokument se zveřejňuje na adrese {address}, kterou má {other}; ") + fix;

    public static Message DocumentAtSameAddressAs(string address, string other, Message fix) =>
        new Message($"this document publishes to the same address {address} as {other}; ", $"tento dokument se zveřejňuje na stejné adrese {address} jako {other}; ") + fix;

    /// <param name="folder">The folder's address, e.g. <c>/hledat/index/</c>.</param>
    public static Message AddressInsideFolder(string address, string folder, string folderOwner, Message fix) =>
        new Message($"the address {address} lies inside {folder}, which is {folderOwner}; ", $"adresa {address} leží uvnitř {folder}, což je {folderOwner}; ") + fix;

    public static Message AddressBelowFile(string address, string fileAddress, string fileOwner, Message fix) =>
        new Message($"the address {address} lies below {fileAddress}, which is {fileOwner}; ", $"adresa {address} leží pod {fileAddress}, což je {fileOwner}; ") + fix;

    public static Message FileNeededAsFolder(string fileAddress, string other, Message fix) =>
        new Message($"the address {fileAddress} is a file, but {other} needs it as a folder; ", $"adresa {fileAddress} je soubor, ale {other} ji potřebuje jako složku; ") + fix;

    public static Message ChangeTitleDateOrSlug { get; } = new(
        "change its title or date, or give it its own 'slug:'",
        "změňte jeho název nebo datum, nebo mu dejte vlastní 'slug:'");

    public static Message GiveOneAnotherSlug { get; } = new(
        "give one of them another 'slug:'",
        "dejte jednomu z nich jiný 'slug:'");

    public static Message TitlesCutForAddresses(int maxLength, string slug) => new(
        $"addresses use only the first {maxLength} characters of the title, so give one of them its own 'slug:' (e.g. slug: {slug})",
        $"adresy používají jen prvních {maxLength} znaků názvu, proto dejte jednomu z nich vlastní 'slug:' (např. slug: {slug})");

    public static Message ChangeTitleOrDateOfOne { get; } = new(
        "change the title or the date of one of them",
        "změňte název nebo datum jednoho z nich");

    public static Message GiveTheRegionAnotherId { get; } = new(
        "give the region another id in regions.yml",
        "dejte regionu v regions.yml jiné id");

    /// <summary>
    /// A claim's text that its feature gives in English only (<see cref="ClaimSource.Fix"/>, <see cref="ClaimSource.SameAddress"/>),
    /// shown as it is in both languages until the feature gives a message of its own.
    /// </summary>
    internal static Message AsGivenByTheFeature(string text) => Message.Verbatim(text);
}
