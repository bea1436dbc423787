using System.Runtime.InteropServices;

namespace Publisher.Core.Sink;

/// <summary>
/// A second name for an existing file, made by the file system (<c>link(2)</c>), where the file's bytes stay where
/// they are. Only on Linux, where the build can also tell what it linked without following a link (<see cref="Load.FileKinds"/>);
/// elsewhere, and across file systems, nothing is linked and the caller copies.
/// </summary>
internal static partial class HardLink
{
    /// <summary>Whether <paramref name="newPath"/> was made a name of the file at <paramref name="existingPath"/>; false when the file system cannot.</summary>
    /// <remarks>Linux's link does not follow a link in the last component: a symbolic link gets a second name as a link, not its target.</remarks>
    public static bool TryCreate(string existingPath, string newPath) =>
        OperatingSystem.IsLinux() && Link(existingPath, newPath) == 0;

    [LibraryImport("libc", EntryPoint = "link", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Link(string existingPath, string newPath);
}
