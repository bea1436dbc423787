using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Publisher.Core.Model;

namespace Publisher.Core.Extensions.OpenData;

/// <summary>
/// <c>/data/documents.json</c>: the metadata of every published document as open data, each entry with its
/// page <c>url</c> and the <c>source</c> Markdown file it was built from, and the facts other features publish about it.
/// </summary>
/// <param name="features">The features whose <see cref="SiteExtension.DocumentFacts"/> each entry includes.</param>
public sealed class DocumentsJsonExtension(IReadOnlyList<SiteExtension> features) : SiteExtension
{
    public const string FilePath = "data/documents.json";

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
        // Czech letters stay readable; characters that matter in HTML and JavaScript are still escaped.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public override string Name => "open_data";

    public override IEnumerable<OutputFile> Files(SiteModel site)
    {
        yield return new OutputFile(FilePath, "the open data file", stream => Write(site, stream));
    }

    /// <summary>Writes the entries one by one: on a national archive the file has hundreds of megabytes.</summary>
    private void Write(SiteModel site, Stream stream)
    {
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = Json.Encoder }))
        {
            json.WriteStartObject();
            json.WriteStartArray("documents");
            foreach (var document in site.Documents)
                WriteEntry(json, site, document);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        stream.WriteByte((byte)'\n');
    }

    /// <summary>The core's facts, then each feature's, then the summary, which reads best last.</summary>
    private void WriteEntry(Utf8JsonWriter json, SiteModel site, Document document)
    {
        json.WriteStartObject();
        foreach (var property in JsonSerializer.SerializeToElement(Entry(site, document), Json).EnumerateObject())
            property.WriteTo(json);
        foreach (var (name, value) in features.SelectMany(f => f.DocumentFacts(document)))
        {
            json.WritePropertyName(name);
            JsonSerializer.Serialize(json, value, value.GetType(), Json);
        }
        json.WriteString("summary", document.Summary);
        json.WriteEndObject();
    }

    private static DocumentEntry Entry(SiteModel site, Document d) => new(
        Url: d.Url,
        AbsoluteUrl: site.Settings.Absolute(d.Url),
        Source: d.Source,
        Title: d.Title,
        Type: d.TypeKey,
        Date: IsoText.Date(d.Date),
        Time: d.Time is { } time ? IsoText.Time(time) : null,
        Region: d.Region.Id,
        RegionName: d.Region.Name,
        Group: d.Group?.Id,
        GroupName: d.Group?.Name,
        Place: d.Place,
        Author: d.Author,
        Attendees: d.Attendees.IsEmpty ? null : new AttendeesEntry(d.Attendees.Present, d.Attendees.Excused, d.Attendees.Absent, d.Attendees.Guests),
        Agenda: d.Agenda.Count == 0 ? null : d.Agenda,
        Tasks: d.Tasks.Count == 0 ? null : d.Tasks.Select(t => new TaskEntry(t.Task, t.Owner, t.Due is { } due ? IsoText.Date(due) : null)).ToList(),
        NextMeeting: d.NextMeeting is null ? null : IsoText.Meeting(d.NextMeeting, " "),
        Tags: d.Tags.Select(t => t.Name).ToList());

    private sealed record AttendeesEntry(IReadOnlyList<string> Present, IReadOnlyList<string> Excused, IReadOnlyList<string> Absent, IReadOnlyList<string> Guests);

    private sealed record TaskEntry(string Task, string? Owner, string? Due);

    private sealed record DocumentEntry(
        string Url, string AbsoluteUrl, string Source, string Title, string Type, string Date, string? Time,
        string Region, string RegionName, string? Group, string? GroupName, string? Place, string? Author,
        AttendeesEntry? Attendees, IReadOnlyList<string>? Agenda, IReadOnlyList<TaskEntry>? Tasks, string? NextMeeting,
        IReadOnlyList<string> Tags);
}
