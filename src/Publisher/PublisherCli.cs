using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using Publisher.Core.Authoring;
using Publisher.Core.Build;
using Publisher.Core.Czech;
using Publisher.Core.Diagnostics;
using Publisher.Core.Load;
using Publisher.Core.Sink;

namespace Publisher;

/// <summary>The command line: parses options, checks where the site may go and hands over to <see cref="SiteBuild"/>.</summary>
public static class PublisherCli
{
    public const int Success = 0;
    public const int ContentErrors = 1;

    /// <summary>
    /// The build could not run or finish for a reason outside the content: a usage error, an output folder it must
    /// not replace, another build writing the same output, a full disk, missing permissions, a defect.
    /// </summary>
    public const int BuildStopped = 2;

    /// <param name="progress">Where a build's progress is shown: the program tells a terminal from a log; other code sees none.</param>
    public static int Run(string[] args, TextWriter output, TextWriter error, ProgressShown progress = ProgressShown.None)
    {
        // Descriptions are made before the arguments are parsed, so the language is looked for first.
        var language = LanguageIn(args);
        var uiCulture = CultureInfo.CurrentUICulture;
        // System.CommandLine words its help and usage errors in the UI culture's language.
        CultureInfo.CurrentUICulture = language == MessageLanguage.English ? CultureInfo.InvariantCulture : CzechCulture.Culture;
        try
        {
            return Run(args, language, output, error, progress);
        }
        finally
        {
            CultureInfo.CurrentUICulture = uiCulture;
        }
    }

    private static int Run(string[] args, MessageLanguage language, TextWriter output, TextWriter error, ProgressShown progress)
    {
        string Text(Message message) => message.In(language);
        var languageOption = new Option<string>(LanguageOptionName)
        {
            Description = Text(CommandLineMessages.LanguageOption),
            DefaultValueFactory = _ => Czech,
            Recursive = true,
        };
        languageOption.AcceptOnlyFromAmong(Czech, English);
        var input = new Option<DirectoryInfo?>("--input") { Description = Text(CommandLineMessages.InputOption) };
        var outputOption = new Option<DirectoryInfo?>("--output") { Description = Text(CommandLineMessages.OutputOption) };
        var theme = new Option<DirectoryInfo?>("--theme") { Description = Text(CommandLineMessages.ThemeOption) };
        var force = new Option<bool>("--force") { Description = Text(CommandLineMessages.ForceOption) };

        var noCache = new Option<bool>("--no-cache") { Description = Text(CommandLineMessages.NoCacheOption) };

        var build = new Command("build", Text(CommandLineMessages.BuildDescription)) { input, outputOption, theme, force, noCache };
        build.SetAction(parsed => Build(
            new BuildRequest(parsed.GetValue(input)?.FullName, parsed.GetValue(outputOption)?.FullName, parsed.GetValue(theme)?.FullName, parsed.GetValue(force), language, progress)
            {
                RenderEverything = parsed.GetValue(noCache),
            },
            output, error));

        var format = new Option<string>("--format") { Description = Text(CommandLineMessages.FormatOption), DefaultValueFactory = _ => TextFormat };
        format.AcceptOnlyFromAmong(TextFormat, GitHubFormat);
        var check = new Command("check", Text(CommandLineMessages.CheckDescription)) { input, theme, format };
        check.SetAction(parsed => Build(
            new BuildRequest(parsed.GetValue(input)?.FullName, Output: null, parsed.GetValue(theme)?.FullName, Force: false, language, progress, CheckOnly: true,
                GitHubAnnotations: parsed.GetValue(format) == GitHubFormat),
            output, error));

        var region = new Option<string>("--region") { Description = Text(CommandLineMessages.RegionOption), Required = true };
        var group = new Option<string>("--group") { Description = Text(CommandLineMessages.GroupOption), Required = true };
        var date = new Option<string?>("--date") { Description = Text(CommandLineMessages.DateOption) };
        var newMinutes = new Command("new", Text(CommandLineMessages.NewDescription)) { input, region, group, date };
        newMinutes.SetAction(parsed => New(parsed.GetValue(input)?.FullName, parsed.GetValue(region)!, parsed.GetValue(group)!, parsed.GetValue(date), language, output, error));

        var command = new RootCommand(Text(CommandLineMessages.RootDescription))
        {
            languageOption, build, check, newMinutes, ImportCommand.Create(input, language, output, error), PreviewCommand.Create(input, theme, language, output, error),
        };
        command.SetAction(_ => Refuse(error, language, CommandLineMessages.NoCommand));
        foreach (var help in command.Options.OfType<HelpOption>())
        {
            help.Description = Text(CommandLineMessages.HelpOption);
            help.Action = new HelpWithExitCodes((SynchronousCommandLineAction)help.Action!, Text(CommandLineMessages.ExitCodes));
        }

        var parsed = command.Parse(args);
        // System.CommandLine exits with 1 on a usage error, which here means errors in the content. Help asked for is
        // given even when what it is asked about lacks its required arguments (`import --help`).
        if (parsed.Errors.Count > 0 && parsed.Action is not HelpWithExitCodes)
        {
            foreach (var problem in parsed.Errors)
                error.WriteLine(ErrorLine(CommandLineMessages.UsageError(OneLine(problem.Message).TrimEnd('.')), language));
            return BuildStopped;
        }
        return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }

    /// <summary>System.CommandLine lists the accepted values one a line; here they follow each other on the message's one line.</summary>
    private static string OneLine(string text) => Regex.Replace(text, @" *\r?\n\t", " ");

    /// <summary>The language asked for with <c>--lang en</c>, <c>--lang=en</c> or <c>--lang:en</c>; Czech, the site's language, otherwise.</summary>
    private static MessageLanguage LanguageIn(string[] args)
    {
        for (var i = 0; i < args.Length; i++)
        {
            var value = args[i] == LanguageOptionName && i + 1 < args.Length ? args[i + 1]
                : args[i].StartsWith(LanguageOptionName + "=", StringComparison.Ordinal) || args[i].StartsWith(LanguageOptionName + ":", StringComparison.Ordinal)
                    ? args[i][(LanguageOptionName.Length + 1)..]
                    : null;
            if (value == English) return MessageLanguage.English;
        }
        return MessageLanguage.Czech;
    }

    /// <summary>How the command line reports a build stopped by an exception: one line, whatever the exception's text holds.</summary>
    public static string StoppedMessage(Exception exception, MessageLanguage language)
    {
        var cause = exception is AggregateException aggregate ? aggregate.Flatten().InnerExceptions[0] : exception;
        var reason = cause switch
        {
            IExplainedException explained => CommandLineMessages.Stopped(explained.Text),
            IOException or UnauthorizedAccessException => CommandLineMessages.StoppedBySystem(cause.Message),
            _ => CommandLineMessages.StoppedOnDefect(cause.ToString()),
        };
        return ErrorLine(reason, language);
    }

    private const string LanguageOptionName = "--lang";
    private const string Czech = "cs";
    private const string English = "en";
    private const string TextFormat = "text";
    private const string GitHubFormat = "github";

    /// <param name="CheckOnly">Check as a build does, without an output folder: nothing is written.</param>
    /// <param name="GitHubAnnotations">Print the problems as GitHub Actions annotations on standard output.</param>
    /// <param name="Progress">Where the build's progress is shown, on standard error.</param>
    private sealed record BuildRequest(string? Input, string? Output, string? Theme, bool Force, MessageLanguage Language, ProgressShown Progress,
        bool CheckOnly = false, bool GitHubAnnotations = false)
    {
        /// <summary>Render every page, keeping none from the previous build (<c>--no-cache</c>).</summary>
        public bool RenderEverything { get; init; }
    }

    private static int Build(BuildRequest request, TextWriter output, TextWriter error)
    {
        var language = request.Language;
        var clock = Stopwatch.StartNew();
        BuildOptions options;
        BuildResult result;
        using var progress = new BuildProgressDisplay(error, language, request.Progress);
        try
        {
            var currentFolder = Environment.CurrentDirectory;
            var repository = RepositoryRoot.Find(currentFolder);
            if (repository is null && (request.Input is null || request.Theme is null || (request.Output is null && !request.CheckOnly)))
            {
                return Refuse(error, language, CommandLineMessages.NoRepositoryToBuild(currentFolder, withOutput: !request.CheckOnly));
            }
            DateOnly today;
            try
            {
                today = BuildDay.Of(Environment.GetEnvironmentVariable(BuildDay.SourceDateEpochVariable), DateTimeOffset.Now);
            }
            catch (BuildDayException e)
            {
                return Refuse(error, language, e.Text);
            }
            options = new BuildOptions(
                request.Input ?? Path.Combine(repository!, "input"),
                request.Output ?? Path.Combine(repository ?? currentFolder, "output"),
                request.Theme ?? Path.Combine(repository!, "theme"),
                today) { Progress = progress, KeepUnchangedPages = !request.RenderEverything };
            if (request.Input is not null && !File.Exists(Path.Combine(options.InputDirectory, ContentLoader.SiteFileName)))
                return Refuse(error, language, CommandLineMessages.NotAnInputFolder(options.InputDirectory, ContentLoader.SiteFileName, ContentLoader.RegionsFileName));
            if (request.CheckOnly)
            {
                result = new SiteBuild(options).Check();
            }
            else
            {
                var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
                var refusal = OutputFolderCheck.Refusal(options.OutputDirectory,
                    new ProtectedFolders(options.InputDirectory, options.ThemeDirectory, repository, currentFolder, home), request.Force);
                if (refusal is not null) return Refuse(error, language, refusal);
                result = new SiteBuild(options).Run();
            }
        }
        catch (CzechCultureUnavailableException e)
        {
            return Refuse(error, language, e.Text);
        }
        catch (OutputFolderBusyException e)
        {
            return Refuse(error, language, e.Text);
        }
        catch (Exception e)
        {
            progress.Dispose();
            // The staging folder is gone by now; what is published was never touched.
            error.WriteLine(StoppedMessage(e, language));
            error.WriteLine(CommandLineMessages.OutputUnchanged.In(language));
            return BuildStopped;
        }
        progress.Dispose();
        foreach (var diagnostic in result.Diagnostics)
        {
            if (request.GitHubAnnotations) output.WriteLine(GitHubAnnotation.Format(diagnostic, language));
            else error.WriteLine(diagnostic.Format(language));
        }
        if (!result.Succeeded)
        {
            error.WriteLine((request.CheckOnly
                ? CommandLineMessages.CheckFailed(result.ErrorCount, result.WarningCount, clock.Elapsed)
                : CommandLineMessages.BuildFailed(result.ErrorCount, result.WarningCount, clock.Elapsed)).In(language));
            return ContentErrors;
        }
        foreach (var line in result.Summary)
            output.WriteLine(OneLineText.Escape(line.In(language)));
        output.WriteLine(OneLineText.Escape((request.CheckOnly
            ? CommandLineMessages.Checked(result.DocumentCount, result.PageCount, result.WarningCount, clock.Elapsed)
            : CommandLineMessages.Built(result.DocumentCount, options.OutputDirectory, result.PageCount, result.PagesKept, result.FileCount, result.WarningCount, clock.Elapsed)).In(language)));
        return Success;
    }

    private static int New(string? inputOption, string regionId, string groupId, string? dateText, MessageLanguage language, TextWriter output, TextWriter error)
    {
        if (InputFolder("new", inputOption, language, error) is not { } inputFolder) return BuildStopped;
        DateOnly? day = null;
        if (dateText is not null)
        {
            if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                return Refuse(error, language, CommandLineMessages.NotADate("--date", dateText));
            day = parsed;
        }
        try
        {
            var today = BuildDay.Of(Environment.GetEnvironmentVariable(BuildDay.SourceDateEpochVariable), DateTimeOffset.Now);
            var created = NewMinutes.Create(inputFolder, FolderDisplay.Of(inputFolder), new NewMinutesRequest(regionId, groupId, day), today);
            output.WriteLine(OneLineText.Escape(CommandLineMessages.Created(created.DisplayPath, created.Origin).In(language)));
            return Success;
        }
        catch (NewMinutesRefusedException e)
        {
            return Refuse(error, language, e.Text);
        }
        catch (BuildDayException e)
        {
            return Refuse(error, language, e.Text);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Refuse(error, language, CommandLineMessages.NothingCreated(e.Message));
        }
    }

    /// <summary>
    /// The input folder a command that writes content works in: <paramref name="inputOption"/>, else input/ of the
    /// repository; null, with the refusal printed, when there is none or it holds no site.yml.
    /// </summary>
    internal static string? InputFolder(string command, string? inputOption, MessageLanguage language, TextWriter error)
    {
        var currentFolder = Environment.CurrentDirectory;
        var repository = RepositoryRoot.Find(currentFolder);
        if (inputOption is null && repository is null)
        {
            Refuse(error, language, CommandLineMessages.NoRepository(currentFolder, command));
            return null;
        }
        var inputFolder = inputOption ?? Path.Combine(repository!, "input");
        if (File.Exists(Path.Combine(inputFolder, ContentLoader.SiteFileName))) return inputFolder;
        Refuse(error, language, CommandLineMessages.NotAnInputFolder(inputFolder, ContentLoader.SiteFileName, ContentLoader.RegionsFileName));
        return null;
    }

    /// <summary>Stops before anything was touched, with one line that says why and what to do.</summary>
    internal static int Refuse(TextWriter error, MessageLanguage language, Message reason)
    {
        error.WriteLine(ErrorLine(reason, language));
        return BuildStopped;
    }

    /// <summary>A problem that stops the program, worded as diagnostics are: "error: …", "chyba: …".</summary>
    private static string ErrorLine(Message reason, MessageLanguage language) =>
        OneLineText.Escape($"{Diagnostic.SeverityWord(Severity.Error, language)}: {reason.In(language)}");

    /// <summary>The standard help followed by the exit codes.</summary>
    private sealed class HelpWithExitCodes(SynchronousCommandLineAction standard, string exitCodes) : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            var exit = standard.Invoke(parseResult);
            parseResult.InvocationConfiguration.Output.WriteLine(exitCodes);
            return exit;
        }
    }
}
