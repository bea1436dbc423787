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

/// <summary>What only a plan document carries: the stable id shared by its versions and its approval data.</summary>
public sealed record PlanInfo(string Id, string? Period, string? Status, string? ApprovedBy);

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
    public IReadOnlyList<string> PlanIds { get; init; } = [];
    public PlanInfo? Plan { get; init; }
    /// <summary>The editor's summary, or the start of the body's first paragraph.</summary>
    public required string Summary { get; init; }
    /// <summary>True when <see cref="Summary"/> was taken from the body rather than written by the editor.</summary>
    public bool SummaryIsExcerpt { get; init; }
    public IReadOnlyList<string> Aliases { get; init; } = [];
    public required string Url { get; init; }
    public required string Body { get; init; }
    /// <summary>File line of the body's first line, to locate Markdown warnings.</summary>
    public int BodyLine { get; init; }

    /// <summary>The key templates use to look up the type's label in the theme's texts.</summary>
    public string TypeKey => KeyOf(Type);

    public static string KeyOf(DocumentType type) => type switch
    {
        DocumentType.Minutes => "minutes",
        DocumentType.Plan => "plan",
        _ => "news",
    };
}
