using Publisher.Core.Diagnostics;

namespace Publisher.Core.Extensions.Redirects;

/// <summary>What <see cref="RedirectsExtension"/> says of old addresses, in both languages.</summary>
public static class RedirectsMessages
{
    public static Message RedirectPages { get; } = new("the pages that redirect old addresses", "stránky přesměrování ze starých adres");

    public static Message RedirectRules { get; } = new("the redirect rules", "soubor s pravidly přesměrování");

    public static Message RemoveOrCorrectOldAddress { get; } = new(
        "remove this old address or correct it",
        "odstraňte tuto starou adresu, nebo ji opravte");

    public static Message AliasIsOwnAddress(string alias) => new(
        $"'aliases': {alias} is this document's own address",
        $"'aliases': {alias} je vlastní adresa tohoto dokumentu");

    public static Message AliasListedTwice(string alias) => new(
        $"'aliases': {alias} is listed more than once",
        $"'aliases': adresa {alias} je uvedena vícekrát");

    /// <param name="owner">The claim that publishes there (<see cref="Pages.ClaimSource.Description"/>).</param>
    public static Message AliasTaken(string alias, Message owner) => new(
        $"'aliases': {alias} is already the address of {owner.English}",
        $"'aliases': adresu {alias} už má {owner.Czech}");

    public static Message NotAPath(string alias) => new(
        $"'aliases': '{alias}' is not a path on this site; write it like /stare-zapisy/2020/zapis/",
        $"'aliases': '{alias}' není cesta na tomto webu; napište ji jako /stare-zapisy/2020/zapis/");

    /// <summary>A line of the build's summary: a document's earlier address now redirects to it.</summary>
    public static Message EarlierAddressRedirects(string file, string earlierAddress, string address) => new(
        $"{file}: the earlier address {earlierAddress} redirects to {address}",
        $"{file}: dřívější adresa {earlierAddress} přesměrovává na {address}");

    /// <param name="earlierAddresses">The addresses, separated by commas.</param>
    public static Message EarlierAddressesRedirect(string file, string earlierAddresses, string address) => new(
        $"{file}: the earlier addresses {earlierAddresses} redirect to {address}",
        $"{file}: dřívější adresy {earlierAddresses} přesměrovávají na {address}");
}
