using System.ComponentModel;
using Publisher.Core.Model;

namespace Publisher.Core.Extensions.OpenData;

// One document as the open data publishes it. The descriptions are part of the published data (the JSON Schema and
// the open data page show them), so they are written once, here, beside the fields they describe.

public sealed record AttendeesEntry(
    [property: Description("Co se o účastnících zveřejňuje: names (jména), organisations (jen organizace, které zastupovali) nebo counts (jen počty).")] string Shown,
    [property: Description("Přítomní (podle údaje shown jména, organizace, nebo nic).")] IReadOnlyList<string> Present,
    [property: Description("Omluvení.")] IReadOnlyList<string> Excused,
    [property: Description("Nepřítomní.")] IReadOnlyList<string> Absent,
    [property: Description("Hosté.")] IReadOnlyList<string> Guests,
    [property: Description("Počet přítomných.")] int PresentCount,
    [property: Description("Počet omluvených.")] int ExcusedCount,
    [property: Description("Počet nepřítomných.")] int AbsentCount,
    [property: Description("Počet hostů.")] int GuestsCount)
{
    public static AttendeesEntry Of(Attendees attendees) => new(attendees.Shown, attendees.Present, attendees.Excused, attendees.Absent, attendees.Guests,
        attendees.Counts.Present, attendees.Counts.Excused, attendees.Counts.Absent, attendees.Counts.Guests);
}

public sealed record TaskEntry(
    [property: Description("Úkol.")] string Task,
    [property: Description("Kdo za úkol odpovídá.")] string? Owner,
    [property: Description("Termín splnění, RRRR-MM-DD.")] string? Due);

public sealed record DocumentEntry(
    [property: Description("Adresa stránky dokumentu na tomto webu.")] string Url,
    [property: Description("Úplná adresa stránky dokumentu.")] string AbsoluteUrl,
    [property: Description("Cesta k souboru Markdown, ze kterého je stránka vytvořena, vůči složce input.")] string Source,
    [property: Description("Název dokumentu.")] string Title,
    [property: Description("Druh dokumentu: minutes (zápis z jednání), plan (plán) nebo news (aktualita).")] string Type,
    [property: Description("Datum jednání, zveřejnění nebo schválení plánu, RRRR-MM-DD.")] string Date,
    [property: Description("Čas začátku jednání, HH:MM.")] string? Time,
    [property: Description("Označení regionu.")] string Region,
    [property: Description("Název regionu.")] string RegionName,
    [property: Description("Označení pracovní skupiny.")] string? Group,
    [property: Description("Název pracovní skupiny.")] string? GroupName,
    [property: Description("Místo jednání.")] string? Place,
    [property: Description("Kdo dokument zapsal nebo zpracoval.")] string? Author,
    [property: Description("Účastníci jednání podle účasti.")] AttendeesEntry? Attendees,
    [property: Description("Body programu jednání.")] IReadOnlyList<string>? Agenda,
    [property: Description("Úkoly z jednání.")] IReadOnlyList<TaskEntry>? Tasks,
    [property: Description("Ohlášené další jednání, RRRR-MM-DD nebo RRRR-MM-DD HH:MM.")] string? NextMeeting,
    [property: Description("Témata dokumentu.")] IReadOnlyList<string> Tags)
{
    /// <summary>The last field of every entry, after the features' facts: it reads best last.</summary>
    public const string SummaryName = "summary";

    public const string SummaryDescription = "Shrnutí dokumentu: odstavec od autora, nebo začátek textu.";

    public static DocumentEntry Of(SiteModel site, Document d) => new(
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
        Attendees: d.Attendees.IsEmpty ? null : AttendeesEntry.Of(d.Attendees),
        Agenda: d.Agenda.Count == 0 ? null : d.Agenda,
        Tasks: d.Tasks.Count == 0 ? null : d.Tasks.Select(t => new TaskEntry(t.Task, t.Owner, t.Due is { } due ? IsoText.Date(due) : null)).ToList(),
        NextMeeting: d.NextMeeting is null ? null : IsoText.Meeting(d.NextMeeting, " "),
        Tags: d.Tags.Select(t => t.Name).ToList());
}
