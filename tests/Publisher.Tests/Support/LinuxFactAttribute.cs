namespace Publisher.Tests.Support;

/// <summary>
/// A test of how the build treats named pipes, sockets and devices. Only on Linux does the build tell them from
/// regular files (see FileKinds), so elsewhere the test is skipped with that reason.
/// </summary>
public sealed class LinuxFactAttribute : FactAttribute
{
    public LinuxFactAttribute()
    {
        if (!OperatingSystem.IsLinux()) Skip = "special files are told apart from regular files only on Linux";
    }
}
