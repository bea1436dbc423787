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
    public static Command Create(Option<DirectoryInfo?> input, Func<ParseResult, MessageLanguage> languageOf, TextWriter output, TextWriter error)
    {
        var files = new Argument<FileInfo[]>("FILE") { Description = "Minutes to import: plain text (.txt, UTF-8 or Windows-1250) or Word (.docx)", Arity = ArgumentArity.OneOrMore };
        var region = new Option<string?>("--region") { Description = "The region's id from regions.yml (default: the one region the text names)" };
        var group = new Option<string?>("--group") { Description = "The working group's id from regions.yml (default: the one group of the region the title or text names)" };
        var outputFolder = new Option<DirectoryInfo?>("--output")
        {
            Description = "Write the Markdown files into this folder (default: documents/REGION/YYYY/ of the input folder, named YYYY-MM-DD-GROUP.md as new names them)",
        };
        var force = new Option<bool>("--force") { Description = "Replace a file that already exists (by default it is left as it is)" };
        var import = new Command("import", "Convert legacy minutes (plain text or Word) into Markdown with front matter, and check the result; "
            + "never replaces a file without --force") { files, input, region, group, outputFolder, force };
        import.SetAction(parsed => Run(
            parsed.GetValue(input)?.FullName,
            new ImportRequest(parsed.GetValue(files)!.Select(f => f.ToString()).ToList(), parsed.GetValue(region), parsed.GetValue(group),
                parsed.GetValue(outputFolder)?.FullName, parsed.GetValue(force)),
            languageOf(parsed), output, error));
        return import;
    }

    private static int Run(string? inputOption, ImportRequest request, MessageLanguage language, TextWriter output, TextWriter error)
    {
        var currentFolder = Environment.CurrentDirectory;
        var repository = RepositoryRoot.Find(currentFolder);
        if (inputOption is null && repository is null) return Refuse(error, ImportMessages.NoRepository(currentFolder), language);
        var inputFolder = inputOption ?? Path.Combine(repository!, "input");
        if (!File.Exists(Path.Combine(inputFolder, ContentLoader.SiteFileName))) return Refuse(error, ImportMessages.NotAnInputFolder(inputFolder), language);

        IReadOnlyList<ImportedFile> imported;
        try
        {
            imported = new MinutesImport(inputFolder, FolderDisplay.Of(inputFolder)).Run(request);
        }
        catch (ImportRefusedException e)
        {
            return Refuse(error, e.Text, language);
        }
        var exit = PublisherCli.Success;
        foreach (var file in imported)
        {
            if (file.Refusal is { } refusal)
            {
                exit = Refuse(error, refusal, language);
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

    /// <summary>One line that says why, and what to do.</summary>
    private static int Refuse(TextWriter error, Message reason, MessageLanguage language)
    {
        error.WriteLine(OneLineText.Escape($"{Diagnostic.SeverityWord(Severity.Error, language)}: {reason.In(language)}"));
        return PublisherCli.BuildStopped;
    }
}
