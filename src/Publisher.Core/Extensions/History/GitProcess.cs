using System.Diagnostics;

namespace Publisher.Core.Extensions.History;

/// <summary>
/// Runs <c>git</c> inside an editor's repository without letting the repository run anything: no shell, a fixed
/// environment (no system or user configuration, no pager, no prompts, no replaced objects, no lazy fetches), and
/// every setting that could start a program of the repository's configuration turned off on the command line.
/// </summary>
public sealed class GitProcess
{
    /// <summary>Settings given before every command; the command line wins over the repository's configuration.</summary>
    private static readonly string[] SafeSettings =
    [
        "--no-pager", "--no-replace-objects",
        "-c", "core.fsmonitor=false", "-c", "core.hooksPath=/dev/null", "-c", "core.pager=cat",
        "-c", "core.quotePath=false", "-c", "core.untrackedCache=false", "-c", "log.showSignature=false",
        "-c", "log.follow=false", "-c", "log.mailmap=false", "-c", "i18n.logOutputEncoding=UTF-8",
        "-c", "diff.external=", "-c", "protocol.allow=never",
    ];

    private readonly string _executable;
    private readonly string _workingDirectory;

    private GitProcess(string executable, string workingDirectory)
    {
        _executable = executable;
        _workingDirectory = workingDirectory;
    }

    /// <summary>Git run in <paramref name="workingDirectory"/>, or null when no <c>git</c> executable is on the PATH.</summary>
    public static GitProcess? Find(string workingDirectory)
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        foreach (var folder in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            if (!Path.IsPathRooted(folder)) continue;
            var candidate = Path.Combine(folder, "git");
            if (File.Exists(candidate)) return new GitProcess(candidate, workingDirectory);
        }
        return null;
    }

    /// <summary>Starts a command; its output is read from <see cref="Process.StandardOutput"/>, its errors are read and dropped.</summary>
    public Process Start(IEnumerable<string> arguments, bool withInput = false)
    {
        var start = new ProcessStartInfo(_executable)
        {
            WorkingDirectory = _workingDirectory,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = withInput,
        };
        foreach (var argument in SafeSettings.Concat(arguments)) start.ArgumentList.Add(argument);
        start.Environment.Clear();
        start.Environment["PATH"] = Path.GetDirectoryName(_executable)!;
        start.Environment["LC_ALL"] = "C";
        start.Environment["GIT_CONFIG_NOSYSTEM"] = "1";
        start.Environment["GIT_CONFIG_GLOBAL"] = "/dev/null";
        start.Environment["GIT_TERMINAL_PROMPT"] = "0";
        start.Environment["GIT_PAGER"] = "cat";
        start.Environment["GIT_NO_LAZY_FETCH"] = "1";
        start.Environment["GIT_NO_REPLACE_OBJECTS"] = "1";
        start.Environment["GIT_OPTIONAL_LOCKS"] = "0";
        start.Environment["GIT_ATTR_NOSYSTEM"] = "1";
        var process = Process.Start(start) ?? throw new IOException($"{_executable} did not start");
        // Read what it says on stderr, so that a chatty git never waits on a full pipe.
        process.ErrorDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>Runs a short command and returns its output, or null when it fails.</summary>
    public string? Output(params string[] arguments)
    {
        try
        {
            using var process = Start(arguments);
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode == 0 ? output : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
