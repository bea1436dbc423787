using System.Diagnostics;

namespace Publisher.Tests.Support;

/// <summary>Runs git for a test, without the machine's or the user's configuration; a failing command fails the test.</summary>
public static class TestGit
{
    public static string Run(string folder, params string[] arguments) => Run(folder, new Dictionary<string, string>(), arguments);

    public static string Run(string folder, IReadOnlyDictionary<string, string> environment, params string[] arguments) =>
        RunWithInput(folder, environment, null, arguments);

    /// <param name="input">What the command reads on its standard input.</param>
    public static string RunWithInput(string folder, IReadOnlyDictionary<string, string> environment, string? input, params string[] arguments)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = input is not null,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment["GIT_CONFIG_NOSYSTEM"] = "1";
        start.Environment["GIT_CONFIG_GLOBAL"] = "/dev/null";
        foreach (var (name, value) in environment) start.Environment[name] = value;
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        if (input is not null)
        {
            var writing = process.StandardInput.WriteAsync(input).ContinueWith(_ => process.StandardInput.Close());
            var read = process.StandardOutput.ReadToEndAsync();
            writing.Wait();
            process.WaitForExit();
            if (process.ExitCode != 0)
                throw new InvalidOperationException($"git {string.Join(' ', arguments)} failed: {errors.Result}");
            return read.Result;
        }
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"git {string.Join(' ', arguments)} failed: {errors.Result}");
        return output;
    }

    /// <summary>Makes <paramref name="folder"/> a repository with everything in it committed once.</summary>
    public static void CommitAll(string folder)
    {
        Run(folder, "init", "-q", "-b", "main");
        Run(folder, "config", "user.name", "Editor");
        Run(folder, "config", "user.email", "editor@example.org");
        Run(folder, "add", "-A");
        Run(folder, new Dictionary<string, string> { ["GIT_AUTHOR_DATE"] = "2020-01-01T09:00:00+01:00", ["GIT_COMMITTER_DATE"] = "2020-01-01T09:00:00+01:00" },
            "commit", "-q", "-m", "Obsah webu");
    }
}
