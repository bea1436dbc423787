using Publisher.Core.Model;

namespace Publisher.Core.Authoring.Import;

/// <summary>The people of a meeting as the minutes list them.</summary>
public sealed record AttendeeLists(IReadOnlyList<string> Present, IReadOnlyList<string> Excused, IReadOnlyList<string> Absent, IReadOnlyList<string> Guests)
{
    public bool IsEmpty => Present.Count + Excused.Count + Absent.Count + Guests.Count == 0;
}

/// <summary>
/// What was recognised in legacy minutes: each field is null (or empty) when the text does not give it.
/// <paramref name="FrontMatterBlocks"/> are the blocks that became front matter and are left out of the body.
/// </summary>
public sealed record RecognisedMinutes(
    string? Title,
    DateOnly? Date,
    TimeOnly? Time,
    string? Place,
    AttendeeLists Attendees,
    IReadOnlyList<string> Agenda,
    string? Author,
    MeetingTime? NextMeeting,
    IReadOnlySet<int> FrontMatterBlocks);

/// <summary>A line as the recognisers read it: a line of the document or a row of a table, without emphasis marks.</summary>
/// <param name="Block">The index of the block it belongs to.</param>
public sealed record TextLine(int Block, string Text, LineRole Role)
{
    public bool IsBlank => Role == LineRole.Blank;
}

/// <summary>One field's recogniser: reads the document's lines once, in order, keeping what it needs of the lines before.</summary>
internal interface ILineRecogniser
{
    void Read(TextLine line);
}
