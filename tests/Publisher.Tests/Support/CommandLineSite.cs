namespace Publisher.Tests.Support;

/// <summary>
/// A copy of the real input built once through the command line into a temporary output folder,
/// so tests can add files, build again and compare the output with what was built before. The copy is committed in a
/// git repository of its own, as editors keep a site, so the build reads its history and has nothing to warn about.
/// </summary>
public sealed class CommandLineSite : IDisposable
{
    private readonly TempDirectory _temp = new();

    public CommandLineSite()
    {
        Input = _temp.Combine("input");
        Output = _temp.Combine("output");
        TempDirectory.CopyTree(RepositoryPaths.Input, Input);
        TestGit.CommitAll(_temp.Path);
        Assert.Equal(0, Run(out _, out _));
    }

    public string Input { get; }
    public string Output { get; }
    public string Theme { get; private set; } = RepositoryPaths.Theme;

    /// <summary>Builds from here on with a copy of the theme, which the test may change; returns the copy's path.</summary>
    public string UseThemeCopy()
    {
        Theme = _temp.Combine("theme");
        TempDirectory.CopyTree(RepositoryPaths.Theme, Theme);
        return Theme;
    }
    /// <summary>The folder that holds input/, output/ and any staging folders beside output/.</summary>
    public string Root => _temp.Path;

    /// <summary>Writes a document under documents/zatec/2021/ and returns its full path.</summary>
    public string AddDocument(string name, string content) => AddDocument(name, System.Text.Encoding.UTF8.GetBytes(content.Replace("\r\n", "\n")));

    public string AddDocument(string name, byte[] content)
    {
        var path = Path.Combine(Input, "documents", "zatec", "2021", name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
        return path;
    }

    /// <summary>
    /// Minutes of the seed site's first working group in Žatec, valid as they are: tests change a line of them, give them
    /// another body or add front matter (ending with a line break) before the closing '---'.
    /// </summary>
    public static string Minutes(string body = "Text.", string extraFrontMatter = "") => $"""
        ---
        title: "Zápis z jednání"
        type: minutes
        date: 2021-05-04
        region: zatec
        group: socialni-prevence-a-odborne-socialni-poradenstvi
        {extraFrontMatter}---
        {body}
        """;

    /// <summary>Builds as <see cref="Run"/> does and gives the exit code with the lines written to standard error.</summary>
    public (int Exit, string[] Errors) RunForErrors()
    {
        var exit = Run(out _, out var errors);
        return (exit, errors.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>Builds the site with messages in English, the language the tests compare them in.</summary>
    public int Run(out string output, out string errors) => Run(out output, out errors, "en");

    public int Run(out string output, out string errors, string language)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = PublisherCli.Run(["build", "--input", Input, "--output", Output, "--theme", Theme, "--lang", language], stdout, stderr);
        output = RunToRunText.Hidden(stdout.ToString());
        errors = RunToRunText.Hidden(stderr.ToString());
        return exit;
    }

    public void Dispose() => _temp.Dispose();
}
