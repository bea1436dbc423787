using Publisher.Core.Diagnostics;

namespace Publisher.Core.Render.Reuse;

/// <summary>What keeping the pages of the previous build says.</summary>
public static class ReuseMessages
{
    public static Message CacheUnusable { get; } = new(
        "the previous build's record of its pages is damaged or was not written by this tool, so it was not used; every page was rendered again and a new record written, nothing to do",
        "záznam předchozího sestavení o jeho stránkách je poškozený nebo jej nezapsal tento nástroj, a proto se nepoužil; všechny stránky se vykreslily znovu a zapsal se nový záznam, není třeba nic dělat");
}
