using System.Runtime.CompilerServices;
using Publisher.Core.Build;

namespace Publisher.Tests.Support;

/// <summary>
/// The day every test build is made, so that what the site announces as upcoming does not change with the calendar.
/// Builds through the command line (in this process or in child processes) read it from SOURCE_DATE_EPOCH.
/// </summary>
public static class PinnedBuildDay
{
    /// <summary>Before every meeting of the test content, so all announced meetings are upcoming.</summary>
    public static readonly DateOnly Today = new(2018, 1, 1);

    public static readonly string SourceDateEpoch =
        new DateTimeOffset(Today.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);

    [ModuleInitializer]
    internal static void Pin() => Environment.SetEnvironmentVariable(BuildDay.SourceDateEpochVariable, SourceDateEpoch);
}
