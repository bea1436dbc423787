using System.Text.RegularExpressions;

namespace Publisher.Core.Authoring.Import;

/// <summary>The words with which minutes introduce their fields: "Přítomni:", "Program:", "Zapsal:", "Místo konání:" …</summary>
internal static partial class MinutesLabels
{
    /// <summary>Whether a line starts a field of its own, which ends a list of names or agenda items before it.</summary>
    public static bool StartsField(string text) =>
        Attendees().IsMatch(text) || Agenda().IsMatch(text) || Author().IsMatch(text) || NextMeeting().IsMatch(text) || Place().IsMatch(text);

    [GeneratedRegex(@"^(?<label>(?i:přítomn[iíaoy]|přítomen|nepřítomn[iíaoy]|nepřítomen|omluven[iíaoy]?|hosté|host))\s*(?:$|:\s*(?<value>.*)$)")]
    public static partial Regex Attendees();

    [GeneratedRegex(@"^(?i:program(?:\s+(?:jednání|setkání|schůzky|schůze))?|témata(?:\s+(?:setkání|jednání))?|body\s+jednání)\s*(?:$|:\s*(?<value>.*)$)")]
    public static partial Regex Agenda();

    [GeneratedRegex(@"^(?i:zapsal|zapsala|zapsal/a|zapsal\(a\)|zpracoval|zpracovala|zpracoval/a|zpracoval\(a\)|zapisovatel|zapisovatelka|zápis\s+(?:vyhotovil|vyhotovila|zpracoval|zpracovala|pořídil|pořídila))\s*(?:$|:\s*(?<value>.*)$|\s(?<value>\p{Lu}.*)$)")]
    public static partial Regex Author();

    [GeneratedRegex(@"^(?i:(?:příští|další)\s+(?:jednání|schůzka|schůzky|schůze|setkání)|termín\s+(?:příštího|dalšího)\s+(?:jednání|setkání|schůze|schůzky))\b(?<value>.*)$")]
    public static partial Regex NextMeeting();

    /// <summary>"Místo konání: …", or "Místo Městský úřad" as a two-column table reads without its column.</summary>
    [GeneratedRegex(@"^(?i:místo(?:\s+(?:konání|jednání|setkání))?)(?:\s*[:|]\s*|\s+(?=\p{Lu}))(?<value>.+)$")]
    public static partial Regex Place();

    [GeneratedRegex(@"^(?i:datum|termín\s+konání|konáno|konané)")]
    public static partial Regex Date();

    /// <summary>"Čas: 14:00", "Začátek jednání: 9 hod."</summary>
    [GeneratedRegex(@"^(?i:čas|začátek)(?:\s+(?i:konání|jednání))?\s*:")]
    public static partial Regex Time();

    /// <summary>"… přivítala přítomné v prostorách Mateřského centra Sedmikráska v kreativní dílně."</summary>
    [GeneratedRegex(@"\b(?i:v\s+prostorách|v\s+prostorech)\s+(?<value>[^.;]+)")]
    public static partial Regex PlaceInSentence();

    /// <summary>"Termín – 12. dubna 2018 v 15:00 hod": a meeting's date announced in a sentence of its own.</summary>
    [GeneratedRegex(@"(?:^|[.!?]\s+)(?i:termín)\s*[–:-]\s*")]
    public static partial Regex AnnouncedDate();

    /// <summary>What follows a date and its time when a place comes next: "17. únor 2020, 14:00 hod, – MML".</summary>
    [GeneratedRegex(@"^[\s,.]*(?:(?i:hod(?:in)?)\.?[\s,.]*)?[–-]\s*(?<value>.+)$")]
    public static partial Regex PlaceAfterDate();
}
