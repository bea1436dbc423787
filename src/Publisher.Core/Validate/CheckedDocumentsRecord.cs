using Publisher.Core.Diagnostics;
using Publisher.Core.Extensions;
using Publisher.Core.Model;
using Publisher.Core.Records;

namespace Publisher.Core.Validate;

/// <summary>
/// The documents one build checked, kept in <c>.publisher/checked-documents</c> of the output folder (beside the
/// record of pages, and like it never deployed) for the next build: a file whose stamp, or else whose text, is the one
/// recorded is not parsed and checked again, its document and its problems are taken as they were. The record is of use
/// only for the same context (<see cref="ValidatedDocumentCache.ForContext"/>: the tool's build, the data files and the
/// features); one for another context is left unread. Places in the input are recorded relative to the input folder,
/// so that the record, like the site, does not depend on where the build was started. A file that is not a
/// whole record written by this tool is reported (<see cref="Damaged"/>) and never trusted.
/// </summary>
/// <param name="bytes">The record as the previous build wrote it; null when there is none.</param>
public sealed class CheckedDocumentsRecord(byte[]? bytes)
{
    /// <summary>The file's path in the output folder.</summary>
    public const string RelativePath = ".publisher/checked-documents";

    private static readonly byte[] Magic = "Publisher checked documents 1\n"u8.ToArray();

    /// <summary>The checks this build makes, starting from those the record gave back (<see cref="Restore"/>); keeps no bodies or stamps.</summary>
    public ValidatedDocumentCache Checks { get; } = new(resident: false);

    private string _folder = "";

    /// <summary>Whether the bytes given were not a whole record of this tool's, known once <see cref="Restore"/> ran.</summary>
    public bool Damaged { get; private set; }

    /// <summary>
    /// <see cref="Checks"/>, with the checks recorded for <paramref name="context"/> in it; none when the record is of
    /// another context, or damaged.
    /// </summary>
    /// <param name="folder">How messages name the input folder; places in it are recorded relative to it.</param>
    public ValidatedDocumentCache Restore(UInt128 context, RegionCatalog regions, IReadOnlyList<SiteExtension> features, string folder)
    {
        _folder = folder;
        if (bytes is null) return Checks;
        if (RecordFile.Open(bytes, Magic, folder) is not { } reader)
        {
            Damaged = true;
            return Checks;
        }
        try
        {
            if (reader.ReadHash() != context) return Checks;
            var byName = features.ToDictionary(f => f.Name, StringComparer.Ordinal);
            var files = reader.ReadList(r => ReadFile(r, regions, byName));
            if (reader.Remaining != 0) throw new FormatException($"{reader.Remaining} bytes after the last file");
            Checks.Restore(context, files);
        }
        catch (FormatException)
        {
            Damaged = true;
        }
        return Checks;
    }

    /// <summary>
    /// Writes the checks of <see cref="Checks"/> for the context of its latest read, files in ordinal order of their paths
    /// so that two builds of the same input write the same bytes. Left out, and checked again by the next build: drafts,
    /// whose text is published nowhere, not even in the output folder's own files, and documents with data of a feature
    /// that keeps no record of it.
    /// </summary>
    public void WriteTo(Stream stream, IReadOnlyList<SiteExtension> features)
    {
        var byName = features.ToDictionary(f => f.Name, StringComparer.Ordinal);
        var files = Checks.Latest()
            .Where(file => file.Document is not { } validated
                || (!validated.IsDraft && validated.Document.Features.Keys.All(name => byName.TryGetValue(name, out var f) && f.RecordsDocumentData)))
            .OrderBy(file => file.Path, StringComparer.Ordinal)
            .ToList();
        RecordFile.Write(stream, Magic, writer =>
        {
            writer.Write(Checks.LatestContext);
            writer.WriteList(files, (w, file) => WriteFile(w, file, byName));
        }, _folder);
    }

    private static void WriteFile(RecordWriter writer, CheckedFile file, IReadOnlyDictionary<string, SiteExtension> features)
    {
        writer.Write(file.Path);
        writer.Write(file.Text);
        writer.WriteList(file.Problems, (w, problem) =>
        {
            w.Write(new SourcePosition(problem.File, problem.Line, problem.Column));
            w.WriteEnum(problem.Severity);
            w.Write(problem.Message.English);
            w.Write(problem.Message.Czech);
        });
        writer.Write(file.Document is not null);
        if (file.Document is { } validated) WriteDocument(writer, validated.Document, features);
    }

    private static CheckedFile ReadFile(RecordReader reader, RegionCatalog regions, IReadOnlyDictionary<string, SiteExtension> features)
    {
        var path = reader.ReadString();
        var text = reader.ReadHash();
        var problems = reader.ReadList(r =>
        {
            var at = r.ReadPosition();
            return new Diagnostic(at.File, at.Line, at.Column, r.ReadEnum<Severity>(), Message.Restored(r.ReadString(), r.ReadString()));
        });
        ValidatedDocument? document = null;
        if (reader.ReadBoolean())
            document = new ValidatedDocument(ReadDocument(reader, regions, features), IsDraft: false, ReadOnlyMemory<char>.Empty);
        return new CheckedFile(path, text, Stamp: null, document, problems);
    }

    private static void WriteDocument(RecordWriter writer, Document document, IReadOnlyDictionary<string, SiteExtension> features)
    {
        writer.Write(document.Source);
        writer.Write(document.Title);
        writer.WriteEnum(document.Type);
        writer.Write(document.Date.DayNumber);
        writer.WriteOptional(document.Time, (w, time) => w.Write(time.Ticks));
        writer.Write(document.Region.Id);
        writer.WriteOptional(document.Group?.Id);
        writer.WriteOptional(document.Place);
        var attendees = document.Attendees;
        foreach (var list in (IReadOnlyList<string>[])[attendees.Present, attendees.Excused, attendees.Absent, attendees.Guests])
            writer.WriteList(list, (w, name) => w.Write(name));
        writer.Write(attendees.Shown);
        foreach (var count in (int[])[attendees.Counts.Present, attendees.Counts.Excused, attendees.Counts.Absent, attendees.Counts.Guests])
            writer.Write(count);
        writer.WriteList(document.Agenda, (w, item) => w.Write(item));
        writer.WriteList(document.Tasks, (w, task) =>
        {
            w.Write(task.Task);
            w.WriteOptional(task.Owner);
            w.WriteOptional(task.Due, (d, due) => d.Write(due.DayNumber));
        });
        writer.Write(document.NextMeeting is not null);
        if (document.NextMeeting is { } next)
        {
            writer.Write(next.Date.DayNumber);
            writer.WriteOptional(next.Time, (w, time) => w.Write(time.Ticks));
        }
        writer.WriteOptional(document.Author);
        writer.WriteList(document.Tags, (w, tag) =>
        {
            w.Write(tag.Name);
            w.Write(tag.Slug);
            w.Write(tag.Url);
        });
        writer.Write(document.Summary);
        writer.Write(document.SummaryIsExcerpt);
        writer.WriteList(document.Features.OrderBy(f => f.Key, StringComparer.Ordinal).ToList(), (w, feature) =>
        {
            w.Write(feature.Key);
            features[feature.Key].WriteDocumentData(w, feature.Value);
        });
        writer.Write(document.Url);
        writer.Write(document.AddressAt);
        writer.Write(document.HasOwnSlug);
        writer.Write(document.BodyLine);
        writer.Write(document.BodyHash);
    }

    private static Document ReadDocument(RecordReader reader, RegionCatalog regions, IReadOnlyDictionary<string, SiteExtension> features)
    {
        var source = reader.ReadString();
        var title = reader.ReadString();
        var type = reader.ReadEnum<DocumentType>();
        var date = DayOf(reader.ReadInt32());
        var time = reader.ReadOptional(r => TimeOf(r.ReadInt64()));
        var regionId = reader.ReadString();
        var region = regions.Find(regionId) ?? throw new FormatException($"no region '{regionId}'");
        var groupId = reader.ReadOptional();
        var group = groupId is null ? null : region.Groups.FirstOrDefault(g => g.Id == groupId) ?? throw new FormatException($"no group '{groupId}'");
        var place = reader.ReadOptional();
        var present = Names(reader);
        var excused = Names(reader);
        var absent = Names(reader);
        var guests = Names(reader);
        var shown = reader.ReadString();
        var counts = new AttendeeCounts(reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32());
        var attendees = new Attendees(present, excused, absent, guests) { Shown = shown, Counts = counts };
        return new Document
        {
            Source = source,
            Title = title,
            Type = type,
            Date = date,
            Time = time,
            Region = region,
            Group = group,
            Place = place,
            // The one instance a document without attendees has, as the check gives it.
            Attendees = attendees == Attendees.None ? Attendees.None : attendees,
            Agenda = Names(reader),
            Tasks = reader.ReadList(r => new MeetingTask(r.ReadString(), r.ReadOptional(), r.ReadOptional(d => DayOf(d.ReadInt32())))),
            NextMeeting = reader.ReadBoolean() ? new MeetingTime(DayOf(reader.ReadInt32()), reader.ReadOptional(r => TimeOf(r.ReadInt64()))) : null,
            Author = reader.ReadOptional(),
            Tags = reader.ReadList(r => new Tag(r.ReadString(), r.ReadString(), r.ReadString())),
            Summary = reader.ReadString(),
            SummaryIsExcerpt = reader.ReadBoolean(),
            Features = FeaturesOf(reader, features),
            Url = reader.ReadString(),
            AddressAt = reader.ReadPosition(),
            HasOwnSlug = reader.ReadBoolean(),
            BodyLine = reader.ReadInt32(),
            BodyHash = reader.ReadHash(),
        };
    }

    private static IReadOnlyList<string> Names(RecordReader reader) => reader.ReadList(r => r.ReadString());

    private static IReadOnlyDictionary<string, object> FeaturesOf(RecordReader reader, IReadOnlyDictionary<string, SiteExtension> features)
    {
        var data = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var (name, value) in reader.ReadList(r =>
                 {
                     var name = r.ReadString();
                     var feature = features.GetValueOrDefault(name) ?? throw new FormatException($"no feature '{name}'");
                     return (name, feature.ReadDocumentData(r));
                 }))
        {
            if (!data.TryAdd(name, value)) throw new FormatException($"the feature '{name}' twice");
        }
        return data;
    }

    private static DateOnly DayOf(int dayNumber) =>
        dayNumber >= DateOnly.MinValue.DayNumber && dayNumber <= DateOnly.MaxValue.DayNumber ? DateOnly.FromDayNumber(dayNumber) : throw new FormatException($"no day {dayNumber}");

    private static TimeOnly TimeOf(long ticks) =>
        ticks >= 0 && ticks <= TimeOnly.MaxValue.Ticks ? new TimeOnly(ticks) : throw new FormatException($"no time {ticks}");
}
