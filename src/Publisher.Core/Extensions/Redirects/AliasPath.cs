using System.Text.RegularExpressions;

namespace Publisher.Core.Extensions.Redirects;

/// <summary>An old URL that must keep working: a plain site path, never a path that climbs out of the output folder.</summary>
public static partial class AliasPath
{
    public static bool IsValid(string path) =>
        SafePath().IsMatch(path) && !path.Split('/').Any(segment => segment is "." or "..");

    /// <summary>Paths without a file extension get the trailing '/' every page URL has.</summary>
    public static string Normalise(string path) =>
        path.EndsWith('/') || Path.HasExtension(path) ? path : path + "/";

    [GeneratedRegex(@"^(/[A-Za-z0-9._~-]+)+/?$")]
    private static partial Regex SafePath();
}
