using Publisher.Core.Czech;
using Publisher.Core.Diagnostics;

namespace Publisher.Core.Preview;

/// <summary>What <c>preview</c> says, in both languages.</summary>
public static class PreviewMessages
{
    public static Message CommandDescription => new(
        "Build the site into memory and show it at a local address, built again on every change of the content or the theme; nothing is written",
        "Sestaví web do paměti a zobrazí jej na místní adrese; po každé změně obsahu nebo motivu vzhledu jej sestaví znovu; nic nezapisuje");

    public static Message PortOption => new(
        "The port on 127.0.0.1 to show the site at (default: a free one)",
        "Port na adrese 127.0.0.1, na kterém se web zobrazí (výchozí: volný port)");

    public static Message PortOutOfRange(int port) => new(
        $"--port {port} is not a port; give a number from 1 to 65535, or 0 for a free one",
        $"--port {port} není číslo portu; zadejte číslo od 1 do 65535, nebo 0 pro volný port");

    public static Message PortUnavailable(int port, string reason) => new(
        $"the preview cannot listen on port {port}: {reason}; choose another with --port, or leave --port out to use a free one",
        $"náhled nemůže naslouchat na portu {port}: {reason}; zvolte jiný pomocí --port, nebo --port vynechte a použije se volný port");

    public static Message NoThemeFolder(string folder) => new(
        $"the theme folder {folder} does not exist; name the folder that holds layouts/, partials/ and texts.yml with --theme",
        $"složka motivu vzhledu {folder} neexistuje; pomocí --theme zadejte složku, která obsahuje layouts/, partials/ a texts.yml");

    public static Message Serving(string address) => new(
        $"Preview at {address}: built again on every change; stop it with Ctrl+C.",
        $"Náhled webu je na adrese {address}: po každé změně se sestaví znovu; ukončíte jej klávesami Ctrl+C.");

    public static Message Built(int build, int documents, int pages, int warnings) => new(
        $"Build {build}: {documents} document(s), {pages} pages, {warnings} warning(s).",
        $"Sestavení {build}: {CzechPlural.Of(documents, "dokument", "dokumenty", "dokumentů")}, {CzechPlural.Of(pages, "stránka", "stránky", "stránek")}, {CzechPlural.Of(warnings, "varování", "varování", "varování")}.");

    public static Message Failed(int build, int errors, int warnings) => new(
        $"Build {build} failed: {errors} error(s), {warnings} warning(s); the preview shows them until they are fixed.",
        $"Sestavení {build} se nezdařilo: {CzechPlural.Of(errors, "chyba", "chyby", "chyb")}, {CzechPlural.Of(warnings, "varování", "varování", "varování")}; náhled je ukazuje, dokud je neopravíte.");

    public static Message Stopped(Message cause) => new Message("the build stopped: ", "sestavení se zastavilo: ") + cause;

    /// <param name="systemText">What the operating system says of a failed file operation, in its own words.</param>
    public static Message StoppedBySystem(string systemText) => new($"the build stopped: {systemText}", $"sestavení se zastavilo: {systemText}");

    public static Message StoppedOnDefect(string exception) => new(
        $"the build stopped on an internal error: {exception}",
        $"sestavení se zastavilo na vnitřní chybě programu (nahlaste ji prosím i s tímto textem): {exception}");

    public static Message BuildStopped(int build, Message reason) =>
        new Message($"Build {build}: ", $"Sestavení {build}: ") + reason;

    public static Message PreviewStopped => new("Preview stopped.", "Náhled ukončen.");
}
