using System.CommandLine;
using Publisher.Core.Authoring.Import;
using Publisher.Core.Diagnostics;
using Publisher.Core.Load;

namespace Publisher;

/// <summary>
/// <c>import</c>: converts legacy minutes (plain text or Word) into the site's Markdown and checks what it wrote.
/// Exit codes as the other commands: 0 imported and passing check, 1 imported with errors check reports, 2 a file was
/// not imported (or nothing could be).
/// </summary>
public static class ImportCommand
{
    public static Command Create(Option<DirectoryInfo?> input, MessageLanguage language, TextWriter output, TextWriter error)
    {
        string Text(Message message) => message.In(language);
        var files = new Argument<FileInfo[]>("FILE") { Description = Text(CommandLineMessages.ImportFiles), Arity = ArgumentArity.OneOrMore };
        var region = new Option<string?>("--region") { Description = Text(CommandLineMessages.ImportRegionOption) };
        var group = new Option<string?>("--group") { Description = Text(CommandLineMessages.ImportGroupOption) };
        var outputFolder = new Option<DirectoryInfo?>("--output") { Description = Text(CommandLineMessages.ImportOutputOption) };
        var force = new Option<bool>("--force") { Description = Text(CommandLineMessages.ImportForceOption) };
        var import = new Command("import", Text(CommandLineMessages.ImportDescription)) { files, input, region, group, outputFolder, force };
        import.SetAction(parsed => Run(
            parsed.GetValue(input)?.FullName,
            new ImportRequest(parsed.GetValue(files)!.Select(f => f.ToString()).ToList(), parsed.GetValue(region), parsed.GetValue(group),
                parsed.GetValue(outputFolder)?.FullName, parsed.GetValue(force)),
            language, output, error));
        return import;
    }

    private static int Run(string? inputOption, ImportRequest request, MessageLanguage language, TextWriter output, TextWriter error)
    {
        if (PublisherCli.InputFolder("import", inputOption, language, error) is not { } inputFolder) return PublisherCli.BuildStopped;

        IReadOnlyList<ImportedFile> imported;
        try
        {
            imported = new MinutesImport(inputFolder, FolderDisplay.Of(inputFolder)).Run(request);
        }
        catch (ImportRefusedException e)
        {
            return PublisherCli.Refuse(error, language, e.Text);
        }
        var exit = PublisherCli.Success;
        foreach (var file in imported)
        {
            if (file.Refusal is { } refusal)
            {
                exit = PublisherCli.Refuse(error, language, refusal);
                continue;
            }
            output.WriteLine(OneLineText.Escape(ImportMessages.Imported(file.Source, file.Target!).In(language)));
            foreach (var note in file.Notes) output.WriteLine(OneLineText.Escape(note.In(language)));
            foreach (var diagnostic in file.Diagnostics) error.WriteLine(diagnostic.Format(language));
            if (file.PassesCheck) continue;
            var errors = file.Diagnostics.Count(d => d.Severity == Severity.Error);
            error.WriteLine(OneLineText.Escape(ImportMessages.FailsCheck(file.Target!, errors).In(language)));
            exit = Math.Max(exit, PublisherCli.ContentErrors);
        }
        return exit;
    }
}
