using Publisher.Core.Diagnostics;

namespace Publisher.Core.Build;

/// <summary>What the build says of its own settings and of what it recorded for the next build, in both languages.</summary>
public static class BuildMessages
{
    public static Message NotSecondsSinceEpoch(string variable, string value) => new(
        $"{variable} is '{value}', not a number of seconds since 1970-01-01 UTC; unset it or set it to a time such as 1767225600",
        $"{variable} je '{value}', což není počet sekund od 1970-01-01 UTC; zrušte tuto proměnnou, nebo ji nastavte na čas, např. 1767225600");

    public static Message ChecksRecordUnusable { get; } = new(
        "the previous build's record of the documents it checked is damaged or was not written by this tool, so it was not used; every document was checked again and a new record written, nothing to do",
        "záznam předchozího sestavení o dokumentech, které zkontrolovalo, je poškozený nebo jej nezapsal tento nástroj, a proto se nepoužil; všechny dokumenty se zkontrolovaly znovu a zapsal se nový záznam, není třeba nic dělat");
}
