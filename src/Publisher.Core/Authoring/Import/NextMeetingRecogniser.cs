using Publisher.Core.Model;

namespace Publisher.Core.Authoring.Import;

/// <summary>
/// The next meeting: the date (and time) after "Příští jednání" or "Další schůzka", on its line or, after a label alone
/// on its line, on the next line with text ("Další schůzka bude svolána dle potřeby" gives none). Without such a line, a
/// date with a time announced as "Termín – …" in the text.
/// </summary>
internal sealed class NextMeetingRecogniser : ILineRecogniser
{
    private bool _dateOnNextLine;
    private MeetingTime? _labelled;
    private MeetingTime? _announced;

    public MeetingTime? NextMeeting => _labelled ?? _announced;

    public void Read(TextLine line)
    {
        if (_labelled is not null || line.IsBlank) return;
        if (_dateOnNextLine)
        {
            _dateOnNextLine = false;
            _labelled = Meeting(line.Text, 0);
            return;
        }
        if (MinutesLabels.NextMeeting().Match(line.Text) is { Success: true } label)
        {
            var value = label.Groups["value"];
            _labelled = Meeting(line.Text, value.Index);
            _dateOnNextLine = _labelled is null && value.Value.Trim(' ', ':', '–', '-').Length == 0;
            return;
        }
        if (_announced is null && MinutesLabels.AnnouncedDate().Match(line.Text) is { Success: true } announced
            && Meeting(line.Text, announced.Index + announced.Length) is { Time: not null } meeting)
            _announced = meeting;
    }

    private static MeetingTime? Meeting(string text, int start) =>
        MeetingDateText.FindDate(text, start) is { } date ? new MeetingTime(date.Date, MeetingDateText.FindTime(text, date.End)?.Time) : null;
}
