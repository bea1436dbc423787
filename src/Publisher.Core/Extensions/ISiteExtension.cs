using Publisher.Core.Model;
using Publisher.Core.Pages;
using Publisher.Core.Theming;

namespace Publisher.Core.Extensions;

/// <summary>A file an extension writes as it is (not through a layout): feeds, data files, redirect rules.</summary>
/// <param name="Description">How messages name the file when something else claims its address, e.g. "the open data file".</param>
/// <param name="Write">Writes the file's content to a stream, so that a large file is never held in memory whole.</param>
public sealed record OutputFile(string Path, string Description, Action<Stream> Write)
{
    /// <summary>A small file whose text is known at once.</summary>
    public static OutputFile OfText(string path, string description, string text) =>
        new(path, description, stream => stream.Write(System.Text.Encoding.UTF8.GetBytes(text)));
}

/// <summary>An address an extension answers without a file of its own, such as a redirect rule's old address.</summary>
public sealed record ClaimedAddress(string Url, ClaimSource Source);

/// <summary>
/// A self-contained feature that adds pages and files to the site from the model. The build asks every
/// registered extension once, after the model is built; the extension never changes the model.
/// </summary>
public interface ISiteExtension
{
    /// <summary>The layouts of this extension's pages and the texts its code reads; checked when the theme loads.</summary>
    ThemeNeeds ThemeNeeds { get; }

    IEnumerable<Page> Pages(SiteModel site, UiTexts texts);

    IEnumerable<OutputFile> Files(SiteModel site);

    /// <summary>Addresses the extension answers without a page or file, claimed so that nothing else is published there.</summary>
    IEnumerable<ClaimedAddress> Addresses(SiteModel site);
}
