using Publisher.Core.Diagnostics;

namespace Publisher.Core.Render;

/// <summary>What rendering the site says: links that lead nowhere, templates that fail on a page.</summary>
public static class RenderMessages
{
    public static Message EmptyLink { get; } = new("a link with an empty address", "odkaz s prázdnou adresou");

    public static Message UnreadableLinkAddress(string target) => new(
        $"the link address '{target}' cannot be read as an address on this site; correct it",
        $"adresu odkazu '{target}' nelze přečíst jako adresu na tomto webu; opravte ji");

    /// <param name="suggestion">What was most likely meant, e.g. <see cref="DidYouMean"/>, or <see cref="Message.Empty"/>.</param>
    public static Message BrokenLink(string target, string path, Message suggestion) =>
        new Message($"broken link '{target}' (nothing is published at {path})", $"nefunkční odkaz '{target}' (na adrese {path} se nic nezveřejňuje)") + suggestion;

    public static Message DidYouMean(string address) => new($"; did you mean {address}?", $"; měli jste na mysli {address}?");

    public static Message DidYouMeanDocument(string address) => new(
        $"; did you mean {address}? (a link to a document's .md file is written relative to this document's file)",
        $"; měli jste na mysli {address}? (odkaz na soubor .md dokumentu se píše relativně k souboru tohoto dokumentu)");

    public static Message BrokenAnchor(string target, string path, string id) => new(
        $"broken anchor '{target}' (page {path} has no element with id '{id}')",
        $"nefunkční kotva '{target}' (stránka {path} nemá žádný prvek s id '{id}')");

    /// <param name="error">Why the template stopped.</param>
    public static Message TemplateError(string url, Message error) =>
        new Message($"template error while rendering {url}: ", $"chyba šablony při vytváření stránky {url}: ") + error;

    /// <param name="scribanText">Scriban's own description of the error, quoted as it is.</param>
    public static Message TemplateError(string url, string scribanText) => new(
        $"template error while rendering {url}: {scribanText}",
        $"chyba šablony při vytváření stránky {url}: {scribanText}");
}
