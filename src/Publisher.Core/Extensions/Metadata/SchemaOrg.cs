using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Publisher.Core.Model;
using Publisher.Core.Render;

namespace Publisher.Core.Extensions.Metadata;

/// <summary>
/// A document in the schema.org vocabulary: minutes as a <c>DigitalDocument</c> about the meeting, an <c>Event</c> with
/// its start and place; a plan as a <c>DigitalDocument</c>; news as a <c>NewsArticle</c>. The publisher is the region
/// whose planning the document belongs to, the author whoever wrote it when the document says so.
/// </summary>
public static class SchemaOrg
{
    // Czech letters stay readable; '<', '>', '&' and quotes are escaped (\u003C …) as the encoder does for HTML.
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    // Every document's page describes it. After Options, whose value it takes when the class is initialised.
    private static readonly ThreadJsonWriter Writer = new(Options);

    public static string Describe(Document document, SiteSettings settings) =>
        Encoding.UTF8.GetString(Writer.Write((document, settings), static (json, described) => Write(json, described.document, described.settings)).Span);

    private static void Write(Utf8JsonWriter json, Document document, SiteSettings settings)
    {
        var url = settings.Absolute(document.Url);
        json.WriteStartObject();
        json.WriteString("@context", "https://schema.org");
        json.WriteString("@type", document.Type == DocumentType.News ? "NewsArticle" : "DigitalDocument");
        json.WriteString("@id", url);
        json.WriteString("url", url);
        json.WriteString("name", document.Title);
        if (document.Type == DocumentType.News) json.WriteString("headline", document.Title);
        json.WriteString("inLanguage", settings.Language);
        json.WriteString("datePublished", IsoText.Date(document.Date));
        if (document.Summary.Length > 0) json.WriteString("description", document.Summary);
        if (document.Author is { } author)
        {
            json.WriteStartObject("author");
            json.WriteString("@type", "Person");
            json.WriteString("name", author);
            json.WriteEndObject();
        }
        json.WritePropertyName("publisher");
        WriteOrganization(json, document.Region.Name, settings.Absolute(document.Region.Url));
        if (document.Tags.Count > 0)
        {
            json.WriteStartArray("keywords");
            foreach (var tag in document.Tags) json.WriteStringValue(tag.Name);
            json.WriteEndArray();
        }
        if (document.Type == DocumentType.Minutes) WriteMeeting(json, document, settings);
        json.WriteStartObject("isPartOf");
        json.WriteString("@type", "WebSite");
        json.WriteString("name", settings.Title);
        json.WriteString("url", settings.BaseUrl);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>The meeting the minutes record: when it started (with its time when known), where, and which group met.</summary>
    private static void WriteMeeting(Utf8JsonWriter json, Document document, SiteSettings settings)
    {
        json.WriteStartObject("about");
        json.WriteString("@type", "Event");
        json.WriteString("name", document.Group?.Name ?? document.Title);
        json.WriteString("startDate", document.Time is { } time ? $"{IsoText.Date(document.Date)}T{IsoText.Time(time)}" : IsoText.Date(document.Date));
        if (document.Place is { } place)
        {
            json.WriteStartObject("location");
            json.WriteString("@type", "Place");
            json.WriteString("name", place);
            json.WriteEndObject();
        }
        json.WritePropertyName("organizer");
        if (document.Group is { } group)
            WriteOrganization(json, group.Name, settings.Absolute(group.Url));
        else
            WriteOrganization(json, document.Region.Name, settings.Absolute(document.Region.Url));
        json.WriteEndObject();
    }

    private static void WriteOrganization(Utf8JsonWriter json, string name, string url)
    {
        json.WriteStartObject();
        json.WriteString("@type", "Organization");
        json.WriteString("name", name);
        json.WriteString("url", url);
        json.WriteEndObject();
    }
}
