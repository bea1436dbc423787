using System.ServiceModel.Syndication;
using System.Xml;
using Ical.Net;
using Publisher.Core.Extensions;
using Publisher.Core.Extensions.Calendar;
using Publisher.Core.Extensions.Feeds;
using Publisher.Core.Model;
using Publisher.Tests.Support;

namespace Publisher.Tests.Feeds;

/// <summary>The feeds and calendars the features make of a model built in code, read back by independent parsers.</summary>
public static class FeedFiles
{
    public static IReadOnlyList<OutputFile> Feeds(SiteModel site) => new FeedsExtension().Files(RenderTestSite.Planned(site)).ToList();

    public static IReadOnlyList<OutputFile> Calendars(SiteModel site) => new CalendarExtension().Files(RenderTestSite.Planned(site)).ToList();

    public static byte[] Bytes(OutputFile file)
    {
        using var content = new MemoryStream();
        file.Write(content);
        return content.ToArray();
    }

    public static OutputFile At(IEnumerable<OutputFile> files, string path) => files.Single(f => f.Path == path);

    public static SyndicationFeed Atom(OutputFile file) => Atom(Bytes(file));

    public static SyndicationFeed Atom(byte[] bytes)
    {
        using var reader = XmlReader.Create(new MemoryStream(bytes), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        return SyndicationFeed.Load(reader);
    }

    public static Calendar Ics(OutputFile file) => Ics(Bytes(file));

    /// <summary>Parses a calendar, after checking that it is strict UTF-8 with CRLF line ends only.</summary>
    public static Calendar Ics(byte[] bytes)
    {
        var text = new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        Assert.DoesNotContain("\n", text.Replace("\r\n", ""));
        Assert.DoesNotContain("\r", text.Replace("\r\n", ""));
        return Calendar.Load(text) ?? throw new InvalidOperationException("no calendar");
    }
}
