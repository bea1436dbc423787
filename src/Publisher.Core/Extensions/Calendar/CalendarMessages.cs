using Publisher.Core.Diagnostics;

namespace Publisher.Core.Extensions.Calendar;

/// <summary>How messages name the files of <see cref="CalendarExtension"/>.</summary>
public static class CalendarMessages
{
    /// <summary>A calendar, without an article: messages add whose it is (<see cref="Pages.DocumentScope.File"/>).</summary>
    public static Message Calendar { get; } = new("calendar", "kalendář schůzek");
}
