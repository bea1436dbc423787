using System.Collections;
using Publisher.Core.Extensions.Calendar;
using Publisher.Core.Extensions.Feeds;
using Publisher.Core.Model;
using Publisher.Tests.Support;
using static Publisher.Tests.Support.TestContent;

namespace Publisher.Tests.Feeds;

/// <summary>An archive of 100,000 documents, each announcing a meeting: feeds and calendars stay small and are made in one pass.</summary>
public class FeedScaleTests
{
    private const int Count = 100_000;

    private static readonly Lazy<SiteModel> Archive = new(() => RenderTestSite.Model(Documents().ToArray()));

    private static IEnumerable<Document> Documents()
    {
        var groups = new[] { (Zatec, "seniori"), (Zatec, "socialni-prevence"), (Chomutov, "dluhy") };
        var first = new DateOnly(1990, 1, 1);
        for (var i = 0; i < Count; i++)
        {
            var (region, group) = groups[i % groups.Length];
            var date = first.AddDays(i);
            yield return Doc($"Zápis {i}", IsoText.Date(date), region: region, groupId: group) with
            {
                NextMeeting = new MeetingTime(date.AddDays(14), i % 2 == 0 ? new TimeOnly(14, 0) : null),
                Summary = $"Shrnutí {i}",
            };
        }
    }

    [Fact]
    public void Every_feed_holds_only_its_newest_entries()
    {
        var site = Archive.Value;
        var feeds = FeedFiles.Feeds(site);

        var all = FeedFiles.Atom(FeedFiles.At(feeds, "feed.xml"));
        Assert.Equal(site.Documents.Take(AtomFeed.MaxEntries).Select(d => d.Title), all.Items.Select(e => e.Title.Text));
        Assert.Equal(AtomFeed.MaxEntries, FeedFiles.Atom(FeedFiles.At(feeds, "zatec/seniori/feed.xml")).Items.Count());
        Assert.Equal(AtomFeed.MaxEntries, FeedFiles.Atom(FeedFiles.At(feeds, "chomutov/feed.xml")).Items.Count());
        // A feed of 50 entries is a few tens of kilobytes, whatever the size of the archive.
        Assert.All(feeds, feed => Assert.InRange(FeedFiles.Bytes(feed).Length, 1, 64 * 1024));
    }

    [Fact]
    public void A_feed_reads_no_more_documents_than_it_publishes()
    {
        var documents = new CountingList(Archive.Value.Documents);

        var feed = AtomFeed.Of("/", "Vše", documents);

        Assert.Equal(AtomFeed.MaxEntries, feed.Entries.Count);
        Assert.InRange(documents.Reads, AtomFeed.MaxEntries, AtomFeed.MaxEntries + 1);
    }

    [Fact]
    public void Every_calendar_holds_the_latest_meetings_and_reads_each_document_once()
    {
        var site = Archive.Value;
        var documents = new CountingList(site.Documents);

        var meetings = AnnouncedMeetings.Of(documents);

        Assert.Equal(Count, documents.Reads);
        Assert.Equal(AnnouncedMeetings.MaxMeetings, meetings.Count);
        var latest = site.Documents.Max(d => d.NextMeeting!.Date);
        Assert.Equal(latest, meetings[^1].When.Date);
        Assert.Equal(latest.AddDays(1 - AnnouncedMeetings.MaxMeetings), meetings[0].When.Date);
        var calendars = FeedFiles.Calendars(site);
        Assert.Equal(AnnouncedMeetings.MaxMeetings, FeedFiles.Ics(FeedFiles.At(calendars, "kalendar.ics")).Events.Count);
        Assert.Equal(AnnouncedMeetings.MaxMeetings, FeedFiles.Ics(FeedFiles.At(calendars, "zatec/seniori/kalendar.ics")).Events.Count);
    }

    /// <summary>A list that counts how many of its items were read, by index or by enumeration.</summary>
    private sealed class CountingList(IReadOnlyList<Document> items) : IReadOnlyList<Document>
    {
        public int Reads { get; private set; }

        public Document this[int index]
        {
            get
            {
                Reads++;
                return items[index];
            }
        }

        public int Count => items.Count;

        public IEnumerator<Document> GetEnumerator()
        {
            foreach (var item in items)
            {
                Reads++;
                yield return item;
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
