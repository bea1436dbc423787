using Publisher.Core.Diagnostics;

namespace Publisher.Core.Pages;

/// <summary>
/// What the plan of the site says when two claims want one output file, and how it names the claims and the pages of
/// the core. A claim's description is a noun phrase that each message uses as the subject or after "což je"/"jako", so
/// in Czech it is always in the nominative and in the singular ("soubor otevřených dat").
/// </summary>
public static class PagesMessages
{
    /// <param name="fix">What to change, e.g. <see cref="GiveTheRegionAnotherId"/>.</param>
    public static Message AlsoClaimedBy(string address, Message other, Message fix) =>
        new Message($"the address {address} is also claimed by {other.English}; ", $"adresu {address} si nárokuje také {other.Czech}; ") + fix;

    public static Message DocumentAtAddressOf(string address, Message other, Message fix) =>
        new Message($"this document publishes to the address {address} of {other.English}; ", $"tento dokument se zveřejňuje na adrese {address}, kterou má {other.Czech}; ") + fix;

    public static Message DocumentAtSameAddressAs(string address, Message other, Message fix) =>
        new Message($"this document publishes to the same address {address} as {other.English}; ", $"tento dokument se zveřejňuje na stejné adrese {address} jako {other.Czech}; ") + fix;

    /// <param name="folder">The folder's address, e.g. <c>/hledat/index/</c>.</param>
    public static Message AddressInsideFolder(string address, string folder, Message folderOwner, Message fix) =>
        new Message($"the address {address} lies inside {folder}, which is {folderOwner.English}; ", $"adresa {address} leží uvnitř {folder}, což je {folderOwner.Czech}; ") + fix;

    public static Message AddressBelowFile(string address, string fileAddress, Message fileOwner, Message fix) =>
        new Message($"the address {address} lies below {fileAddress}, which is {fileOwner.English}; ", $"adresa {address} leží pod {fileAddress}, což je {fileOwner.Czech}; ") + fix;

    public static Message FileNeededAsFolder(string fileAddress, Message other, Message fix) =>
        new Message($"the address {fileAddress} is a file, but {other.English} needs it as a folder; ", $"adresa {fileAddress} je soubor, ale {other.Czech} ji potřebuje jako složku; ") + fix;

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

    /// <summary>A document, named by its file: "input/a.md".</summary>
    public static Message Document(string file) => new(file, $"dokument uložený v souboru {file}");

    public static Message Region(string regionId) => new(
        $"the region '{regionId}' of regions.yml",
        $"region '{regionId}' uvedený v regions.yml");

    /// <param name="file">What the file is, without an article: "feed", "kanál novinek".</param>
    public static Message FileOfSite(Message file) => new(
        $"the site's {file.English}",
        $"{file.Czech} celého webu");

    public static Message FileOfRegion(Message file, string regionId) => new(
        $"the {file.English} of the region '{regionId}' in regions.yml",
        $"{file.Czech} regionu '{regionId}' uvedeného v regions.yml");

    public static Message FileOfGroup(Message file, string groupId, string regionId) => new(
        $"the {file.English} of the working group '{groupId}' of the region '{regionId}' in regions.yml",
        $"{file.Czech} pracovní skupiny '{groupId}' regionu '{regionId}' uvedeného v regions.yml");

    public static Message SitePage(string title) => new(
        $"the site's page '{title}'",
        $"stránka webu '{title}'");

    /// <param name="address">The asset's address: "/styles/site.css".</param>
    public static Message ThemeAsset(string address) => new(
        $"the theme's asset {address}",
        $"statický soubor motivu vzhledu {address}");

    // The pages of the core, as the message about a missing layout names them (ThemingMessages.LayoutMissing).

    public static Message HomePage { get; } = new("the home page", "úvodní stránka");

    public static Message RegionList { get; } = new("the list of regions", "seznam regionů");

    public static Message RegionPages { get; } = new("region pages", "stránky regionů");

    public static Message RegionYearPages { get; } = new("a region's pages by year", "stránky regionu podle let");

    public static Message GroupPages { get; } = new("working group pages", "stránky pracovních skupin");

    public static Message GroupYearPages { get; } = new("a working group's pages by year", "stránky pracovní skupiny podle let");

    public static Message YearList { get; } = new("the list of years", "přehled let");

    public static Message TopicList { get; } = new("the list of topics", "seznam témat");

    public static Message DocumentLists { get; } = new("the lists of documents by year, topic and type", "seznamy dokumentů podle roku, tématu a typu");

    public static Message DocumentPages { get; } = new("document pages", "stránky dokumentů");

    public static Message NotFoundPage { get; } = new("the not-found page", "chybová stránka 404 (stránka nenalezena)");

    public static Message AccessibilityStatement { get; } = new("the accessibility statement", "prohlášení o přístupnosti");
}
