using Publisher.Core.Diagnostics;
using Publisher.Core.Extensions;
using Publisher.Core.Model;
using Publisher.Core.Sink;
using Publisher.Core.Theming;

namespace Publisher.Core.Render.Reuse;

/// <summary>
/// What every page of a build is rendered from besides its own data, as one fingerprint: the tool (its version and the
/// very build of its code), the theme's files, the site's settings and regions, the features and the day of the build.
/// A page of a build with another stamp is never kept, so a change to any of these renders the whole site.
/// </summary>
public static class RenderStamp
{
    /// <summary>
    /// Fingerprints of what pages show. Where in the input a value was written (a <see cref="SourcePosition"/>) is for
    /// messages, never for pages, and names the input folder as seen from where the build was started: it is left out,
    /// so a build started from another folder keeps the same pages and writes the same record of them.
    /// </summary>
    public static ValueFingerprint ShownValues() => new(new HashSet<Type> { typeof(SourcePosition) });

    /// <returns>Null when the settings are not plain data, and no page can be kept.</returns>
    public static UInt128? Of(Theme theme, SiteModel site, DateOnly today, IEnumerable<SiteExtension> features) =>
        ShownValues().Of(OutputManifest.ToolBuild, theme.Fingerprint, site.Settings, site.Regions, today, string.Join(' ', features.Select(f => f.Name)));
}
