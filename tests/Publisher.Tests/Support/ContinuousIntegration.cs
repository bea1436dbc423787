namespace Publisher.Tests.Support;

/// <summary>
/// Whether the tests run under CI (the variable CI set, as `.ci/run` and CI services set it). Tests that need a tool
/// from outside NuGet skip without it on a developer's machine, and fail under CI, which must run them.
/// </summary>
public static class ContinuousIntegration
{
    public static bool IsRunning => Environment.GetEnvironmentVariable("CI") is { Length: > 0 } value && value != "false";
}
