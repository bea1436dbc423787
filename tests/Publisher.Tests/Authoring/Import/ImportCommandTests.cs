using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Publisher.Core.Authoring.Import;
using Publisher.Tests.Support;

namespace Publisher.Tests.Authoring.Import;

/// <summary>
/// <c>import</c> reads text in either encoding and Word documents alike, writes what check accepts, never replaces a
/// file without --force and refuses a file it cannot read with one line.
/// </summary>
public sealed class ImportCommandTests : IDisposable
{
    private const string Zatec = "003_0a41da91c81234f4.txt";
    private const string ZatecTarget = "documents/zatec/2020/2020-06-10-socialni-prevence-a-odborne-socialni-poradenstvi.md";
    private readonly TempDirectory _temp = new();
    private readonly string _input;

    public ImportCommandTests()
    {
        _input = _temp.Combine("input");
        TempDirectory.CopyTree(RepositoryPaths.Input, _input);
    }

    public void Dispose() => _temp.Dispose();

    private (int Exit, string Output, string Errors) Import(params string[] arguments)
    {
        var output = new StringWriter();
        var errors = new StringWriter();
        var exit = PublisherCli.Run(["import", "--input", _input, "--lang", "en", .. arguments], output, errors);
        return (exit, output.ToString(), errors.ToString());
    }

    private static string Markdown(string path)
    {
        var document = LegacyFile.Read(path, "zapis");
        var fields = MinutesRecogniser.Recognise(document);
        return FrontMatterWriter.Write(new MinutesPlacement(fields.Title!, fields.Date!.Value, "zatec", "socialni-prevence-a-odborne-socialni-poradenstvi"), fields)
            + MarkdownBodyWriter.Write(document, fields.FrontMatterBlocks);
    }

    [Fact]
    public void A_Windows_1250_copy_imports_as_the_UTF_8_original()
    {
        var text = File.ReadAllText(SeedImportTests.Seed(Zatec));
        var legacy = _temp.Combine("zapis-1250.txt");
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        File.WriteAllBytes(legacy, Encoding.GetEncoding(1250).GetBytes(text));
        Assert.NotEqual(File.ReadAllBytes(SeedImportTests.Seed(Zatec)), File.ReadAllBytes(legacy));

        Assert.Equal(Markdown(SeedImportTests.Seed(Zatec)), Markdown(legacy));
    }

    [Fact]
    public void A_Word_document_imports_as_the_same_text_saved_as_plain_text()
    {
        var plain = _temp.Combine("zapis.txt");
        File.WriteAllText(plain, """
            Zápis z jednání pracovní skupiny Senioři

            Datum: 12. 5. 2023, 14:00 hod.

            Místo konání: Radnice, malá zasedací síň

            Přítomni: Jan Novák, Ing. Eva Malá, Ph.D., Petr Dlouhý

            Omluveni: Marie Krátká

            Program:

            1. Úvod
            2. Rozpočet na rok 2024

            Průběh jednání

            Skupina prošla návrh rozpočtu a shodla se na jeho podobě.

            Organizace	Požadavek
            Domov Sluníčko	dvě nová lůžka
            Charita	terénní služba

            - pozvat zástupce kraje
            - připravit dotazník

            Zapsal: Petr Dlouhý

            Příští jednání 9. 6. 2023 v 15:00
            """);
        var word = _temp.Combine("zapis.docx");
        WriteWordDocument(word);

        var fromText = Markdown(plain);
        Assert.Equal(fromText, Markdown(word));
        Assert.Contains("## Průběh jednání\n", fromText);
        Assert.Contains("| Organizace | Požadavek |\n|---|---|\n| Domov Sluníčko | dvě nová lůžka |\n", fromText);
        Assert.Contains("- pozvat zástupce kraje\n- připravit dotazník\n", fromText);
        var front = SeedImportTests.ImportedFrontMatter(word);
        Assert.Equal(["Jan Novák", "Ing. Eva Malá, Ph.D.", "Petr Dlouhý"], front.Map("attendees")!.List("present"));
        Assert.Equal(["Úvod", "Rozpočet na rok 2024"], front.List("agenda"));
        Assert.Equal("2023-06-09 15:00", front.Scalar("next_meeting"));
    }

    /// <summary>The same minutes as Word writes them: a title, numbered and bulleted lists, a heading and a table.</summary>
    internal static void WriteWordDocument(string path)
    {
        using var document = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        var numbering = main.AddNewPart<NumberingDefinitionsPart>();
        numbering.Numbering = new Numbering(
            new AbstractNum(new Level(new NumberingFormat { Val = NumberFormatValues.Decimal }) { LevelIndex = 0 }) { AbstractNumberId = 1 },
            new AbstractNum(new Level(new NumberingFormat { Val = NumberFormatValues.Bullet }) { LevelIndex = 0 }) { AbstractNumberId = 2 },
            new NumberingInstance(new AbstractNumId { Val = 1 }) { NumberID = 1 },
            new NumberingInstance(new AbstractNumId { Val = 2 }) { NumberID = 2 });
        static Paragraph Text(string text, string? style = null, int? list = null)
        {
            var properties = new ParagraphProperties();
            if (style is not null) properties.ParagraphStyleId = new ParagraphStyleId { Val = style };
            if (list is not null) properties.NumberingProperties = new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = list });
            return new Paragraph(properties, new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
        }
        static TableRow Row(params string[] cells) => new(cells.Select(cell => new TableCell(Text(cell))));
        main.Document = new Document(new Body(
            Text("Zápis z jednání pracovní skupiny Senioři", "Title"),
            Text("Datum: 12. 5. 2023, 14:00 hod."),
            Text("Místo konání: Radnice, malá zasedací síň"),
            Text("Přítomni: Jan Novák, Ing. Eva Malá, Ph.D., Petr Dlouhý"),
            Text("Omluveni: Marie Krátká"),
            Text("Program:"),
            Text("Úvod", list: 1),
            Text("Rozpočet na rok 2024", list: 1),
            Text("Průběh jednání", "Heading1"),
            Text("Skupina prošla návrh rozpočtu a shodla se na jeho podobě."),
            new Table(Row("Organizace", "Požadavek"), Row("Domov Sluníčko", "dvě nová lůžka"), Row("Charita", "terénní služba")),
            Text("pozvat zástupce kraje", list: 2),
            Text("připravit dotazník", list: 2),
            Text("Zapsal: Petr Dlouhý"),
            Text("Příští jednání 9. 6. 2023 v 15:00")));
    }

    [Fact]
    public void An_existing_file_is_replaced_only_with_force()
    {
        var (exit, output, errors) = Import(SeedImportTests.Seed(Zatec));
        Assert.Equal((0, ""), (exit, errors));
        Assert.StartsWith($"Imported {SeedImportTests.Seed(Zatec)} into {_input}/{ZatecTarget}.\n", output);
        var target = Path.Combine(_input, ZatecTarget);
        var imported = File.ReadAllText(target);
        File.WriteAllText(target, "rozepsaný zápis");

        var again = Import(SeedImportTests.Seed(Zatec));

        Assert.Equal(2, again.Exit);
        Assert.Equal($"error: {_input}/{ZatecTarget} already exists and was left as it is; to replace it with the imported minutes, import again with --force\n", again.Errors);
        Assert.Equal("rozepsaný zápis", File.ReadAllText(target));

        var forced = Import(SeedImportTests.Seed(Zatec), "--force");

        Assert.Equal((0, ""), (forced.Exit, forced.Errors));
        Assert.Equal(imported, File.ReadAllText(target));
    }

    [Fact]
    public void Force_never_replaces_what_a_symbolic_link_points_to()
    {
        var outside = _temp.Combine("outside.txt");
        File.WriteAllText(outside, "jiný soubor");
        var target = Path.Combine(_input, ZatecTarget);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Delete(target);
        File.CreateSymbolicLink(target, outside);

        var (exit, _, errors) = Import(SeedImportTests.Seed(Zatec), "--force");

        Assert.Equal(2, exit);
        Assert.Equal($"error: {_input}/{ZatecTarget} is a symbolic link; --force replaces only a file of its own, never what a link points to: remove the link, then import again\n", errors);
        Assert.Equal("jiný soubor", File.ReadAllText(outside));
    }

    [LinuxFact]
    public void A_named_pipe_or_a_folder_is_refused_without_waiting_for_it()
    {
        var pipe = _temp.Combine("zapis.txt");
        SpecialFiles.MakeNamedPipe(pipe);
        var folder = _temp.Combine("slozka.docx");
        Directory.CreateDirectory(folder);

        var (exit, output, errors) = Import(pipe, folder);

        Assert.Equal((2, ""), (exit, output));
        Assert.Equal(
            $"error: {pipe} is not a file (a folder, a named pipe or a device); name the file of the minutes\n"
            + $"error: {folder} is not a file (a folder, a named pipe or a device); name the file of the minutes\n",
            errors);
    }

    [Fact]
    public void A_file_of_another_type_is_refused_with_one_line_in_the_chosen_language()
    {
        var pdf = _temp.Combine("zapis.pdf");
        File.WriteAllText(pdf, "%PDF-1.4");
        var before = OutputSnapshot.Tree(_input);

        var (exit, output, errors) = Import(pdf);
        var czech = new StringWriter();
        var czechExit = PublisherCli.Run(["import", "--input", _input, pdf], new StringWriter(), czech);

        Assert.Equal((2, ""), (exit, output));
        Assert.Equal($"error: {pdf}: import reads plain text (.txt) and Word (.docx) files only; save the minutes in one of them\n", errors);
        Assert.Equal(2, czechExit);
        Assert.Equal($"chyba: {pdf}: import čte jen prosté texty (.txt) a dokumenty Wordu (.docx); uložte zápis v jednom z těchto formátů\n", czech.ToString());
        Assert.Equal(before, OutputSnapshot.Tree(_input));
    }

    [Fact]
    public void A_damaged_Word_document_and_a_missing_file_are_refused_with_one_line_each()
    {
        var damaged = _temp.Combine("zapis.docx");
        File.WriteAllText(damaged, "toto není dokument Wordu");
        var missing = _temp.Combine("chybi.txt");

        var (exit, _, errors) = Import(damaged, missing);

        Assert.Equal(2, exit);
        var lines = errors.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Equal($"error: {damaged} is not a Word document (.docx) that can be read; open it in Word and save it again as .docx, or as plain text (.txt)", lines[0]);
        Assert.StartsWith($"error: {missing} cannot be read: ", lines[1]);
    }

    [Fact]
    public void Minutes_whose_region_the_text_does_not_name_need_region()
    {
        var plain = _temp.Combine("zapis.txt");
        File.WriteAllText(plain, "Zápis z jednání\n\nkonané dne 4. 3. 2022\n");

        var (exit, _, errors) = Import(plain);

        Assert.Equal(2, exit);
        Assert.StartsWith($"error: {plain}: the region could not be told from the text; name it with --region (one of: ", errors);
        Assert.Equal(0, Import(plain, "--region", "zatec").Exit);
    }

    [Fact]
    public void The_fields_not_found_are_named_one_a_line()
    {
        var (exit, output, _) = Import(SeedImportTests.Seed("000_f61603d39d997322.txt"), "--output", _temp.Combine("imported"));

        Assert.Equal(0, exit);
        var seed = SeedImportTests.Seed("000_f61603d39d997322.txt");
        Assert.Equal(
            [
                $"Imported {seed} into {_temp.Combine("imported")}/2022-03-04-akcni-plan-opz-a-socialni-zaclenovani.md.",
                .. new[] { "attendees", "agenda", "next_meeting" }.Select(key => $"{seed}: no '{key}' was found in the text; add it to the front matter by hand if the minutes give it"),
            ],
            output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void The_imported_minutes_build_without_errors()
    {
        string[] seeds = ["000_f61603d39d997322.txt", "001_815f600563b47a09.txt", Zatec];
        var (exit, output, errors) = Import([.. seeds.Select(SeedImportTests.Seed)]);
        Assert.Equal((0, ""), (exit, errors));
        Assert.Equal(3, output.Split('\n').Count(line => line.StartsWith("Imported ", StringComparison.Ordinal)));

        var built = new StringWriter();
        var buildErrors = new StringWriter();
        var buildExit = PublisherCli.Run(["--lang", "en", "build", "--input", _input, "--output", _temp.Combine("output"), "--theme", RepositoryPaths.Theme], built, buildErrors);

        Assert.DoesNotContain(": error: ", buildErrors.ToString());
        Assert.Equal(0, buildExit);
        Assert.Contains("Built 8 document(s)", built.ToString());
    }
}
