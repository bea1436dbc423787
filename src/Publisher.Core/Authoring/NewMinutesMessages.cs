using Publisher.Core.Diagnostics;

namespace Publisher.Core.Authoring;

/// <summary>What <see cref="NewMinutes"/> says, in both languages.</summary>
public static class NewMinutesMessages
{
    public static Message RegionsUnreadable(string regionsFile) => new(
        $"{regionsFile} cannot be read; run check and fix it first",
        $"{regionsFile} nelze přečíst; spusťte check a nejprve jej opravte");

    public static Message UnknownRegion(string region, Message didYouMean, string regionsFile) => new Message(
        $"unknown region '{region}'", $"neznámý region '{region}'") + didYouMean + new Message(
        $"; regions are defined in {regionsFile}", $"; regiony jsou popsány v {regionsFile}");

    public static Message UnknownGroup(string region, string group, Message didYouMean, string regionsFile) => new Message(
        $"region '{region}' has no working group '{group}'", $"region '{region}' nemá pracovní skupinu '{group}'") + didYouMean + new Message(
        $"; its groups are defined in {regionsFile}", $"; jeho skupiny jsou popsány v {regionsFile}");

    public static Message FolderLeadsOutside(string folder) => new(
        $"{folder} leads outside the input folder (a symbolic link); new writes only inside it",
        $"{folder} vede ven ze vstupní složky (symbolický odkaz); new zapisuje jen dovnitř ní");

    public static Message AlreadyExists(string file) => new(
        $"{file} already exists and new never replaces a file; edit it, or give another --date",
        $"{file} už existuje a new nikdy nepřepíše soubor; upravte jej, nebo zadejte jiné --date");

    public static Message FirstMinutesOfGroup => new(
        "the group has no minutes yet, so the time and place are left to fill in",
        "skupina zatím nemá žádný zápis, čas a místo proto zůstávají k doplnění");

    public static Message AsAnnounced(string previousDate, bool withTime) => withTime
        ? new($"date, time and place as the minutes of {previousDate} announced them", $"datum, čas a místo podle ohlášení v zápisu z {previousDate}")
        : new($"date and place as the minutes of {previousDate} announced them", $"datum a místo podle ohlášení v zápisu z {previousDate}");

    public static Message PlaceAsBefore(string previousDate) => new(
        $"place as in the minutes of {previousDate}",
        $"místo podle zápisu z {previousDate}");
}
