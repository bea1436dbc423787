namespace Publisher.Core.Authoring.Import;

/// <summary>
/// Recognises the fields of legacy minutes: every recogniser reads each line once, in order, so the work grows with
/// the length of the minutes and no more. Tables' rows are read as lines, the first cell as a label before the rest
/// ("Místo | Městský úřad" reads as "Místo: Městský úřad").
/// </summary>
public static class MinutesRecogniser
{
    public static RecognisedMinutes Recognise(LegacyDocument document)
    {
        var title = new TitleRecogniser();
        var date = new DateRecogniser();
        var place = new PlaceRecogniser();
        var attendees = new AttendeesRecogniser();
        var agenda = new AgendaRecogniser();
        var author = new AuthorRecogniser();
        var next = new NextMeetingRecogniser();
        ILineRecogniser[] recognisers = [title, date, place, attendees, agenda, author, next];
        foreach (var line in Lines(document))
        {
            foreach (var recogniser in recognisers) recogniser.Read(line);
        }

        var nextMeeting = next.NextMeeting is { } announced && (date.Date is not { } day || announced.Date > day) ? announced : null;
        var frontMatter = new HashSet<int>(title.Blocks);
        frontMatter.UnionWith(attendees.Blocks);
        frontMatter.UnionWith(agenda.Blocks);
        return new RecognisedMinutes(title.Title, date.Date, date.Time, place.Labelled ?? date.Place ?? place.InSentence,
            attendees.Attendees, agenda.Agenda, author.Author, nextMeeting, frontMatter);
    }

    private static IEnumerable<TextLine> Lines(LegacyDocument document)
    {
        for (var i = 0; i < document.Blocks.Count; i++)
        {
            switch (document.Blocks[i])
            {
                case LegacyLine line:
                    yield return new TextLine(i, Plain(line.Text), line.Role);
                    break;
                case LegacyTable table:
                    foreach (var row in table.Rows)
                    {
                        var cells = row.Where(cell => cell.Length > 0).Select(Plain).ToList();
                        if (cells.Count == 0) continue;
                        var text = cells.Count == 1 ? cells[0] : cells[0].TrimEnd(':', ' ') + ": " + string.Join(" ", cells.Skip(1));
                        yield return new TextLine(i, text, LineRole.Paragraph);
                    }
                    yield return new TextLine(i, "", LineRole.Blank);
                    break;
            }
        }
    }

    /// <summary>
    /// The text without emphasis marks and with plain spaces for no-break ones: the site ties Czech one-letter words to
    /// the next itself, so the front matter need not.
    /// </summary>
    private static string Plain(string text) => text.Replace("**", "").Replace("__", "").Replace('\u00A0', ' ').Trim();
}
