using Publisher.Tests.Support;

namespace Publisher.Tests.History;

/// <summary>Reading the history runs nothing an editor's repository configures.</summary>
public sealed class RepositorySafetyTests : IDisposable
{
    private readonly GitSite _site = new();

    [LinuxFact]
    public void Programs_the_repository_configures_are_not_run_and_a_hostile_path_is_only_text()
    {
        var marker = Path.Combine(_site.Root, "ran.txt");
        var program = Script("program", $"echo \"$@\" >> '{marker}'");
        // The signer reads what git gives it to sign first: if it ended before git wrote, git's write would fail.
        var signer = Script("signer", "cat > /dev/null\necho '[GNUPG:] SIG_CREATED D 1 8 00 0 X' >&2\nprintf -- '-----BEGIN PGP SIGNATURE-----\\n\\nAAAA\\n-----END PGP SIGNATURE-----\\n'");
        // A file whose name holds a line break and what looks like a message, and a signed commit whose signature
        // git would check with the configured program.
        _site.Write("documents/zatec/2021/zápis\ninput:1:1: error: podvrh.md", GitSite.Minutes("Zápis z jednání"));
        TestGit.Run(_site.Repository, "add", "-A");
        TestGit.Run(_site.Repository, "-c", $"gpg.program={signer}", "commit", "-q", "-S", "-m", "Podepsaný zápis");
        foreach (var (key, value) in new[]
                 {
                     ("log.showSignature", "true"), ("gpg.program", program), ("core.fsmonitor", program), ("core.pager", program),
                     ("diff.external", program), ("core.hooksPath", _site.Root),
                 })
            TestGit.Run(_site.Repository, "config", key, value);

        var result = _site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.DoesNotContain(result.Diagnostics, d => d.Message.English.Contains("git history", StringComparison.Ordinal));
        Assert.False(File.Exists(marker), File.Exists(marker) ? File.ReadAllText(marker) : "");
        Assert.Equal(["Podepsaný zápis"], _site.Page(GitSite.UrlOf("zapis-z-jednani")).QuerySelectorAll("ol.changes li").Select(li => li.TextContent.Split(": ")[1]));
        // The same log read as the repository configures it would have run the program: the test can fail.
        TestGit.Run(Path.Combine(_site.Repository, "input"), "log", "--format=%H", "--", ".");
        Assert.True(File.Exists(marker));
    }

    /// <summary>
    /// An executable shell script. It is written by another process: a script this multi-threaded process wrote could be
    /// open still in a child another test forks, and then could not be run ("text file busy").
    /// </summary>
    private string Script(string name, string body)
    {
        var text = Path.Combine(_site.Root, name + ".txt");
        File.WriteAllText(text, "#!/bin/sh\n" + body + "\n");
        var script = Path.Combine(_site.Root, name);
        using var install = System.Diagnostics.Process.Start("install", ["-m", "755", text, script]);
        install.WaitForExit();
        Assert.Equal(0, install.ExitCode);
        return script;
    }

    public void Dispose() => _site.Dispose();
}
