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

    // A calendar's meetings are gathered when its file is written, on the cores that render pages, not while the
    // files are listed: listing comes before any page, and every document of the site is in three of its scopes.
    public override IEnumerable<OutputFile> Files(PlannedSite planned) =>
        DocumentScope.All(planned.Site).Select(scope => scope.File(MeetingCalendar.UrlBeside(scope.PageUrl), CalendarMessages.Calendar,
            stream => CalendarWriter.Write(stream, MeetingCalendar.Of(scope.PageUrl, scope.Title, scope.Documents), planned.Site.Settings, planned.Texts)));

    public override object? PageData(Page page, SiteModel site) => page.Data switch
    {
        RegionView { Region: var region } => new CalendarLink(MeetingCalendar.RegionUrl(region)),
        GroupView { Group: var group } => new CalendarLink(MeetingCalendar.GroupUrl(group)),
        _ => null,
    };
}
