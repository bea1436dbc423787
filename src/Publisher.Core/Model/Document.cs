using Publisher.Core.Diagnostics;

namespace Publisher.Core.Model;

public enum DocumentType { Minutes, Plan, News }

/// <summary>
/// How a meeting's attendees are published (<c>personal_data.attendees</c> in site.yml, <c>attendees.shown</c> in a
/// document): private persons may be named online only with a legal ground, so a site may show only the organisations
/// they came for, or only how many came.
/// </summary>
public enum AttendeesShown { Names, Organisations, Counts }

/// <summary>How many attended in each way, whatever is shown of them.</summary>
public sealed record AttendeeCounts(int Present, int Excused, int Absent, int Guests);

/// <summary>
/// The attendees as the site publishes them: the names, the organisations or nothing but <see cref="Counts"/>, as
/// <see cref="Shown"/> says. What is not to be published is never in the model, so no page, feed, index or data file
/// can show it.
/// </summary>
public sealed record Attendees(
    IReadOnlyList<string> Present,
    IReadOnlyList<string> Excused,
    IReadOnlyList<string> Absent,
    IReadOnlyList<string> Guests)
{
    public static readonly Attendees None = new([], [], [], []);

    /// <summary>What is shown of the attendees, as its word (<see cref="PersonalDataPolicy.WordOf"/>) that templates compare.</summary>
    public string Shown { get; init; } = "names";

    public AttendeeCounts Counts { get; init; } = new(Present.Count, Excused.Count, Absent.Count, Guests.Count);

    public bool IsEmpty => Counts is { Present: 0, Excused: 0, Absent: 0, Guests: 0 };

    /// <summary>These attendees as <paramref name="shown"/> publishes them; the counts are of the people, as written.</summary>
    public Attendees As(AttendeesShown shown) => shown switch
    {
        AttendeesShown.Names => this with { Shown = PersonalDataPolicy.WordOf(shown) },
        AttendeesShown.Organisations => new Attendees(Organisations(Present), Organisations(Excused), Organisations(Absent), Organisations(Guests))
        {
            Shown = PersonalDataPolicy.WordOf(shown),
            Counts = Counts,
        },
        _ => None with { Shown = PersonalDataPolicy.WordOf(shown), Counts = Counts },
    };

    /// <summary>
    /// The organisations a list names, once each, in order: what follows a dash ("Jana Nováková – Charita Žatec") or
    /// stands in closing brackets ("Jana Nováková (Charita Žatec)"). An attendee named without one is left out.
    /// </summary>
    private static IReadOnlyList<string> Organisations(IReadOnlyList<string> people)
    {
        var organisations = new List<string>();
        var named = new HashSet<string>(StringComparer.Ordinal);
        foreach (var person in people)
        {
            if (OrganisationOf(person) is { } organisation && named.Add(organisation))
                organisations.Add(organisation);
        }
        return organisations;
    }

    private static string? OrganisationOf(string person)
    {
        foreach (var dash in (string[])[" – ", " — ", " - "])
        {
            var at = person.IndexOf(dash, StringComparison.Ordinal);
            if (at > 0) return NonEmpty(person[(at + dash.Length)..]);
        }
        var trimmed = person.TrimEnd();
        var open = trimmed.LastIndexOf('(');
        return trimmed.EndsWith(')') && open > 0 ? NonEmpty(trimmed[(open + 1)..^1]) : null;
    }

    private static string? NonEmpty(string text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
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
    /// when the page is rendered (<see cref="BodyHash"/> tells whether it is still the body that was checked).
    /// </summary>
    public int BodyLine { get; init; }
    public UInt128 BodyHash { get; init; }

    private static readonly IReadOnlyDictionary<string, object> NoFeatures = new Dictionary<string, object>();

    /// <summary>The key templates use to look up the type's label in the theme's texts.</summary>
    public string TypeKey => DocumentTypes.Of(Type).Key;
}
