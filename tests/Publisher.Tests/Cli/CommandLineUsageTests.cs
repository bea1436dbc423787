using Publisher.Tests.Support;

namespace Publisher.Tests.Cli;

/// <summary>Usage errors stop with exit code 2 and one line that says what to do; the help lists the exit codes.</summary>
public sealed class CommandLineUsageTests
{
    /// <summary>Runs the command line with messages in English, as most of these tests compare them.</summary>
    private static int Run(out string output, out string errors, params string[] args) => RunAsGiven(out output, out errors, ["--lang", "en", .. args]);

    private static int RunAsGiven(out string output, out string errors, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = PublisherCli.Run(args, stdout, stderr);
        output = stdout.ToString();
        errors = stderr.ToString();
        return exit;
    }

    public static TheoryData<string[], string> UsageErrors => new()
    {
        { [], "error: no command given; run build to build the site, or --help to see the commands" },
        { ["publish"], "error: Unrecognized command or argument 'publish'; the commands and their options are listed by --help" },
        { ["build", "--out", "site"], "error: Unrecognized command or argument '--out'; the commands and their options are listed by --help\n"
            + "error: Unrecognized command or argument 'site'; the commands and their options are listed by --help" },
        { ["build", "--output"], "error: Required argument missing for option: '--output'; the commands and their options are listed by --help" },
        { ["build", "--input"], "error: Required argument missing for option: '--input'; the commands and their options are listed by --help" },
        { ["build", "--force", "ano"], "error: Unrecognized command or argument 'ano'; the commands and their options are listed by --help" },
        { ["build", "--theme", "a\nb", "x\ty"], "error: Unrecognized command or argument 'x\\ty'; the commands and their options are listed by --help" },
    };

    /// <summary>One line per error System.CommandLine found, each with the way to the help.</summary>
    [Theory]
    [MemberData(nameof(UsageErrors))]
    public void A_usage_error_stops_with_exit_code_2_and_one_line(string[] args, string expected)
    {
        var exit = Run(out var output, out var errors, args);

        Assert.Equal(PublisherCli.BuildStopped, exit);
        Assert.Equal("", output);
        Assert.Equal(expected + "\n", errors);
    }

    private const string ExitCodes = """
        Exit codes:
          0  the site was built
          1  the content or theme has errors
          2  the build could not run or finish: a usage error, an output folder it must not replace,
             another build writing the same output folder, a full disk, missing permissions
          In every failing case the output folder stays as it was.

        """;

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("build", "--help")]
    [InlineData("import", "--help")]
    [InlineData("new", "-h")]
    [InlineData("preview", "--help")]
    public void The_help_ends_with_the_exit_codes(params string[] args)
    {
        var exit = Run(out var output, out var errors, args);

        Assert.Equal(0, exit);
        Assert.Equal("", errors);
        Assert.EndsWith("\n\n" + ExitCodes, output);
    }

    [Fact]
    public void The_build_help_documents_every_option_and_what_force_never_allows()
    {
        Run(out var output, out _, "build", "--help");

        var options = output[output.IndexOf("Options:\n", StringComparison.Ordinal)..output.IndexOf("\n\nExit codes:", StringComparison.Ordinal)];
        Assert.Equal("""
            Options:
              --input <input>    Content folder, the one holding site.yml (default: input/ of the repository)
              --output <output>  Where the site is written; the whole folder is replaced, so it must hold nothing but the site (default: output/ of the repository)
              --theme <theme>    Theme folder (default: theme/ of the repository)
              --force            Replace an output folder that is not empty and was not written by Publisher. Never allows the input, theme, repository, current, home or root folder, a folder containing one of them, or one inside the input or theme
              --no-cache         Render every page and keep none from the previous build in the output folder, nor record them for the next (by default pages whose content, template and settings did not change are kept)
              -?, -h, --help     Show help and usage information
              --lang <cs|en>     The language of messages: cs (the site's language, the default) or en, for developers and bug reports [default: cs]
            """, options.Replace("\r\n", "\n"));
    }

    [Fact]
    public void An_input_folder_without_site_yml_stops_before_anything_is_written()
    {
        using var temp = new TempDirectory();
        var notInput = temp.Combine("dokumenty");
        TempDirectory.CopyTree(Path.Combine(RepositoryPaths.Input, "documents"), notInput);
        var output = temp.Combine("output");
        var before = OutputSnapshot.Tree(temp.Path);

        var exit = Run(out var stdout, out var errors, "build", "--input", notInput, "--output", output, "--theme", RepositoryPaths.Theme);

        Assert.Equal(PublisherCli.BuildStopped, exit);
        Assert.Equal("", stdout);
        Assert.Equal($"error: {notInput} has no site.yml; is this the input folder? Pass --input the folder that holds site.yml, regions.yml and documents/\n", errors);
        Assert.Equal(before, OutputSnapshot.Tree(temp.Path));
    }

    [Fact]
    public void A_missing_input_folder_is_named_on_one_line_even_with_a_line_break_in_its_name()
    {
        using var temp = new TempDirectory();
        var missing = temp.Combine("vstup\nnový");
        var before = OutputSnapshot.Tree(temp.Path);

        var exit = Run(out _, out var errors, "build", "--input", missing, "--output", temp.Combine("output"), "--theme", RepositoryPaths.Theme);

        Assert.Equal(PublisherCli.BuildStopped, exit);
        Assert.Equal($"error: {temp.Path}/vstup\\nnový has no site.yml; is this the input folder? Pass --input the folder that holds site.yml, regions.yml and documents/\n", errors);
        Assert.Equal(before, OutputSnapshot.Tree(temp.Path));
    }

    [Theory]
    [InlineData]
    [InlineData("--input", "{input}")]
    [InlineData("--input", "{input}", "--theme", "{theme}")]
    [InlineData("--output", "{temp}/output", "--theme", "{theme}")]
    public void Outside_a_repository_a_build_without_all_three_folders_stops_and_says_how_to_name_them(params string[] options)
    {
        using var temp = new TempDirectory();
        var before = OutputSnapshot.Tree(temp.Path);
        var args = options.Select(o => o.Replace("{input}", RepositoryPaths.Input).Replace("{theme}", RepositoryPaths.Theme).Replace("{temp}", temp.Path));

        var result = CommandLineProcess.Run(temp.Path, ["build", .. args]);

        Assert.Equal(PublisherCli.BuildStopped, result.ExitCode);
        Assert.Equal("", result.Output);
        Assert.Equal($"error: no repository (a folder with input/ and theme/) was found in {temp.Path} or any folder above it; run the build inside the repository, or name the folders with --input, --output and --theme\n", result.Errors);
        Assert.Equal(before, OutputSnapshot.Tree(temp.Path));
    }

    [Fact]
    public void Outside_a_repository_naming_all_three_folders_builds()
    {
        using var temp = new TempDirectory();
        var work = temp.Combine("prace");
        Directory.CreateDirectory(work);

        var result = CommandLineProcess.Run(work, "build", "--input", RepositoryPaths.Input, "--output", temp.Combine("web"), "--theme", RepositoryPaths.Theme);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Errors);
        Assert.StartsWith($"Built 5 document(s) into {temp.Combine("web")}: ", result.Output);
        Assert.Empty(Directory.EnumerateFileSystemEntries(work));
    }

    public static TheoryData<string[], string> CzechUsageErrors => new()
    {
        { [], "chyba: nebyl zadán příkaz; web sestaví příkaz build, seznam příkazů vypíše --help" },
        { ["check", "--format", "xml"], "chyba: Argument 'xml' nebyl rozpoznán. Musí se jednat o jeden z těchto argumentů: 'text' 'github'; příkazy a jejich volby vypíše --help" },
        { ["check", "--lang", "de"], "chyba: Argument 'de' nebyl rozpoznán. Musí se jednat o jeden z těchto argumentů: 'cs' 'en'; příkazy a jejich volby vypíše --help" },
    };

    /// <summary>Without --lang the program speaks Czech, the site's language, System.CommandLine's own words included.</summary>
    [Theory]
    [MemberData(nameof(CzechUsageErrors))]
    public void Usage_errors_are_in_Czech_by_default(string[] args, string expected)
    {
        var exit = RunAsGiven(out var output, out var errors, args);

        Assert.Equal((PublisherCli.BuildStopped, ""), (exit, output));
        Assert.Equal(expected + "\n", errors);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("build", "--help")]
    public void The_help_is_in_Czech_by_default_and_ends_with_the_exit_codes_in_Czech(params string[] args)
    {
        var exit = RunAsGiven(out var output, out _, args);

        Assert.Equal(0, exit);
        Assert.Contains("Možnosti:", output);
        Assert.Matches(@"--lang <cs\|en> +Jazyk hlášení", output);
        Assert.EndsWith("\n\nNávratové kódy:\n  0  web se sestavil\n", output[..(output.IndexOf("  1  ", StringComparison.Ordinal))]);
        Assert.EndsWith("Při každém neúspěchu zůstane výstupní složka beze změny.\n", output);
    }

    [Theory]
    [InlineData("--lang=en")]
    [InlineData("--lang:en")]
    public void Every_spelling_of_the_language_option_is_understood(string option)
    {
        RunAsGiven(out _, out var errors, "check", option, "--format", "xml");

        Assert.StartsWith("error: Argument 'xml' not recognized", errors);
    }
}
