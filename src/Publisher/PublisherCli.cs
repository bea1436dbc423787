using System.CommandLine;
using Publisher.Core.Build;
using Publisher.Core.Diagnostics;

namespace Publisher;

/// <summary>The command line: parses options and hands over to <see cref="SiteBuild"/>.</summary>
public static class PublisherCli
{
    public const int Success = 0;
    public const int ContentErrors = 1;
    /// <summary>The build could not finish for a reason outside the content: a full disk, missing permissions, a defect.</summary>
    public const int BuildStopped = 2;

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var input = new Option<DirectoryInfo?>("--input") { Description = "Content folder (default: input/ of the repository)" };
        var outputOption = new Option<DirectoryInfo?>("--output") { Description = "Where the site is written (default: output/ of the repository)" };
        var theme = new Option<DirectoryInfo?>("--theme") { Description = "Theme folder (default: theme/ of the repository)" };

        var build = new Command("build", "Build the site from the content and the theme") { input, outputOption, theme };
        build.SetAction(parsed =>
        {
            var root = RepositoryRoot.Find(Environment.CurrentDirectory);
            DateOnly today;
            try
            {
                today = BuildDay.Of(Environment.GetEnvironmentVariable(BuildDay.SourceDateEpochVariable), DateTimeOffset.Now);
            }
            catch (FormatException e)
            {
                error.WriteLine($"error: {OneLineText.Escape(e.Message)}");
                return BuildStopped;
            }
            var options = new BuildOptions(
                parsed.GetValue(input)?.FullName ?? Path.Combine(root, "input"),
                parsed.GetValue(outputOption)?.FullName ?? Path.Combine(root, "output"),
                parsed.GetValue(theme)?.FullName ?? Path.Combine(root, "theme"),
                today);
            return Build(options, output, error);
        });

        var command = new RootCommand("Publisher builds the public website of community planning minutes and plans.") { build };
        return command.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
    }

    private static int Build(BuildOptions options, TextWriter output, TextWriter error)
    {
        BuildResult result;
        try
        {
            result = new SiteBuild(options).Run();
        }
        catch (Exception e)
        {
            // The staging folder is gone by now; what is published was never touched.
            var cause = e is AggregateException aggregate ? aggregate.Flatten().InnerExceptions[0] : e;
            error.WriteLine(cause is IOException or UnauthorizedAccessException
                ? $"error: the build stopped: {cause.Message}"
                : $"error: the build stopped on an internal error: {cause}");
            error.WriteLine("The output folder was not changed.");
            return BuildStopped;
        }
        foreach (var diagnostic in result.Diagnostics)
            error.WriteLine(diagnostic);
        if (!result.Succeeded)
        {
            error.WriteLine($"Build failed: {result.ErrorCount} error(s), {result.WarningCount} warning(s). The output folder was not changed.");
            return ContentErrors;
        }
        output.WriteLine($"Built {result.DocumentCount} document(s) into {options.OutputDirectory}: {result.PageCount} pages, {result.FileCount} files, {result.WarningCount} warning(s).");
        return Success;
    }
}
