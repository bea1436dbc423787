using System.Diagnostics;
using Publisher.Tests.Authoring.Import;
using Publisher.Tests.Support;

namespace Publisher.Tests.Cli;

/// <summary>
/// The program as the Netlify build and bench/ publish it: compiled ahead of time to native code, where nothing can
/// be compiled while it runs and trimming drops what no code names. The rest of the tests run the program on the .NET
/// runtime; these run both on the same input and require the same files and the same messages.
/// </summary>
public sealed class NativeProgramTests(NativeProgram native) : IClassFixture<NativeProgram>, IDisposable
{
    private static readonly string BrokenCorpus = Path.Combine(RepositoryPaths.Fixtures, "broken");
    private static readonly IReadOnlyDictionary<string, string?> NoChanges = new Dictionary<string, string?>();
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [SkippableFact]
    public void The_native_program_builds_a_site_with_plans_byte_for_byte_as_the_runtime_does()
    {
        native.SkipUnlessAvailable();
        var input = SiteWithPlans();

        var onRuntime = OnRuntime(Build(input, _temp.Combine("runtime"), "--no-cache"));
        var compiled = Native(Build(input, _temp.Combine("native"), "--no-cache"));

        Assert.Equal(0, onRuntime.ExitCode);
        Assert.Equal(onRuntime, compiled with { Output = compiled.Output.Replace(_temp.Combine("native"), _temp.Combine("runtime"), StringComparison.Ordinal) });
        var built = OutputSnapshot.Of(_temp.Combine("runtime"));
        Assert.Contains("data/documents.json", built);
        Assert.Contains("plany/", built);
        Assert.Equal(built, OutputSnapshot.Of(_temp.Combine("native")));
    }

    [SkippableFact]
    public void Pages_the_native_program_keeps_from_its_last_build_are_those_it_would_render()
    {
        native.SkipUnlessAvailable();
        var input = SiteWithPlans();
        var output = _temp.Combine("kept");
        Assert.Equal(0, Native(Build(input, output)).ExitCode);
        var unchanged = Native(Build(input, output));
        Assert.Matches(@"\(0 rendered, [1-9]\d* kept unchanged from the previous build\)", unchanged.Output);
        var changed = Directory.EnumerateFiles(Path.Combine(input, "documents"), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).First();
        File.AppendAllText(changed, "\nDoplněno po jednání.\n");

        var again = Native(Build(input, output));
        var whole = Native(Build(input, _temp.Combine("whole"), "--no-cache"));

        Assert.Equal(0, again.ExitCode);
        Assert.Matches(@"\([1-9]\d* rendered, [1-9]\d* kept unchanged from the previous build\)", again.Output);
        Assert.Equal(OutputSnapshot.Of(_temp.Combine("whole")), WithoutRecords(OutputSnapshot.Of(output)));
        Assert.Equal(0, whole.ExitCode);
    }

    [SkippableFact]
    public void The_native_program_reports_broken_documents_as_the_runtime_does()
    {
        native.SkipUnlessAvailable();
        var input = _temp.Combine("broken");
        TempDirectory.CopyTree(RepositoryPaths.Input, input);
        var into = Path.Combine(input, "documents", "zatec", "2021");
        Directory.CreateDirectory(into);
        foreach (var file in Directory.EnumerateFiles(BrokenCorpus, "*.md"))
            File.Copy(file, Path.Combine(into, Path.GetFileName(file)));

        var onRuntime = OnRuntime("check", "--input", input, "--theme", RepositoryPaths.Theme);
        var compiled = Native("check", "--input", input, "--theme", RepositoryPaths.Theme);

        Assert.Equal(1, onRuntime.ExitCode);
        Assert.True(onRuntime.Errors.Split('\n').Count(l => l.Contains(": error: ", StringComparison.Ordinal)) >= 20, onRuntime.Errors);
        Assert.Equal(onRuntime, compiled);
    }

    [SkippableFact]
    public void The_native_program_imports_a_Word_document_as_the_runtime_does()
    {
        native.SkipUnlessAvailable();
        var word = _temp.Combine("zapis.docx");
        ImportCommandTests.WriteWordDocument(word);
        string[] Import(string output) => ["import", word, "--input", RepositoryPaths.Input, "--region", "zatec", "--group", "socialni-prevence-a-odborne-socialni-poradenstvi", "--output", output];

        var onRuntime = OnRuntime(Import(_temp.Combine("runtime")));
        var compiled = Native(Import(_temp.Combine("native")));

        Assert.Equal(0, onRuntime.ExitCode);
        Assert.Equal(0, compiled.ExitCode);
        var written = Assert.Single(Directory.GetFiles(_temp.Combine("runtime"), "*.md", SearchOption.AllDirectories));
        Assert.Contains("Rozpočet na rok 2024", File.ReadAllText(written));
        Assert.Equal(OutputSnapshot.Of(_temp.Combine("runtime")), OutputSnapshot.Of(_temp.Combine("native")));
    }

    /// <summary>The program on the .NET runtime, as every other test runs it, from the repository as the README runs it.</summary>
    private static CommandLineResult OnRuntime(params string[] arguments) => CommandLineProcess.Run(RepositoryPaths.Root, NoChanges, arguments);

    private CommandLineResult Native(params string[] arguments) => CommandLineProcess.RunExecutable(native.Executable, RepositoryPaths.Root, NoChanges, arguments);

    private static string[] Build(string input, string output, params string[] options) =>
        ["build", "--input", input, "--output", output, "--theme", RepositoryPaths.Theme, .. options];

    /// <summary>The real input with the plan versions of Fixtures/additions, committed so that both read its history.</summary>
    private string SiteWithPlans()
    {
        var site = _temp.Combine("site-" + Guid.NewGuid().ToString("N")[..8]);
        var input = Path.Combine(site, "input");
        TempDirectory.CopyTree(RepositoryPaths.Input, input);
        TempDirectory.CopyTree(Path.Combine(RepositoryPaths.Fixtures, "additions"), input);
        TestGit.CommitAll(site);
        return input;
    }

    private static string WithoutRecords(string snapshot) =>
        string.Join("\n", snapshot.Split('\n').Where(line =>
            !line.StartsWith(".publisher/render-cache ", StringComparison.Ordinal) && !line.StartsWith(".publisher/checked-documents ", StringComparison.Ordinal)));
}

/// <summary>
/// The program published as <c>.ci/netlify-build</c> publishes it, once for all the tests that use it, into a folder
/// of its own: its intermediate files go there too, so the publish never touches what the test run was built from.
/// Linking it needs a C compiler (clang or gcc): without one the tests are skipped with the reason, except under CI,
/// where they fail (`.ci/run` installs gcc when there is none).
/// </summary>
public sealed class NativeProgram : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly string? _executable;

    public NativeProgram()
    {
        if (!OperatingSystem.IsLinux())
        {
            Unavailable = "the native program is compared on Linux, where the Netlify build publishes it";
            return;
        }
        if (!OnPath("clang") && !OnPath("gcc"))
        {
            Unavailable = "no C compiler to link the native program (apt-get install gcc)";
            if (ContinuousIntegration.IsRunning) throw new InvalidOperationException(Unavailable + "; CI must run these tests");
            return;
        }
        var published = _temp.Combine("program");
        var start = new ProcessStartInfo("dotnet",
            ["publish", Path.Combine(RepositoryPaths.Root, "src", "Publisher"), "-c", "Release", "--use-current-runtime", "--nologo",
             "--artifacts-path", _temp.Combine("artifacts"), "-o", published])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(15)), "publishing the program took more than 15 minutes");
        Assert.True(process.ExitCode == 0, $"dotnet publish failed:\n{output.Result}\n{errors.Result}");
        _executable = Path.Combine(published, "Publisher");
        Assert.True(File.Exists(_executable), $"no native program in {published}:\n{output.Result}");
    }

    /// <summary>Why the native program cannot be published here; null when it was.</summary>
    public string? Unavailable { get; }

    public string Executable => _executable ?? throw new InvalidOperationException(Unavailable);

    public void SkipUnlessAvailable() => Skip.If(Unavailable is not null, Unavailable);

    private static bool OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(folder => File.Exists(Path.Combine(folder, program)));

    public void Dispose() => _temp.Dispose();
}
