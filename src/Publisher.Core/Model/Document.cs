using Publisher.Core.Diagnostics;

namespace Publisher.Core.Model;

public enum DocumentType { Minutes, Plan, News }

public sealed record Attendees(
    IReadOnlyList<string> Present,
    IReadOnlyList<string> Excused,
    IReadOnlyList<string> Absent,
    IReadOnlyList<string> Guests)
{
    public static readonly Attendees None = new([], [], [], []);
    public bool IsEmpty => Present.Count + Excused.Count + Absent.Count + Guests.Count == 0;
}

public sealed record MeetingTask(string Task, string? Owner, DateOnly? Due);


/// <summary>A date and optional time, as announced for the next meeting.</summary>
public sealed record MeetingTime(DateOnly Date, TimeOnly? Time);

public sealed record Tag(string Name, string Slug, string Url);

/// <summary>One published document (minutes, plan version or news item): everything its page shows.</summary>
public sealed record Document
{
    /// <summary>The Markdown file's path below the input folder, with forward slashes.</summary>
    public required string Source { get; init; }
    public required string Title { get; init; }
    public required DocumentType Type { get; init; }
    public required DateOnly Date { get; init; }
    public TimeOnly? Time { get; init; }
    public required Region Region { get; init; }
    public WorkingGroup? Group { get; init; }
    public string? Place { get; init; }
    public Attendees Attendees { get; init; } = Attendees.None;
    public IReadOnlyList<string> Agenda { get; init; } = [];
    public IReadOnlyList<MeetingTask> Tasks { get; init; } = [];
    public MeetingTime? NextMeeting { get; init; }
    public string? Author { get; init; }
    public IReadOnlyList<Tag> Tags { get; init; } = [];
    /// <summary>The editor's summary, or the start of the body's first paragraph.</summary>
    public required string Summary { get; init; }
    /// <summary>True when <see cref="Summary"/> was taken from the body rather than written by the editor.</summary>
    public bool SummaryIsExcerpt { get; init; }
    /// <summary>
    /// What each feature read from the document's front matter, by the feature's name (<c>plans</c>, <c>redirects</c>);
    /// templates read it as <c>document.features.NAME</c>. A feature with nothing to say about the document is absent.
    /// </summary>
    public IReadOnlyDictionary<string, object> Features { get; init; } = NoFeatures;
    public required string Url { get; init; }
    /// <summary>Where the document's address is decided: its 'slug:' when it has one, else its title.</summary>
    public required SourcePosition AddressAt { get; init; }
    /// <summary>True when the editor chose the address's last part with 'slug:' instead of the title.</summary>
    public bool HasOwnSlug { get; init; }
    /// <summary>
    /// File line of the body's first line, to locate Markdown warnings. The body itself is read from the file again
    /// when the page is rendered (<see cref="BodyChecksum"/> tells whether it is still the body that was checked).
    /// </summary>
    public int BodyLine { get; init; }
    public int BodyChecksum { get; init; }

    private static readonly IReadOnlyDictionary<string, object> NoFeatures = new Dictionary<string, object>();

    /// <summary>The key templates use to look up the type's label in the theme's texts.</summary>
    public string TypeKey => DocumentTypes.Of(Type).Key;
}
