using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using Publisher.Core.Authoring;
using Publisher.Core.Build;
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

    /// <summary>Printed after every command's help; System.CommandLine has no section for exit codes.</summary>
    private const string ExitCodesHelp = """
        Exit codes:
          0  the site was built
          1  the content or theme has errors
          2  the build could not run or finish: a usage error, an output folder it must not replace,
             another build writing the same output folder, a full disk, missing permissions
          In every failing case the output folder stays as it was.
        """;

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var language = new Option<string>("--lang")
        {
            Description = "The language of messages: cs (the site's language, the default) or en, for developers and bug reports",
            DefaultValueFactory = _ => Czech,
            Recursive = true,
        };
        language.AcceptOnlyFromAmong(Czech, English);
        MessageLanguage LanguageOf(ParseResult parsed) => parsed.GetValue(language) == English ? MessageLanguage.English : MessageLanguage.Czech;

        var input = new Option<DirectoryInfo?>("--input") { Description = "Content folder, the one holding site.yml (default: input/ of the repository)" };
        var outputOption = new Option<DirectoryInfo?>("--output")
        {
            Description = "Where the site is written; the whole folder is replaced, so it must hold nothing but the site (default: output/ of the repository)",
        };
        var theme = new Option<DirectoryInfo?>("--theme") { Description = "Theme folder (default: theme/ of the repository)" };
        var force = new Option<bool>("--force")
        {
            Description = "Replace an output folder that is not empty and was not written by Publisher. Never allows the input, theme, "
                + "repository, current, home or root folder, a folder containing one of them, or one inside the input or theme",
        };

        var build = new Command("build", "Build the site from the content and the theme") { input, outputOption, theme, force };
        build.SetAction(parsed => Build(
            new BuildRequest(parsed.GetValue(input)?.FullName, parsed.GetValue(outputOption)?.FullName, parsed.GetValue(theme)?.FullName, parsed.GetValue(force), LanguageOf(parsed)),
            output, error));

        var format = new Option<string>("--format")
        {
            Description = "How problems are printed: text (file:line:col: error: message, on standard error) or github "
                + "(GitHub Actions annotations on standard output, shown on the file's line in a pull request)",
            DefaultValueFactory = _ => TextFormat,
        };
        format.AcceptOnlyFromAmong(TextFormat, GitHubFormat);
        var check = new Command("check", "Check the content and the theme as a build does, every page rendered, without writing anything") { input, theme, format };
        check.SetAction(parsed => Build(
            new BuildRequest(parsed.GetValue(input)?.FullName, Output: null, parsed.GetValue(theme)?.FullName, Force: false, LanguageOf(parsed), CheckOnly: true,
                GitHubAnnotations: parsed.GetValue(format) == GitHubFormat),
            output, error));

        var region = new Option<string>("--region") { Description = "The region's id from regions.yml", Required = true };
        var group = new Option<string>("--group") { Description = "The working group's id from regions.yml", Required = true };
        var date = new Option<string?>("--date")
        {
            Description = "The meeting's day, YYYY-MM-DD (default: the next meeting the group's latest minutes announced, else today)",
        };
        var newMinutes = new Command("new", "Start the minutes of a working group's meeting: a draft at the conventional path, with the front matter "
            + "filled in from the group's latest minutes; never replaces a file") { input, region, group, date };
        newMinutes.SetAction(parsed => New(parsed.GetValue(input)?.FullName, parsed.GetValue(region)!, parsed.GetValue(group)!, parsed.GetValue(date), output, error));

        var command = new RootCommand("Publisher builds the public website of community planning minutes and plans.") { language, build, check, newMinutes, ImportCommand.Create(input, LanguageOf, output, error) };
        command.SetAction(_ => Refuse(error, "no command given; run build to build the site, or --help to see the commands"));
        foreach (var help in command.Options.OfType<HelpOption>())
            help.Action = new HelpWithExitCodes((SynchronousCommandLineAction)help.Action!);

        var parsed = command.Parse(args);
        // System.CommandLine exits with 1 on a usage error, which here means errors in the content.
        if (parsed.Errors.Count > 0)
        {
            foreach (var problem in parsed.Errors)
                error.WriteLine(OneLineText.Escape($"error: {problem.Message.TrimEnd('.')}; the commands and their options are listed by --help"));
            return BuildStopped;
        }
        return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }

    /// <summary>How the command line reports a build stopped by an exception: one line, whatever the exception's text holds.</summary>
    public static string StoppedMessage(Exception exception)
    {
        var cause = exception is AggregateException aggregate ? aggregate.Flatten().InnerExceptions[0] : exception;
        return OneLineText.Escape(cause is IOException or UnauthorizedAccessException
            ? $"error: the build stopped: {cause.Message}"
            : $"error: the build stopped on an internal error: {cause}");
    }

    private const string Czech = "cs";
    private const string English = "en";
    private const string TextFormat = "text";
    private const string GitHubFormat = "github";

    /// <param name="CheckOnly">Check as a build does, without an output folder: nothing is written.</param>
    /// <param name="GitHubAnnotations">Print the problems as GitHub Actions annotations on standard output.</param>
    private sealed record BuildRequest(string? Input, string? Output, string? Theme, bool Force, MessageLanguage Language, bool CheckOnly = false, bool GitHubAnnotations = false);

    private static int Build(BuildRequest request, TextWriter output, TextWriter error)
    {
        BuildOptions options;
        BuildResult result;
        try
        {
            var currentFolder = Environment.CurrentDirectory;
            var repository = RepositoryRoot.Find(currentFolder);
            if (repository is null && (request.Input is null || request.Theme is null || (request.Output is null && !request.CheckOnly)))
            {
                var folders = request.CheckOnly ? "--input and --theme" : "--input, --output and --theme";
                return Refuse(error,
                    $"no repository (a folder with input/ and theme/) was found in {currentFolder} or any folder above it; run the build inside the repository, or name the folders with {folders}");
            }
            DateOnly today;
            try
            {
                today = BuildDay.Of(Environment.GetEnvironmentVariable(BuildDay.SourceDateEpochVariable), DateTimeOffset.Now);
            }
            catch (FormatException e)
            {
                return Refuse(error, e.Message);
            }
            options = new BuildOptions(
                request.Input ?? Path.Combine(repository!, "input"),
                request.Output ?? Path.Combine(repository ?? currentFolder, "output"),
                request.Theme ?? Path.Combine(repository!, "theme"),
                today);
            if (request.Input is not null && !File.Exists(Path.Combine(options.InputDirectory, ContentLoader.SiteFileName)))
            {
                return Refuse(error,
                    $"{options.InputDirectory} has no {ContentLoader.SiteFileName}; is this the input folder? Pass --input the folder that holds {ContentLoader.SiteFileName}, {ContentLoader.RegionsFileName} and documents/");
            }
            if (request.CheckOnly)
            {
                result = new SiteBuild(options).Check();
            }
            else
            {
                var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
                var refusal = OutputFolderCheck.Refusal(options.OutputDirectory,
                    new ProtectedFolders(options.InputDirectory, options.ThemeDirectory, repository, currentFolder, home), request.Force);
                if (refusal is not null) return Refuse(error, refusal);
                result = new SiteBuild(options).Run();
            }
        }
        catch (OutputFolderBusyException e)
        {
            return Refuse(error, e.Message);
        }
        catch (Exception e)
        {
            // The staging folder is gone by now; what is published was never touched.
            error.WriteLine(StoppedMessage(e));
            error.WriteLine("The output folder was not changed.");
            return BuildStopped;
        }
        foreach (var diagnostic in result.Diagnostics)
        {
            if (request.GitHubAnnotations) output.WriteLine(GitHubAnnotation.Format(diagnostic, request.Language));
            else error.WriteLine(diagnostic.Format(request.Language));
        }
        if (!result.Succeeded)
        {
            error.WriteLine(request.CheckOnly
                ? $"Check failed: {result.ErrorCount} error(s), {result.WarningCount} warning(s)."
                : $"Build failed: {result.ErrorCount} error(s), {result.WarningCount} warning(s). The output folder was not changed.");
            return ContentErrors;
        }
        foreach (var line in result.Summary)
            output.WriteLine(OneLineText.Escape(line));
        if (request.CheckOnly)
        {
            output.WriteLine($"Checked {result.DocumentCount} document(s): {result.PageCount} pages, {result.WarningCount} warning(s); nothing was written.");
            return Success;
        }
        output.WriteLine(OneLineText.Escape($"Built {result.DocumentCount} document(s) into {options.OutputDirectory}: {result.PageCount} pages, {result.FileCount} files, {result.WarningCount} warning(s)."));
        return Success;
    }

    private static int New(string? inputOption, string regionId, string groupId, string? dateText, TextWriter output, TextWriter error)
    {
        var currentFolder = Environment.CurrentDirectory;
        var repository = RepositoryRoot.Find(currentFolder);
        if (inputOption is null && repository is null)
            return Refuse(error, $"no repository (a folder with input/ and theme/) was found in {currentFolder} or any folder above it; run new inside the repository, or name the input folder with --input");
        var inputFolder = inputOption ?? Path.Combine(repository!, "input");
        if (!File.Exists(Path.Combine(inputFolder, ContentLoader.SiteFileName)))
            return Refuse(error, $"{inputFolder} has no {ContentLoader.SiteFileName}; is this the input folder? Pass --input the folder that holds {ContentLoader.SiteFileName}, {ContentLoader.RegionsFileName} and documents/");
        DateOnly? day = null;
        if (dateText is not null)
        {
            if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var parsed))
                return Refuse(error, $"--date '{dateText}' is not a date; write it as YYYY-MM-DD, e.g. 2026-03-04");
            day = parsed;
        }
        try
        {
            var today = BuildDay.Of(Environment.GetEnvironmentVariable(BuildDay.SourceDateEpochVariable), DateTimeOffset.Now);
            var created = NewMinutes.Create(inputFolder, FolderDisplay.Of(inputFolder), new NewMinutesRequest(regionId, groupId, day), today);
            output.WriteLine(OneLineText.Escape($"Created {created.DisplayPath} ({created.Origin}); fill it in, then delete the line 'draft: true' to publish it."));
            return Success;
        }
        catch (Exception e) when (e is NewMinutesRefusedException or FormatException)
        {
            return Refuse(error, e.Message);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Refuse(error, $"no file was created: {e.Message}");
        }
    }

    /// <summary>Stops before anything was touched, with one line that says why and what to do.</summary>
    private static int Refuse(TextWriter error, string reason)
    {
        error.WriteLine(OneLineText.Escape("error: " + reason));
        return BuildStopped;
    }

    /// <summary>The standard help followed by the exit codes.</summary>
    private sealed class HelpWithExitCodes(SynchronousCommandLineAction standard) : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            var exit = standard.Invoke(parseResult);
            parseResult.InvocationConfiguration.Output.WriteLine(ExitCodesHelp);
            return exit;
        }
    }
}
