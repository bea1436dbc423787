using System.Diagnostics;
using System.Globalization;

namespace Publisher.Tests.Support;

/// <summary>What a finished run of the command line printed and returned.</summary>
public sealed record CommandLineResult(int ExitCode, string Output, string Errors);

/// <summary>
/// The real command line in a process of its own (<c>dotnet exec Publisher.dll</c>, as CI runs it), for what one
/// process cannot show: its working folder and environment, locks held by another process, a process killed midway.
/// </summary>
public sealed class CommandLineProcess : IDisposable
{
    private static readonly string Cli = Path.Combine(AppContext.BaseDirectory, "Publisher.dll");
    private readonly Task<string> _output;
    private readonly Task<string> _errors;

    private CommandLineProcess(Process process)
    {
        Process = process;
        // Both streams are read from the start, so a full pipe never stops the build.
        _output = process.StandardOutput.ReadToEndAsync();
        _errors = process.StandardError.ReadToEndAsync();
    }

    public Process Process { get; }

    /// <param name="environment">Variables to set (or, with a null value, remove) for the process.</param>
    public static CommandLineProcess Start(string workingDirectory, IReadOnlyDictionary<string, string?> environment, params string[] arguments) =>
        Start("dotnet", ["exec", Cli], workingDirectory, environment, arguments);

    /// <summary>Runs <paramref name="executable"/>, a published program, as it is rather than through <c>dotnet exec</c>.</summary>
    public static CommandLineResult RunExecutable(string executable, string workingDirectory, IReadOnlyDictionary<string, string?> environment, params string[] arguments)
    {
        using var process = Start(executable, [], workingDirectory, environment, arguments);
        return process.WaitForExit();
    }

    private static CommandLineProcess Start(string program, string[] programArguments, string workingDirectory, IReadOnlyDictionary<string, string?> environment, string[] arguments)
    {
        // Messages are compared in English, whatever the language the program would choose by itself.
        var start = new ProcessStartInfo(program, [.. programArguments, "--lang", "en", .. arguments])
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (name, value) in environment)
        {
            if (value is null) start.Environment.Remove(name);
            else start.Environment[name] = value;
        }
        return new CommandLineProcess(Process.Start(start)!);
    }

    public static CommandLineProcess Start(string workingDirectory, params string[] arguments) =>
        Start(workingDirectory, new Dictionary<string, string?>(), arguments);

    public static CommandLineResult Run(string workingDirectory, IReadOnlyDictionary<string, string?> environment, params string[] arguments)
    {
        using var process = Start(workingDirectory, environment, arguments);
        return process.WaitForExit();
    }

    public static CommandLineResult Run(string workingDirectory, params string[] arguments) =>
        Run(workingDirectory, new Dictionary<string, string?>(), arguments);

    public CommandLineResult WaitForExit()
    {
        Assert.True(Process.WaitForExit(TimeSpan.FromMinutes(5)), "the command line did not finish within 5 minutes");
        return new CommandLineResult(Process.ExitCode, RunToRunText.Hidden(_output.Result), RunToRunText.Hidden(_errors.Result));
    }

    /// <summary>How a build that has to stop names <paramref name="process"/> when it holds the output folder's lock.</summary>
    public static string AsLockHolder(Process process) =>
        string.Create(CultureInfo.InvariantCulture, $"process {process.Id}, started {process.StartTime.ToUniversalTime():yyyy-MM-dd HH:mm:ss} UTC");

    public void Dispose()
    {
        if (!Process.HasExited) Process.Kill(entireProcessTree: true);
        Process.Dispose();
    }
}
