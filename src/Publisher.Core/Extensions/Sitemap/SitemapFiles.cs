using System.Text;
using System.Xml;
using Publisher.Core.Model;

namespace Publisher.Core.Extensions.Sitemap;

/// <summary>A page as the sitemap lists it: its absolute address and, for a document's page, the document's date.</summary>
public sealed record SitemapEntry(string Url, DateOnly? LastModified);

/// <summary>
/// The files of a sitemap (sitemaps.org protocol 0.9): <c>sitemap.xml</c> listing every page while there are at most
/// <see cref="MaxUrls"/>, else a sitemap index at <c>sitemap.xml</c> pointing at <c>sitemap-1.xml</c>, <c>sitemap-2.xml</c> …
/// of at most <see cref="MaxUrls"/> addresses each, the limit of the protocol.
/// </summary>
public static class SitemapFiles
{
    public const int MaxUrls = 50_000;
    public const string IndexPath = "sitemap.xml";
    public const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private static readonly XmlWriterSettings Xml = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        NewLineChars = "\n",
    };

    /// <summary>The path of the <paramref name="number"/>th (1-based) part of a split sitemap.</summary>
    public static string PartPath(int number) => $"sitemap-{number}.xml";

    /// <param name="absolute">Makes a site path absolute, for the index's links to its parts.</param>
    public static IEnumerable<OutputFile> Of(IReadOnlyList<SitemapEntry> entries, Func<string, string> absolute)
    {
        if (entries.Count <= MaxUrls)
        {
            yield return new OutputFile(IndexPath, SitemapMessages.Sitemap, stream => WriteUrls(stream, entries));
            yield break;
        }
        var parts = entries.Chunk(MaxUrls).ToList();
        yield return new OutputFile(IndexPath, SitemapMessages.SitemapIndex, stream => WriteIndex(stream, parts, absolute));
        for (var i = 0; i < parts.Count; i++)
        {
            var part = parts[i];
            yield return new OutputFile(PartPath(i + 1), SitemapMessages.SitemapPart, stream => WriteUrls(stream, part));
        }
    }

    private static void WriteUrls(Stream stream, IReadOnlyList<SitemapEntry> entries)
    {
        using var xml = XmlWriter.Create(stream, Xml);
        xml.WriteStartDocument();
        xml.WriteStartElement("urlset", Namespace);
        foreach (var entry in entries)
        {
            xml.WriteStartElement("url", Namespace);
            xml.WriteElementString("loc", Namespace, entry.Url);
            if (entry.LastModified is { } date) xml.WriteElementString("lastmod", Namespace, IsoText.Date(date));
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteEndDocument();
        xml.Flush();
        stream.WriteByte((byte)'\n');
    }

    /// <summary>The index: each part with the latest date of its pages, when any of them has one.</summary>
    private static void WriteIndex(Stream stream, IReadOnlyList<SitemapEntry[]> parts, Func<string, string> absolute)
    {
        using var xml = XmlWriter.Create(stream, Xml);
        xml.WriteStartDocument();
        xml.WriteStartElement("sitemapindex", Namespace);
        for (var i = 0; i < parts.Count; i++)
        {
            xml.WriteStartElement("sitemap", Namespace);
            xml.WriteElementString("loc", Namespace, absolute("/" + PartPath(i + 1)));
            if (parts[i].Max(e => e.LastModified) is { } latest) xml.WriteElementString("lastmod", Namespace, IsoText.Date(latest));
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteEndDocument();
        xml.Flush();
        stream.WriteByte((byte)'\n');
    }
}
