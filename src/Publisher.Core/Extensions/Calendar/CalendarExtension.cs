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

    public override IEnumerable<OutputFile> Files(PlannedSite planned) =>
        DocumentScope.All(planned.Site).Select(scope =>
        {
            var calendar = MeetingCalendar.Of(scope.PageUrl, scope.Title, scope.Documents);
            return scope.File(calendar.Url, CalendarMessages.Calendar, stream => CalendarWriter.Write(stream, calendar, planned.Site.Settings, planned.Texts));
        });

    public override object? PageData(Page page, SiteModel site) => page.Data switch
    {
        RegionView { Region: var region } => new CalendarLink(MeetingCalendar.RegionUrl(region)),
        GroupView { Group: var group } => new CalendarLink(MeetingCalendar.GroupUrl(group)),
        _ => null,
    };
}
