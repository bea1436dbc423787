namespace Publisher.Tests.Support;

/// <summary>
/// A test of how the build treats named pipes, sockets, devices and hard links. Only on Linux does the build tell
/// special files from regular files and link kept pages (see FileKinds, HardLink), so elsewhere the test is skipped
/// with that reason.
/// </summary>
public sealed class LinuxFactAttribute : FactAttribute
{
    public LinuxFactAttribute()
    {
        if (!OperatingSystem.IsLinux()) Skip = LinuxOnly.Reason;
    }
}

/// <summary>A <see cref="LinuxFactAttribute"/> test run once for each of its cases.</summary>
public sealed class LinuxTheoryAttribute : TheoryAttribute
{
    public LinuxTheoryAttribute()
    {
        if (!OperatingSystem.IsLinux()) Skip = LinuxOnly.Reason;
    }
}

internal static class LinuxOnly
{
    public const string Reason = "special files are told apart from regular files, and kept pages linked, only on Linux";
}
