using System.Globalization;
using Publisher.Core.Czech;
using Publisher.Core.Diagnostics;

namespace Publisher;

/// <summary>What the command line itself says, in both languages: help, refusals and the closing summary.</summary>
public static class CommandLineMessages
{
    public static Message RootDescription => new(
        "Publisher builds the public website of community planning minutes and plans.",
        "Publisher sestaví veřejný web se zápisy a plány komunitního plánování.");

    public static Message BuildDescription => new("Build the site from the content and the theme", "Sestaví web z obsahu a motivu vzhledu");

    public static Message CheckDescription => new(
        "Check the content and the theme as a build does, every page rendered, without writing anything",
        "Zkontroluje obsah a motiv vzhledu jako sestavení, včetně vykreslení každé stránky, aniž by cokoli zapsal");

    public static Message NewDescription => new(
        "Start the minutes of a working group's meeting: a draft at the conventional path, with the front matter filled in from the group's latest minutes; never replaces a file",
        "Založí zápis z jednání pracovní skupiny: koncept na obvyklém místě s hlavičkou vyplněnou podle posledního zápisu skupiny; nikdy nepřepíše existující soubor");

    public static Message LanguageOption => new(
        "The language of messages: cs (the site's language, the default) or en, for developers and bug reports",
        "Jazyk hlášení: cs (jazyk webu, výchozí) nebo en, pro vývojáře a hlášení chyb");

    public static Message HelpOption => new("Show help and usage information", "Zobrazí nápovědu a použití");

    public static Message InputOption => new(
        "Content folder, the one holding site.yml (default: input/ of the repository)",
        "Složka s obsahem, ta se souborem site.yml (výchozí: input/ v repozitáři)");

    public static Message OutputOption => new(
        "Where the site is written; the whole folder is replaced, so it must hold nothing but the site (default: output/ of the repository)",
        "Kam se web zapíše; celá složka se nahradí, proto v ní smí být jen web (výchozí: output/ v repozitáři)");

    public static Message ThemeOption => new("Theme folder (default: theme/ of the repository)", "Složka motivu vzhledu (výchozí: theme/ v repozitáři)");

    public static Message NoCacheOption => new(
        "Render every page and keep none from the previous build in the output folder, nor record them for the next (by default pages whose content, template and settings did not change are kept)",
        "Vykreslí všechny stránky, žádnou nepřevezme z předchozího sestavení ve výstupní složce a nezaznamená je pro další (jinak se převezmou stránky, jejichž obsah, šablona ani nastavení se nezměnily)");

    public static Message ForceOption => new(
        "Replace an output folder that is not empty and was not written by Publisher. Never allows the input, theme, repository, current, home or root folder, a folder containing one of them, or one inside the input or theme",
        "Nahradí výstupní složku, která není prázdná a nezapsal ji Publisher. Nikdy nepovolí vstupní složku, složku motivu, repozitáře, aktuální, domovskou ani kořenovou složku, složku, která některou z nich obsahuje, ani složku uvnitř vstupní složky nebo motivu");

    public static Message FormatOption => new(
        "How problems are printed: text (file:line:col: error: message, on standard error) or github (GitHub Actions annotations on standard output, shown on the file's line in a pull request)",
        "Jak se problémy vypíší: text (soubor:řádek:sloupec: chyba: hlášení, na standardní chybový výstup) nebo github (anotace GitHub Actions na standardní výstup, zobrazené u řádku souboru v pull requestu)");

    public static Message RegionOption => new("The region's id from regions.yml", "Identifikátor regionu z regions.yml");

    public static Message GroupOption => new("The working group's id from regions.yml", "Identifikátor pracovní skupiny z regions.yml");

    public static Message DateOption => new(
        "The meeting's day, YYYY-MM-DD (default: the next meeting the group's latest minutes announced, else today)",
        "Den jednání, RRRR-MM-DD (výchozí: další schůzka ohlášená v posledním zápisu skupiny, jinak dnešek)");

    public static Message ImportDescription => new(
        "Convert legacy minutes (plain text or Word) into Markdown with front matter, and check the result; never replaces a file without --force",
        "Převede staré zápisy (prostý text nebo Word) do Markdownu s hlavičkou a výsledek zkontroluje; bez --force nikdy nepřepíše soubor");

    public static Message ImportFiles => new(
        "Minutes to import: plain text (.txt, UTF-8 or Windows-1250) or Word (.docx)",
        "Zápisy k převodu: prostý text (.txt, UTF-8 nebo Windows-1250) nebo Word (.docx)");

    public static Message ImportRegionOption => new(
        "The region's id from regions.yml (default: the one region the text names)",
        "Označení regionu z regions.yml (výchozí: jediný region, který text zmiňuje)");

    public static Message ImportGroupOption => new(
        "The working group's id from regions.yml (default: the one group of the region the title or text names)",
        "Označení pracovní skupiny z regions.yml (výchozí: jediná skupina regionu, kterou zmiňuje název nebo text)");

    public static Message ImportOutputOption => new(
        "Write the Markdown files into this folder (default: documents/REGION/YYYY/ of the input folder, named YYYY-MM-DD-GROUP.md as new names them)",
        "Zapíše soubory Markdown do této složky (výchozí: documents/REGION/RRRR/ ve vstupní složce, pojmenované RRRR-MM-DD-SKUPINA.md jako u new)");

    public static Message ImportForceOption => new(
        "Replace a file that already exists (by default it is left as it is)",
        "Přepíše soubor, který už existuje (jinak zůstane, jak je)");

    public static Message ExitCodes => new("""
        Exit codes:
          0  the site was built
          1  the content or theme has errors
          2  the build could not run or finish: a usage error, an output folder it must not replace,
             another build writing the same output folder, a full disk, missing permissions
          In every failing case the output folder stays as it was.
        """, """
        Návratové kódy:
          0  web se sestavil
          1  obsah nebo motiv vzhledu obsahuje chyby
          2  sestavení nemohlo proběhnout nebo doběhnout: chybné použití příkazu, výstupní složka, kterou nesmí
             nahradit, jiné sestavení zapisující do stejné výstupní složky, plný disk, chybějící oprávnění
          Při každém neúspěchu zůstane výstupní složka beze změny.
        """);

    public static Message UsageError(string problem) => new(
        $"{problem}; the commands and their options are listed by --help",
        $"{problem}; příkazy a jejich volby vypíše --help");

    public static Message NoCommand => new(
        "no command given; run build to build the site, or --help to see the commands",
        "nebyl zadán příkaz; web sestaví příkaz build, seznam příkazů vypíše --help");

    /// <param name="withOutput">Whether the command writes a site, so the output folder must be named too.</param>
    public static Message NoRepositoryToBuild(string currentFolder, bool withOutput) => withOutput
        ? new($"no repository (a folder with input/ and theme/) was found in {currentFolder} or any folder above it; run the build inside the repository, or name the folders with --input, --output and --theme",
            $"ve složce {currentFolder} ani nad ní nebyl nalezen repozitář (složka s input/ a theme/); spusťte sestavení uvnitř repozitáře, nebo složky zadejte volbami --input, --output a --theme")
        : new($"no repository (a folder with input/ and theme/) was found in {currentFolder} or any folder above it; run the build inside the repository, or name the folders with --input and --theme",
            $"ve složce {currentFolder} ani nad ní nebyl nalezen repozitář (složka s input/ a theme/); spusťte kontrolu uvnitř repozitáře, nebo složky zadejte volbami --input a --theme");

    public static Message NoRepository(string currentFolder, string command) => new(
        $"no repository (a folder with input/ and theme/) was found in {currentFolder} or any folder above it; run {command} inside the repository, or name the input folder with --input",
        $"ve složce {currentFolder} ani nad ní nebyl nalezen repozitář (složka s input/ a theme/); spusťte {command} uvnitř repozitáře, nebo vstupní složku zadejte volbou --input");

    public static Message NotAnInputFolder(string folder, string siteFile, string regionsFile) => new(
        $"{folder} has no {siteFile}; is this the input folder? Pass --input the folder that holds {siteFile}, {regionsFile} and documents/",
        $"ve složce {folder} není {siteFile}; je to vstupní složka? Volbě --input zadejte složku, která obsahuje {siteFile}, {regionsFile} a documents/");

    public static Message NotADate(string option, string text) => new(
        $"{option} '{text}' is not a date; write it as YYYY-MM-DD, e.g. 2026-03-04",
        $"{option} '{text}' není datum; napište je jako RRRR-MM-DD, např. 2026-03-04");

    public static Message Stopped(Message cause) => new Message("the build stopped: ", "sestavení se zastavilo: ") + cause;

    /// <param name="systemText">What the operating system says of a failed file operation, in its own words.</param>
    public static Message StoppedBySystem(string systemText) => new($"the build stopped: {systemText}", $"sestavení se zastavilo: {systemText}");

    public static Message StoppedOnDefect(string exception) => new(
        $"the build stopped on an internal error: {exception}",
        $"sestavení se zastavilo na vnitřní chybě programu (nahlaste ji prosím i s tímto textem): {exception}");

    /// <param name="reading">Documents being read and checked, else pages being rendered.</param>
    public static Message Progress(bool reading, int done, int total) => reading
        ? new($"reading documents: {done} of {total}", $"čtení dokumentů: {Count(done)} z {Count(total)}")
        : new($"rendering pages: {done} of {total}", $"vykreslování stránek: {Count(done)} z {Count(total)}");

    public static Message OutputUnchanged => new("The output folder was not changed.", "Výstupní složka zůstala beze změny.");

    public static Message CheckFailed(int errors, int warnings, TimeSpan time) => new(
        $"Check failed: {errors} error(s), {warnings} warning(s), in {Seconds(time, CultureInfo.InvariantCulture)}.",
        $"Kontrola neprošla: {Errors(errors)}, {Warnings(warnings)}, za {Seconds(time, CzechCulture.Culture)}.");

    public static Message BuildFailed(int errors, int warnings, TimeSpan time) => new(
        $"Build failed: {errors} error(s), {warnings} warning(s), in {Seconds(time, CultureInfo.InvariantCulture)}. The output folder was not changed.",
        $"Sestavení se nezdařilo: {Errors(errors)}, {Warnings(warnings)}, za {Seconds(time, CzechCulture.Culture)}. Výstupní složka zůstala beze změny.");

    public static Message Checked(int documents, int pages, int warnings, TimeSpan time) => new(
        $"Checked {documents} document(s): {pages} pages, {warnings} warning(s), in {Seconds(time, CultureInfo.InvariantCulture)}; nothing was written.",
        $"Zkontrolováno: {CzechPlural.Of(documents, "dokument", "dokumenty", "dokumentů")}, {CzechPlural.Of(pages, "stránka", "stránky", "stránek")}, {Warnings(warnings)}, za {Seconds(time, CzechCulture.Culture)}; nic se nezapsalo.");

    /// <param name="kept">How many of the pages were kept from the previous build rather than rendered; said only when there are some.</param>
    public static Message Built(int documents, string outputFolder, int pages, int kept, int files, int warnings, TimeSpan time) => new(
        $"Built {documents} document(s) into {outputFolder}: {pages} pages{(kept > 0 ? $" ({pages - kept} rendered, {kept} kept unchanged from the previous build)" : "")}, {files} files, {warnings} warning(s), in {Seconds(time, CultureInfo.InvariantCulture)}.",
        $"Sestaveno: {CzechPlural.Of(documents, "dokument", "dokumenty", "dokumentů")} do {outputFolder}: {CzechPlural.Of(pages, "stránka", "stránky", "stránek")}{(kept > 0 ? $" ({pages - kept} vykresleno, {kept} beze změny převzato z předchozího sestavení)" : "")}, {CzechPlural.Of(files, "soubor", "soubory", "souborů")}, {Warnings(warnings)}, za {Seconds(time, CzechCulture.Culture)}.");

    public static Message Created(string file, Message origin) => new Message($"Created {file} (", $"Vytvořen {file} (")
        + origin
        + new Message("); fill it in, then delete the line 'draft: true' to publish it.", "); vyplňte jej a pak smažte řádek 'draft: true', aby se zveřejnil.");

    public static Message NothingCreated(string cause) => new($"no file was created: {cause}", $"žádný soubor se nevytvořil: {cause}");

    private static string Seconds(TimeSpan time, IFormatProvider culture) => time.TotalSeconds.ToString("0.0", culture) + " s";

    private static string Count(int count) => count.ToString("N0", CzechCulture.Culture);

    private static string Errors(int count) => CzechPlural.Of(count, "chyba", "chyby", "chyb");

    private static string Warnings(int count) => CzechPlural.Of(count, "varování", "varování", "varování");
}
