using System.Globalization;
using System.Text;
using System.Xml;
using Publisher.Core.Model;
using Publisher.Core.Theming;

namespace Publisher.Core.Extensions.Feeds;

/// <summary>
/// Writes an <see cref="AtomFeed"/> as Atom 1.0 (RFC 4287), element by element to the stream, UTF-8. Every value is
/// written as XML text by <see cref="XmlWriter"/>, so no title or summary can add markup to the feed.
/// </summary>
public static class AtomWriter
{
    private const string Atom = "http://www.w3.org/2005/Atom";

    /// <summary>What an empty feed says it was last updated: nothing was ever published in it.</summary>
    private static readonly DateTimeOffset NeverUpdated = DateTimeOffset.UnixEpoch;

    private static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
        CloseOutput = false,
    };

    /// <summary>The texts of the entries' categories, which are the documents' types.</summary>
    public static IReadOnlyList<string> TextKeys { get; } = DocumentTypes.All.Select(TypeLabel).ToList();

    public static void Write(Stream stream, AtomFeed feed, SiteSettings site, UiTexts texts)
    {
        using (var xml = XmlWriter.Create(stream, Settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", Atom);
            xml.WriteAttributeString("xml", "lang", null, Valid(site.Language));
            xml.WriteElementString("id", Atom, site.Absolute(feed.PageUrl));
            WriteText(xml, "title", feed.Title);
            // A feed was last updated when its newest entry was.
            xml.WriteElementString("updated", Atom, Timestamp(feed.Entries.Count > 0 ? CzechMidnight.Of(feed.Entries[0].Date) : NeverUpdated));
            WriteLink(xml, "self", "application/atom+xml", site.Absolute(feed.Url));
            WriteLink(xml, "alternate", "text/html", site.Absolute(feed.PageUrl));
            // Atom wants an author for every entry: the site stands for those whose minutes name no one.
            WriteAuthor(xml, site.Title, site.Absolute(UrlScheme.Home));
            foreach (var document in feed.Entries)
                WriteEntry(xml, document, site, texts);
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }
        stream.WriteByte((byte)'\n');
    }

    private static void WriteEntry(XmlWriter xml, Document document, SiteSettings site, UiTexts texts)
    {
        var url = site.Absolute(document.Url);
        xml.WriteStartElement("entry", Atom);
        // The page's address is the entry's id: addresses are made from stable data and kept by old-address redirects.
        xml.WriteElementString("id", Atom, url);
        WriteText(xml, "title", document.Title);
        WriteLink(xml, "alternate", "text/html", url);
        xml.WriteElementString("updated", Atom, Timestamp(CzechMidnight.Of(document.Date)));
        if (document.Author is { } author) WriteAuthor(xml, author, uri: null);
        xml.WriteStartElement("category", Atom);
        xml.WriteAttributeString("term", document.TypeKey);
        xml.WriteAttributeString("label", Valid(texts.Get(TypeLabel(DocumentTypes.Of(document.Type)))));
        xml.WriteEndElement();
        if (document.Summary.Length > 0) WriteText(xml, "summary", document.Summary);
        xml.WriteEndElement();
    }

    private static string TypeLabel(DocumentTypeFacts type) => $"types.{type.Key}.label";

    private static void WriteText(XmlWriter xml, string name, string text)
    {
        xml.WriteStartElement(name, Atom);
        xml.WriteAttributeString("type", "text");
        xml.WriteString(Valid(text));
        xml.WriteEndElement();
    }

    private static void WriteLink(XmlWriter xml, string rel, string type, string href)
    {
        xml.WriteStartElement("link", Atom);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    private static void WriteAuthor(XmlWriter xml, string name, string? uri)
    {
        xml.WriteStartElement("author", Atom);
        xml.WriteElementString("name", Atom, Valid(name));
        if (uri is not null) xml.WriteElementString("uri", Atom, uri);
        xml.WriteEndElement();
    }

    /// <summary>RFC 3339, as Atom dates are: "2020-06-10T00:00:00+02:00".</summary>
    private static string Timestamp(DateTimeOffset moment) => moment.ToString("yyyy-MM-dd'T'HH':'mm':'sszzz", CultureInfo.InvariantCulture);

    /// <summary>
    /// The text without the characters XML 1.0 cannot hold. Validation already removes control characters from the
    /// front matter; this keeps a value that still has one from stopping the build or breaking the feed.
    /// </summary>
    private static string Valid(string text)
    {
        var first = FirstInvalid(text);
        if (first < 0) return text;
        var valid = new StringBuilder(text.Length).Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                valid.Append(c).Append(text[++i]);
            else if (XmlConvert.IsXmlChar(c))
                valid.Append(c);
        }
        return valid.ToString();
    }

    private static int FirstInvalid(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
            else if (!XmlConvert.IsXmlChar(text[i])) return i;
        }
        return -1;
    }
}
