using Publisher.Core.Diagnostics;

namespace Publisher.Core.Authoring.Import;

/// <summary>What <c>import</c> says, in both languages.</summary>
public static class ImportMessages
{
    public static Message RegionsUnreadable(string file) => new(
        $"{file} cannot be read; run check and fix it first",
        $"soubor {file} nelze přečíst; spusťte check a nejdřív jej opravte");

    public static Message UnknownRegion(string region, string regions) => new(
        $"unknown region '{region}'; the regions of regions.yml are: {regions}",
        $"neznámý region '{region}'; regiony v regions.yml jsou: {regions}");

    public static Message UnknownGroup(string region, string group, string groups) => new(
        $"region '{region}' has no working group '{group}'; its groups are: {groups}",
        $"region '{region}' nemá pracovní skupinu '{group}'; jeho pracovní skupiny jsou: {groups}");

    public static Message UnknownFileType(string file) => new(
        $"{file}: import reads plain text (.txt) and Word (.docx) files only; save the minutes in one of them",
        $"{file}: import čte jen prosté texty (.txt) a dokumenty Wordu (.docx); uložte zápis v jednom z těchto formátů");

    public static Message NotAFile(string file) => new(
        $"{file} is not a file (a folder, a named pipe or a device); name the file of the minutes",
        $"{file} není soubor (je to složka, pojmenovaná roura nebo zařízení); zadejte soubor se zápisem");

    public static Message TooLarge(string file, int megabytes) => new(
        $"{file} is larger than {megabytes} MB, more than minutes hold; split it, or save it without pictures",
        $"{file} je větší než {megabytes} MB, víc, než má zápis; rozdělte jej, nebo jej uložte bez obrázků");

    public static Message Unreadable(string file, string reason) => new(
        $"{file} cannot be read: {reason}",
        $"soubor {file} nelze přečíst: {reason}");

    public static Message NotAWordDocument(string file) => new(
        $"{file} is not a Word document (.docx) that can be read; open it in Word and save it again as .docx, or as plain text (.txt)",
        $"soubor {file} není čitelný dokument Wordu (.docx); otevřete jej ve Wordu a uložte znovu jako .docx, nebo jako prostý text (.txt)");

    public static Message NoDate(string file) => new(
        $"{file}: no date of the meeting was found (such as 4. 3. 2022 or 29. března 2018); nothing was written: add the date to the minutes and import them again",
        $"{file}: nenašlo se datum jednání (např. 4. 3. 2022 nebo 29. března 2018); nic nebylo zapsáno: doplňte datum do zápisu a importujte jej znovu");

    public static Message RegionNotFound(string file, string regions) => new(
        $"{file}: the region could not be told from the text; name it with --region (one of: {regions})",
        $"{file}: z textu nelze poznat region; zadejte jej pomocí --region (jeden z: {regions})");

    public static Message GroupNotFound(string file, string region, string groups) => new(
        $"{file}: the working group of region '{region}' could not be told from the text; name it with --group (one of: {groups})",
        $"{file}: z textu nelze poznat pracovní skupinu regionu '{region}'; zadejte ji pomocí --group (jedna z: {groups})");

    public static Message LeadsOutside(string folder) => new(
        $"{folder} leads outside the input folder (a symbolic link); import writes only inside it, or into the folder of --output",
        $"složka {folder} vede mimo vstupní složku (symbolický odkaz); import zapisuje jen do ní, nebo do složky zadané pomocí --output");

    public static Message ReplacesOnlyFiles(string file) => new(
        $"{file} is a symbolic link; --force replaces only a file of its own, never what a link points to: remove the link, then import again",
        $"{file} je symbolický odkaz; --force přepíše jen samostatný soubor, nikdy to, kam odkaz vede: odkaz odstraňte a převod spusťte znovu");

    public static Message AlreadyExists(string file) => new(
        $"{file} already exists and was left as it is; to replace it with the imported minutes, import again with --force",
        $"soubor {file} už existuje a zůstal beze změny; chcete-li jej nahradit importovaným zápisem, spusťte import znovu s --force");

    public static Message NotWritten(string file, string reason) => new(
        $"{file} could not be written: {reason}",
        $"soubor {file} nebylo možné zapsat: {reason}");

    public static Message Imported(string source, string target) => new(
        $"Imported {source} into {target}.",
        $"Zápis {source} byl převeden do souboru {target}.");

    public static Message FieldNotFound(string source, string key) => new(
        $"{source}: no '{key}' was found in the text; add it to the front matter by hand if the minutes give it",
        $"{source}: hodnota klíče '{key}' se v textu nenašla; pokud ji zápis uvádí, doplňte ji do hlavičky ručně");

    public static Message FailsCheck(string target, int errors) => new(
        $"{target} does not pass check yet: {errors} error(s) above; fix them before publishing",
        $"soubor {target} zatím neprojde kontrolou (check): chyby výše ({errors}); před zveřejněním je opravte");
}
