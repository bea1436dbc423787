using System.Text;
using Publisher.Core.Diagnostics;
using Publisher.Core.Extensions;
using Publisher.Core.Load;
using Publisher.Core.Model;
using Publisher.Core.Validate;

namespace Publisher.Core.Authoring;

/// <summary>What <see cref="NewMinutes.Create"/> is asked for: the working group, and the day when not the announced one.</summary>
public sealed record NewMinutesRequest(string RegionId, string GroupId, DateOnly? Date);

/// <summary>The file created, as the input folder's display names it, and where its date, time and place came from.</summary>
public sealed record NewMinutesResult(string DisplayPath, Message Origin);

/// <summary>Why no file was created: one line that says what to do.</summary>
public sealed class NewMinutesRefusedException(Message text) : Exception(text.English), IExplainedException
{
    public Message Text { get; } = text;
}

/// <summary>
/// Starts the minutes of a working group's meeting: a file at the conventional path
/// (<c>documents/REGION/YYYY/YYYY-MM-DD-GROUP.md</c>) with the front matter filled in and the usual sections to fill.
/// The date, time and place come from the group's latest minutes when they announced the next meeting. The file is a
/// draft, so nothing half-written is published, and an existing file is never replaced.
/// </summary>
public static class NewMinutes
{
    public static NewMinutesResult Create(string inputDirectory, string displayRoot, NewMinutesRequest request, DateOnly today)
    {
        var loader = new ContentLoader(inputDirectory, displayRoot);
        var content = SiteContent.Read(loader, StandardExtensions.Create(), new DiagnosticBag())
            ?? throw new NewMinutesRefusedException(NewMinutesMessages.RegionsUnreadable($"{displayRoot}/{ContentLoader.RegionsFileName}"));
        var region = content.Regions.Find(request.RegionId)
            ?? throw new NewMinutesRefusedException(NewMinutesMessages.UnknownRegion(
                request.RegionId, ClosestMatch.Hint(request.RegionId, content.Regions.Regions.Select(r => r.Id)), ContentLoader.RegionsFileName));
        var group = region.FindGroup(request.GroupId)
            ?? throw new NewMinutesRefusedException(NewMinutesMessages.UnknownGroup(
                region.Id, request.GroupId, ClosestMatch.Hint(request.GroupId, region.Groups.Select(g => g.Id)), ContentLoader.RegionsFileName));

        var previous = content.Published
            .Where(d => d.Type == DocumentType.Minutes && d.Region.Id == region.Id && d.Group?.Id == group.Id)
            .OrderBy(d => d.Date).ThenBy(d => d.Source, StringComparer.Ordinal).LastOrDefault();
        var announced = previous?.NextMeeting is { } next && next.Date > previous.Date ? next : null;
        var date = request.Date ?? announced?.Date ?? today;
        var time = announced is not null && announced.Date == date ? announced.Time : null;
        var origin = previous is null
            ? NewMinutesMessages.FirstMinutesOfGroup
            : announced is not null && announced.Date == date
                ? NewMinutesMessages.AsAnnounced(IsoText.Date(previous.Date), withTime: time is not null)
                : NewMinutesMessages.PlaceAsBefore(IsoText.Date(previous.Date));

        var relativeFolder = MinutesLocation.Folder(region.Id, date);
        var name = MinutesLocation.FileName(date, group.Id);
        var folder = MinutesLocation.Inside(inputDirectory, relativeFolder)
            ?? throw new NewMinutesRefusedException(NewMinutesMessages.FolderLeadsOutside($"{displayRoot}/{relativeFolder}"));
        Directory.CreateDirectory(folder);
        var display = $"{displayRoot}/{relativeFolder}/{name}";
        try
        {
            using var file = new FileStream(Path.Combine(folder, name), FileMode.CreateNew, FileAccess.Write);
            file.Write(Encoding.UTF8.GetBytes(Text(region, group, date, time, previous?.Place)));
        }
        catch (IOException) when (File.Exists(Path.Combine(folder, name)) || Directory.Exists(Path.Combine(folder, name)))
        {
            throw new NewMinutesRefusedException(NewMinutesMessages.AlreadyExists(display));
        }
        return new NewMinutesResult(display, origin);
    }

    /// <summary>The file's text: front matter with Czech notes on what to fill in, then the body's sections.</summary>
    private static string Text(Region region, WorkingGroup group, DateOnly date, TimeOnly? time, string? place)
    {
        var text = new StringBuilder();
        text.Append("---\n");
        text.Append("# Nový zápis: doplňte údaje a text. Až bude hotový, smažte řádek „draft: true“, jinak se nezveřejní.\n");
        text.Append($"title: {Quoted(MinutesLocation.DefaultTitle(group))}\n");
        text.Append("type: minutes\n");
        text.Append($"date: {IsoText.Date(date)}\n");
        text.Append(time is { } t ? $"time: \"{t:HH\\:mm}\"\n" : "# time: \"14:00\"\n");
        text.Append($"region: {region.Id}\n");
        text.Append($"group: {group.Id}\n");
        text.Append(place is null ? "# place: \"Místo jednání\"\n" : $"place: {Quoted(place)}\n");
        text.Append("draft: true\n");
        text.Append("# Přítomni, omluveni, nepřítomni a hosté, jedno jméno na řádek (smažte # na začátku řádků):\n");
        text.Append("# attendees:\n#   present:\n#     - Jméno Příjmení\n#   excused:\n#     - Jméno Příjmení\n#   guests:\n#     - Jméno Příjmení – organizace\n");
        text.Append("# Program, jeden bod na řádek:\n# agenda:\n#   - Úvod\n");
        // The examples' dates are four weeks on, as a next meeting often is.
        var later = IsoText.Date(date.AddDays(28));
        text.Append($"# Úkoly: co, kdo a do kdy:\n# tasks:\n#   - task: Co se má udělat\n#     owner: Jméno Příjmení\n#     due: {later}\n");
        text.Append($"# Další schůzka (datum a čas):\n# next_meeting: \"{later} 14:00\"\n");
        text.Append("# Zapsal/a:\n# author: Jméno Příjmení\n");
        text.Append("---\n");
        text.Append("## Průběh jednání\n\n");
        text.Append("Text zápisu: co se projednalo a na čem se skupina shodla.\n");
        return text.ToString();
    }

    private static string Quoted(string value) =>
        "\"" + value.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
}
