using Publisher.Core.Diagnostics;

namespace Publisher.Core.Sink;

/// <summary>What the build says about the output folder: folders it must not replace, and another build writing it.</summary>
public static class SinkMessages
{
    private static readonly Message ChooseAnotherFolder = new(
        "choose a separate output folder with --output, such as output/ beside input/ and theme/",
        "zvolte pomocí --output samostatnou výstupní složku, například output/ vedle input/ a theme/");

    /// <param name="linkProblem">What is wrong with a link on the way, e.g. <see cref="LinkLoop"/>.</param>
    public static Message OutputCannotBeChecked(string output, Message linkProblem) =>
        new Message($"the output folder {output} cannot be checked: ", $"výstupní složku {output} nelze zkontrolovat: ") + linkProblem
        + new Message("; fix or remove that link", "; opravte ten odkaz, nebo jej odstraňte");

    public static Message OutputIsRoot(string output, string root) =>
        new Message($"the output folder {output} is the file-system root {root}; ", $"výstupní složka {output} je kořen souborového systému {root}; ") + ChooseAnotherFolder;

    /// <param name="what">Which folder it is, e.g. <see cref="InputFolder"/>.</param>
    public static Message OutputIsProtected(string output, Message what, string folder) =>
        new Message($"the output folder {output} is ", $"výstupní složka {output} je ") + what
        + new Message($" {folder}; ", $" {folder}; ") + ChooseAnotherFolder;

    public static Message OutputInsideProtected(string output, Message what, string folder) =>
        new Message($"the output folder {output} lies inside ", $"výstupní složka {output} leží uvnitř složky {folder} (") + what
        + new Message($" {folder}; ", "); ") + ChooseAnotherFolder;

    public static Message OutputContainsProtected(string output, Message what, string folder) =>
        new Message($"the output folder {output} contains ", $"výstupní složka {output} obsahuje složku {folder} (") + what
        + new Message($" {folder}; ", "); ") + ChooseAnotherFolder;

    public static Message Repository { get; } = new("the repository", "repozitář");
    public static Message InputFolder { get; } = new("the input folder", "vstupní složka");
    public static Message ThemeFolder { get; } = new("the theme folder", "složka motivu vzhledu");
    public static Message CurrentFolder { get; } = new("the current folder", "aktuální složka");
    public static Message HomeFolder { get; } = new("the home folder", "domovská složka");

    public static Message OutputIsFile(string output) => new(
        $"the output path {output} is a file, not a folder; choose a folder with --output",
        $"výstupní cesta {output} je soubor, ne složka; zvolte pomocí --output složku");

    public static Message OutputNotPublishers(string output) => new(
        $"the output folder {output} is not empty and was not written by Publisher; choose an empty folder or pass --force",
        $"výstupní složka {output} není prázdná a nezapsal ji Publisher; zvolte prázdnou složku, nebo použijte --force");

    public static Message OutputFolderBusy(string output) => new(
        $"the output folder {output} is being written by another build; wait until it finishes, then build again",
        $"do výstupní složky {output} právě zapisuje jiné sestavení; počkejte, až skončí, a pak spusťte sestavení znovu");

    /// <param name="holder">The build writing it, e.g. <see cref="LockHolder"/>.</param>
    public static Message OutputFolderBusy(string output, Message holder) =>
        new Message($"the output folder {output} is being written by another build (", $"do výstupní složky {output} právě zapisuje jiné sestavení (") + holder
        + new Message("); wait until it finishes, then build again", "); počkejte, až skončí, a pak spusťte sestavení znovu");

    /// <param name="startTime">When the process started, in UTC, e.g. <c>2026-03-04 09:15:00</c>.</param>
    public static Message LockHolder(int processId, string startTime) => new(
        $"process {processId}, started {startTime} UTC",
        $"proces {processId}, spuštěný {startTime} UTC");

    public static Message LinkLoop(string link) => new(
        $"the symbolic link {link} leads round in a loop",
        $"symbolický odkaz {link} vede dokola ve smyčce");
}
