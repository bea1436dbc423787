using System.Globalization;
using Publisher.Core.Model;
using Publisher.Core.Sink;

namespace Publisher.Core.Authoring;

/// <summary>
/// Where a working group's minutes are kept in the input folder, as <c>new</c> starts them and <c>import</c> writes
/// them: <c>documents/REGION/YYYY/YYYY-MM-DD-GROUP.md</c>, under the title such minutes have by default.
/// </summary>
public static class MinutesLocation
{
    /// <summary>The folder of a region's year, relative to the input folder, with forward slashes.</summary>
    public static string Folder(string regionId, DateOnly date) =>
        $"documents/{regionId}/{date.Year.ToString(CultureInfo.InvariantCulture)}";

    public static string FileName(DateOnly date, string groupId) => $"{IsoText.Date(date)}-{groupId}.md";

    public static string DefaultTitle(WorkingGroup group) => $"Zápis z jednání pracovní skupiny {group.Name}";

    /// <summary>
    /// <paramref name="relativeFolder"/> in the input folder as a full path, or null when a symbolic link among the
    /// folders on the way leads out of the input folder, where nothing may be written.
    /// </summary>
    public static string? Inside(string inputDirectory, string relativeFolder)
    {
        var folder = Path.Combine(inputDirectory, relativeFolder);
        return FolderSink.IsInside(RealPath.Of(inputDirectory), RealPath.Of(folder)) ? folder : null;
    }
}
