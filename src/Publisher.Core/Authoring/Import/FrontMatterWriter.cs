using Publisher.Core.Model;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Publisher.Core.Authoring.Import;

/// <summary>The place of imported minutes on the site: their working group and date.</summary>
public sealed record MinutesPlacement(string Title, DateOnly Date, string RegionId, string GroupId);

/// <summary>
/// Writes the front matter of imported minutes with YamlDotNet's emitter: every text is in double quotes, escaped by
/// the emitter, so that a name with ": ", "#" or a leading "-" stays the text it was.
/// </summary>
public static class FrontMatterWriter
{
    public static string Write(MinutesPlacement placement, RecognisedMinutes fields)
    {
        var text = new StringWriter { NewLine = "\n" };
        var emitter = new Emitter(text, new EmitterSettings().WithBestWidth(int.MaxValue));
        emitter.Emit(new StreamStart());
        emitter.Emit(new DocumentStart(null, null, isImplicit: true));
        emitter.Emit(new MappingStart());
        Text(emitter, "title", placement.Title);
        Plain(emitter, "type", DocumentTypes.Of(DocumentType.Minutes).Key);
        Plain(emitter, "date", IsoText.Date(placement.Date));
        Plain(emitter, "region", placement.RegionId);
        Plain(emitter, "group", placement.GroupId);
        if (fields.Time is { } time) Text(emitter, "time", IsoText.Time(time));
        if (fields.Place is { } place) Text(emitter, "place", place);
        if (!fields.Attendees.IsEmpty)
        {
            Key(emitter, "attendees");
            emitter.Emit(new MappingStart());
            List(emitter, "present", fields.Attendees.Present);
            List(emitter, "excused", fields.Attendees.Excused);
            List(emitter, "absent", fields.Attendees.Absent);
            List(emitter, "guests", fields.Attendees.Guests);
            emitter.Emit(new MappingEnd());
        }
        List(emitter, "agenda", fields.Agenda);
        if (fields.NextMeeting is { } next) Text(emitter, "next_meeting", IsoText.Meeting(next, " "));
        if (fields.Author is { } author) Text(emitter, "author", author);
        emitter.Emit(new MappingEnd());
        emitter.Emit(new DocumentEnd(isImplicit: true));
        emitter.Emit(new StreamEnd());
        return "---\n" + text.ToString().Replace("\r\n", "\n") + "---\n";
    }

    private static void Key(IEmitter emitter, string key) => emitter.Emit(new Scalar(key));

    private static void Plain(IEmitter emitter, string key, string value)
    {
        Key(emitter, key);
        emitter.Emit(new Scalar(null, null, value, ScalarStyle.Plain, isPlainImplicit: true, isQuotedImplicit: false));
    }

    private static void Text(IEmitter emitter, string key, string value)
    {
        Key(emitter, key);
        Quoted(emitter, value);
    }

    private static void Quoted(IEmitter emitter, string value) =>
        emitter.Emit(new Scalar(null, null, value, ScalarStyle.DoubleQuoted, isPlainImplicit: false, isQuotedImplicit: true));

    private static void List(IEmitter emitter, string key, IReadOnlyList<string> items)
    {
        if (items.Count == 0) return;
        Key(emitter, key);
        emitter.Emit(new SequenceStart(null, null, isImplicit: true, SequenceStyle.Block));
        foreach (var item in items) Quoted(emitter, item);
        emitter.Emit(new SequenceEnd());
    }
}
