namespace Publisher.Core.Authoring.Import;

/// <summary>
/// The meeting's date: the date of a line labelled "Datum", else the first date of the minutes (the title's "ze dne …" or
/// the line under it). Its time and place follow it on the same line ("17. únor 2020, 14:00 hod, – MML"), or the time has
/// a line of its own ("Čas: 14:00"). Lines that announce the next meeting are not read.
/// </summary>
internal sealed class DateRecogniser : ILineRecogniser
{
    private DateLine? _first;
    private DateLine? _labelled;
    private TimeOnly? _labelledTime;

    private sealed record DateLine(DateOnly Date, TimeOnly? Time, string? Place);

    public DateOnly? Date => (_labelled ?? _first)?.Date;
    public TimeOnly? Time => (_labelled ?? _first)?.Time ?? _labelledTime;
    public string? Place => (_labelled ?? _first)?.Place;

    public void Read(TextLine line)
    {
        if (line.IsBlank || _labelled is not null || MinutesLabels.NextMeeting().IsMatch(line.Text)) return;
        if (_labelledTime is null && MinutesLabels.Time().IsMatch(line.Text))
            _labelledTime = MeetingDateText.FindTime(line.Text)?.Time;
        var labelled = MinutesLabels.Date().IsMatch(line.Text);
        if (!labelled && _first is not null) return;
        if (MeetingDateText.FindDate(line.Text) is not { } date) return;
        var time = MeetingDateText.FindTime(line.Text, date.End);
        var rest = line.Text[(time?.End ?? date.End)..];
        var place = MinutesLabels.PlaceAfterDate().Match(rest) is { Success: true } after ? after.Groups["value"].Value.Trim().TrimEnd('.', ',') : null;
        var found = new DateLine(date.Date, time?.Time, string.IsNullOrEmpty(place) ? null : place);
        if (labelled) _labelled = found;
        else _first = found;
    }
}
