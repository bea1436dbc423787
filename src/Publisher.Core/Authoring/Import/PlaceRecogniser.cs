namespace Publisher.Core.Authoring.Import;

/// <summary>
/// The place: a line labelled "Místo" or "Místo konání", else where the text says the meeting was held
/// ("v prostorách …"). The place on the date's line (<see cref="DateRecogniser"/>) comes between the two.
/// </summary>
internal sealed class PlaceRecogniser : ILineRecogniser
{
    public string? Labelled { get; private set; }
    public string? InSentence { get; private set; }

    public void Read(TextLine line)
    {
        if (line.IsBlank) return;
        if (Labelled is null && MinutesLabels.Place().Match(line.Text) is { Success: true } label)
            Labelled = label.Groups["value"].Value.Trim();
        else if (InSentence is null && MinutesLabels.PlaceInSentence().Match(line.Text) is { Success: true } sentence)
            InSentence = sentence.Groups["value"].Value.Trim();
    }
}
