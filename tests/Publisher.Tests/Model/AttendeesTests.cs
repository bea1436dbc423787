using Publisher.Core.Model;

namespace Publisher.Tests.Model;

public class AttendeesTests
{
    private static readonly Attendees Written = new(
        ["Jana Nováková – Charita Žatec", "Petr Novák (Charita Žatec)", "Eva Malá"],
        ["Mgr. Ivana Benešová - Město Žatec"],
        [],
        ["David Kuchár – Státní zdravotní ústav", "Host bez organizace ()"]);

    [Fact]
    public void Names_are_published_as_written()
    {
        var shown = Written.As(AttendeesShown.Names);

        Assert.Equal(Written.Present, shown.Present);
        Assert.Equal("names", shown.Shown);
        Assert.Equal(new AttendeeCounts(3, 1, 0, 2), shown.Counts);
    }

    [Fact]
    public void Organisations_are_each_named_once_and_people_without_one_are_only_counted()
    {
        var shown = Written.As(AttendeesShown.Organisations);

        Assert.Equal(["Charita Žatec"], shown.Present);
        Assert.Equal(["Město Žatec"], shown.Excused);
        Assert.Equal(["Státní zdravotní ústav"], shown.Guests);
        Assert.Equal("organisations", shown.Shown);
        Assert.Equal(new AttendeeCounts(3, 1, 0, 2), shown.Counts);
        Assert.DoesNotContain(shown.Present.Concat(shown.Excused).Concat(shown.Guests), text => text.Contains("Nov", StringComparison.Ordinal) || text.Contains("Kuch", StringComparison.Ordinal));
    }

    [Fact]
    public void Counts_keep_no_name_at_all()
    {
        var shown = Written.As(AttendeesShown.Counts);

        Assert.Empty(shown.Present.Concat(shown.Excused).Concat(shown.Absent).Concat(shown.Guests));
        Assert.Equal(new AttendeeCounts(3, 1, 0, 2), shown.Counts);
        Assert.False(shown.IsEmpty);
        Assert.True(Attendees.None.As(AttendeesShown.Counts).IsEmpty);
    }

    [Fact]
    public void A_hundred_thousand_attendees_from_as_many_organisations_are_each_kept_once()
    {
        var people = Enumerable.Range(0, 100_000).Select(i => $"Člen {i} – Organizace {i % 50_000}").ToList();

        var shown = new Attendees(people, [], [], []).As(AttendeesShown.Organisations);

        Assert.Equal(50_000, shown.Present.Count);
        Assert.Equal(100_000, shown.Counts.Present);
    }
}
