using System.Globalization;
using Publisher.Core.Czech;
using Publisher.Core.Diagnostics;

namespace Publisher.Core.Load;

/// <summary>What reading the input and theme folders says: files and links that cannot be read, encodings, front matter.</summary>
public static class LoadMessages
{
    public static Message DocumentSizeRule(int megabytes) => new(
        $"a document may have at most {megabytes} MB (split it, or link large attachments instead of pasting them)",
        $"dokument smí mít nejvýše {megabytes} MB (rozdělte jej, nebo velké přílohy místo vložení odkažte)");

    public static Message FileChangedDuringBuild { get; } = new(
        "the file changed while the site was being built; build again",
        "soubor se změnil během sestavování webu; spusťte sestavení znovu");

    public static Message EmptyDocument { get; } = new(
        "the file is empty; a document needs front matter (title, type, date, region) between two '---' lines",
        "soubor je prázdný; dokument potřebuje hlavičku (title, type, date, region) mezi dvěma řádky '---'");

    public static Message NoFrontMatter { get; } = new(
        "the file does not start with front matter: its first line must be '---'",
        "soubor nezačíná hlavičkou: jeho první řádek musí být '---'");

    public static Message FrontMatterNotClosed { get; } = new(
        "the front matter that starts on line 1 is never closed: add a line '---' after the last key",
        "hlavička, která začíná na řádku 1, není nikde ukončena: přidejte za poslední klíč řádek '---'");

    public static Message Utf16 { get; } = new(
        "the file is encoded as UTF-16; save it as UTF-8 (in Notepad: Save as → Encoding: UTF-8)",
        "soubor má kódování UTF-16; uložte jej v kódování UTF-8 (v Poznámkovém bloku: Uložit jako → Kódování: UTF-8)");

    /// <param name="offendingByte">The first byte that is not UTF-8, e.g. <c>0xE8</c>.</param>
    public static Message NotUtf8(string offendingByte) => new(
        $"the file is not valid UTF-8 (byte {offendingByte}); save it as UTF-8",
        $"soubor není platné UTF-8 (bajt {offendingByte}); uložte jej v kódování UTF-8");

    public static Message NotUtf8ButWindows1250(string offendingByte) => new(
        $"the file is not valid UTF-8 (byte {offendingByte}); it looks like Windows-1250 (a legacy Czech encoding): open it and save it as UTF-8",
        $"soubor není platné UTF-8 (bajt {offendingByte}); vypadá to na Windows-1250 (starší české kódování): otevřete jej a uložte v kódování UTF-8");

    /// <param name="codePoint">The character as <c>U+FFFE</c>.</param>
    public static Message FileHasNonCharacter(string codePoint) => new(
        $"the file contains {codePoint}, which is not a character; delete it",
        $"soubor obsahuje {codePoint}, což není znak; odstraňte jej");

    public static Message MissingFile { get; } = new("the file is missing", "soubor chybí");

    /// <param name="rule">The limit and what to do, e.g. <see cref="DocumentSizeRule"/>.</param>
    public static Message FileTooLarge(double megabytes, Message rule) =>
        new Message(
            $"the file is {megabytes.ToString("0.0", CultureInfo.InvariantCulture)} MB; ",
            $"soubor má {megabytes.ToString("0.0", CzechCulture.Culture)} MB; ") + rule;

    public static Message LinkLoop(string target) => new(
        $"the link points to '{target}', which leads round a loop of links without end; point it at a file or delete it",
        $"symbolický odkaz míří na '{target}', odkud vede nekonečná smyčka odkazů; nasměrujte jej na soubor, nebo jej odstraňte");

    public static Message DanglingLink(string target) => new(
        $"the link points to '{target}', which does not exist; correct the link or delete it",
        $"symbolický odkaz míří na '{target}', který neexistuje; opravte odkaz, nebo jej odstraňte");

    public static Message LinkOutsideFolder(string folder, string target) => new(
        $"the link points outside the folder '{folder}' (to '{target}'); the build reads only files inside it: replace the link with a copy of what it points to",
        $"symbolický odkaz míří mimo složku '{folder}' (na '{target}'); sestavení čte jen soubory uvnitř ní: nahraďte odkaz kopií toho, na co míří");

    /// <param name="kind">What the file is, e.g. <see cref="NamedPipe"/>.</param>
    public static Message NotRegularFile(Message kind) =>
        new Message("the file is ", "soubor je ") + kind
        + new Message(", not a regular file; the build reads only regular files: replace it with a file or delete it",
            ", ne běžný soubor; sestavení čte jen běžné soubory: nahraďte jej souborem, nebo jej odstraňte");

    public static Message LinkToNotRegularFile(string target, Message kind) =>
        new Message($"the link points to '{target}', which is ", $"symbolický odkaz míří na '{target}', což je ") + kind
        + new Message(", not a regular file; the build reads only regular files: replace it with a file or delete it",
            ", ne běžný soubor; sestavení čte jen běžné soubory: nahraďte jej souborem, nebo jej odstraňte");

    public static Message NamedPipe { get; } = new("a named pipe (FIFO)", "pojmenovaná roura (FIFO)");
    public static Message CharacterDevice { get; } = new("a character device", "znakové zařízení");
    public static Message BlockDevice { get; } = new("a block device", "blokové zařízení");
    public static Message Socket { get; } = new("a socket", "síťový soket (socket)");

    public static Message LinkToContainingFolder(string target) => new(
        $"the link points to '{target}', a folder that contains the link, so listing it would loop without end; delete the link",
        $"symbolický odkaz míří na '{target}', složku, která tento odkaz obsahuje, takže by se její procházení donekonečna opakovalo; odkaz odstraňte");

    public static Message LinkToFolderReadAlready(string target, string readAs) => new(
        $"the link points to '{target}', a folder that is read already as {readAs}; every file is read once: delete the link",
        $"symbolický odkaz míří na '{target}', složku, která se už čte jako {readAs}; každý soubor se čte jen jednou: odkaz odstraňte");
}
