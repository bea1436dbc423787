using System.CommandLine;
using System.Runtime.InteropServices;
using Publisher.Core.Build;
using Publisher.Core.Diagnostics;
using Publisher.Core.Load;
using Publisher.Core.Preview;

namespace Publisher;

/// <summary>
/// <c>preview</c>: shows the site at a local address while it is being edited (<see cref="SitePreview"/>), until
/// Ctrl+C. Exit codes: 0 stopped with Ctrl+C, 2 it could not start (no repository, missing folders, a port in use).
/// </summary>
public static class PreviewCommand
{
    private const int HighestPort = 65535;

    public static Command Create(Option<DirectoryInfo?> input, Option<DirectoryInfo?> theme, MessageLanguage language, TextWriter output, TextWriter error)
    {
        var port = new Option<int>("--port") { Description = PreviewMessages.PortOption.In(language) };
        port.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<int>();
            if (value is < 0 or > HighestPort) result.AddError(PreviewMessages.PortOutOfRange(value).In(language));
        });
        var preview = new Command("preview", PreviewMessages.CommandDescription.In(language)) { port, input, theme };
        preview.SetAction(parsed =>
        {
            using var stop = new CancellationTokenSource();
            ConsoleCancelEventHandler stopOnCtrlC = (_, pressed) =>
            {
                // The preview stops by itself, cleanly, instead of the process being ended.
                pressed.Cancel = true;
                stop.Cancel();
            };
            Console.CancelKeyPress += stopOnCtrlC;
            // A terminal that closes, or a process manager, ends the preview with SIGTERM: it stops as cleanly as on Ctrl+C.
            using var stopOnTermination = PosixSignalRegistration.Create(PosixSignal.SIGTERM, signal =>
            {
                signal.Cancel = true;
                stop.Cancel();
            });
            try
            {
                return Run(parsed.GetValue(input)?.FullName, parsed.GetValue(theme)?.FullName, parsed.GetValue(port), language, output, error, stop.Token);
            }
            finally
            {
                Console.CancelKeyPress -= stopOnCtrlC;
            }
        });
        return preview;
    }

    /// <summary>Runs the preview until <paramref name="stop"/> is cancelled.</summary>
    public static int Run(string? inputOption, string? themeOption, int port, MessageLanguage language, TextWriter output, TextWriter error, CancellationToken stop)
    {
        var currentFolder = Environment.CurrentDirectory;
        var repository = RepositoryRoot.Find(currentFolder);
        if (repository is null && (inputOption is null || themeOption is null))
            return PublisherCli.Refuse(error, language, CommandLineMessages.NoRepositoryToBuild(currentFolder, withOutput: false));
        var inputFolder = inputOption ?? Path.Combine(repository!, "input");
        var themeFolder = themeOption ?? Path.Combine(repository!, "theme");
        if (!File.Exists(Path.Combine(inputFolder, ContentLoader.SiteFileName)))
            return PublisherCli.Refuse(error, language, CommandLineMessages.NotAnInputFolder(inputFolder, ContentLoader.SiteFileName, ContentLoader.RegionsFileName));
        if (!Directory.Exists(themeFolder)) return PublisherCli.Refuse(error, language, PreviewMessages.NoThemeFolder(themeFolder));
        var sourceDateEpoch = Environment.GetEnvironmentVariable(BuildDay.SourceDateEpochVariable);
        try
        {
            BuildDay.Of(sourceDateEpoch, DateTimeOffset.Now);
        }
        catch (BuildDayException e)
        {
            return PublisherCli.Refuse(error, language, e.Text);
        }

        // Builds are reported from the preview's own thread while this one waits.
        var printing = new Lock();
        void Report(PreviewBuild build)
        {
            lock (printing) Print(build, language, output, error);
        }

        SitePreview preview;
        try
        {
            preview = SitePreview.Start(
                new PreviewOptions(inputFolder, themeFolder, port, language, () => BuildDay.Of(sourceDateEpoch, DateTimeOffset.Now)), Report);
        }
        catch (PreviewPortException e)
        {
            return PublisherCli.Refuse(error, language, e.Text);
        }
        using (preview)
        {
            lock (printing) output.WriteLine(OneLineText.Escape(PreviewMessages.Serving(preview.Address.ToString()).In(language)));
            stop.WaitHandle.WaitOne();
        }
        output.WriteLine(PreviewMessages.PreviewStopped.In(language));
        return PublisherCli.Success;
    }

    private static void Print(PreviewBuild build, MessageLanguage language, TextWriter output, TextWriter error)
    {
        if (build.Result is not { } result)
        {
            error.WriteLine(OneLineText.Escape(PreviewMessages.BuildStopped(build.Number, build.StoppedBy!).In(language)));
            return;
        }
        foreach (var diagnostic in result.Diagnostics) error.WriteLine(diagnostic.Format(language));
        if (result.Succeeded)
        {
            foreach (var line in result.Summary) output.WriteLine(OneLineText.Escape(line.In(language)));
        }
        var summary = result.Succeeded
            ? PreviewMessages.Built(build.Number, result.DocumentCount, result.PageCount, result.WarningCount)
            : PreviewMessages.Failed(build.Number, result.ErrorCount, result.WarningCount);
        (result.Succeeded ? output : error).WriteLine(OneLineText.Escape(summary.In(language)));
    }
}
