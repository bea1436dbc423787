using System.Globalization;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Publisher.Core.Build;
using Publisher.Tests.Support;

namespace Publisher.Tests.History;

/// <summary>
/// A copy of the real input inside a fresh git repository of its own (<c>repo/input</c>), whose commits the test makes
/// with fixed dates, built into <c>output</c> beside the repository.
/// </summary>
public sealed class GitSite : IDisposable
{
    public const string Group = "socialni-prevence-a-odborne-socialni-poradenstvi";
    private static readonly HtmlParser Parser = new();
    private readonly TempDirectory _temp = new();

    public GitSite()
    {
        Repository = _temp.Combine("repo");
        Input = Path.Combine(Repository, "input");
        Output = _temp.Combine("output");
        TempDirectory.CopyTree(RepositoryPaths.Input, Input);
        Git(Repository, "init", "-q", "-b", "main");
        Git(Repository, "config", "user.name", "Editor");
        Git(Repository, "config", "user.email", "editor@example.org");
        Commit("Obsah webu", new DateTimeOffset(2020, 1, 1, 9, 0, 0, TimeSpan.FromHours(1)));
    }

    public string Root => _temp.Path;
    public string Repository { get; }
    public string Input { get; }
    public string Output { get; }

    /// <summary>The address of a minutes document of 4 March 2021 in Žatec made from <paramref name="title"/>'s slug.</summary>
    public static string UrlOf(string slug) => $"/zatec/{Group}/2021/2021-03-04-{slug}/";

    /// <summary>A minutes document of 4 March 2021 in Žatec.</summary>
    public static string Minutes(string title, string body = "Text zápisu.") => $"""
        ---
        title: "{title}"
        type: minutes
        date: 2021-03-04
        region: zatec
        group: {Group}
        ---
        {body}

        """.Replace("\r\n", "\n");

    /// <summary>Writes a file below the input folder (path with forward slashes) and returns its full path.</summary>
    public string Write(string path, string text)
    {
        var full = Path.Combine(Input, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
        return full;
    }

    /// <summary>Commits everything as it is now, made and committed at <paramref name="when"/>.</summary>
    public void Commit(string message, DateTimeOffset when)
    {
        Git(Repository, "add", "-A");
        var date = when.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
        TestGit.Run(Repository, new Dictionary<string, string> { ["GIT_AUTHOR_DATE"] = date, ["GIT_COMMITTER_DATE"] = date },
            "commit", "-q", "--allow-empty", "-m", message);
    }

    public BuildResult Build() => Build(Input);

    public BuildResult Build(string input) =>
        new SiteBuild(new BuildOptions(input, Output, RepositoryPaths.Theme, PinnedBuildDay.Today)).Run();

    /// <summary>Builds through the command line, as an editor does.</summary>
    public int BuildWithCommandLine(out string output, out string errors)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = Publisher.PublisherCli.Run(["--lang", "en", "build", "--input", Input, "--output", Output, "--theme", RepositoryPaths.Theme], stdout, stderr);
        output = stdout.ToString();
        errors = stderr.ToString();
        return exit;
    }

    public string FileOf(string url) => Path.Combine(Output, Core.Model.UrlScheme.OutputPath(url));

    public IDocument Page(string url) => Parser.ParseDocument(File.ReadAllText(FileOf(url)));

    public static string Git(string folder, params string[] arguments) => TestGit.Run(folder, arguments);

    public void Dispose() => _temp.Dispose();
}
