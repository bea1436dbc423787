using Publisher.Core.Model;
using Publisher.Core.Pages;
using Publisher.Core.Theming;

namespace Publisher.Core.Extensions.Calendar;

/// <summary>How a page links a calendar.</summary>
public sealed record CalendarLink(string Url);

/// <summary>
/// The announced next meetings (<c>next_meeting</c>) as iCalendar files a calendar application subscribes to:
/// <c>/kalendar.ics</c> for the whole site, and <c>kalendar.ics</c> next to the page of each region and working group,
/// which links it (<c>page.features.calendar</c>).
/// </summary>
public sealed class CalendarExtension : SiteExtension
{
    public const string FeatureName = "calendar";

    public override string Name => FeatureName;

    public override ThemeNeeds ThemeNeeds { get; } = new([], CalendarWriter.TextKeys);

    public override IEnumerable<KeyValuePair<string, object>> Urls { get; } = [new("calendar", MeetingCalendar.SiteUrl)];

    public override IEnumerable<OutputFile> Files(PlannedSite planned)
    {
        var (site, texts) = (planned.Site, planned.Texts);
        var settings = site.Settings;
        yield return File(MeetingCalendar.Of(UrlScheme.Home, settings.Title, site.Documents), null);
        foreach (var region in site.Regions.Regions)
        {
            yield return File(MeetingCalendar.Of(region.Url, MeetingCalendar.RegionName(settings, region), site.Index.OfRegion(region)),
                new RegionFileClaim(region, "the calendar"));
            foreach (var group in region.Groups)
                yield return File(MeetingCalendar.Of(group.Url, MeetingCalendar.GroupName(settings, region, group), site.Index.OfGroup(group)),
                    new RegionFileClaim(region, $"the calendar of the working group '{group.Id}'"));
        }

        // A region's id decides where its calendars are, so a collision is reported where regions.yml gives it.
        OutputFile File(MeetingCalendar calendar, RegionFileClaim? claim) =>
            new(UrlScheme.OutputPath(calendar.Url), claim?.Description ?? "the site's calendar", stream => CalendarWriter.Write(stream, calendar, settings, texts))
            {
                Claim = claim,
            };
    }

    public override object? PageData(Page page, SiteModel site) => page.Data switch
    {
        RegionView { Region: var region } => new CalendarLink(MeetingCalendar.RegionUrl(region)),
        GroupView { Group: var group } => new CalendarLink(MeetingCalendar.GroupUrl(group)),
        _ => null,
    };
}
