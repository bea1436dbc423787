using Publisher.Core.Sink;
using Publisher.Tests.Support;

namespace Publisher.Tests.Cli;

/// <summary>
/// Real folders a build must never replace, each named directly, with "..", through a symbolic link and, where it
/// matters, with --force. Every case is the real command line in its own process (its working folder and home
/// are part of the case) and must stop with exit code 2 and one line, changing not one byte, name or time.
/// </summary>
public sealed class OutputRefusalTests(OutputRefusalTests.Folders folders) : IClassFixture<OutputRefusalTests.Folders>
{
    private const string Fix = "; choose a separate output folder with --output, such as output/ beside input/ and theme/";

    /// <summary>
    /// {F}/repo: a repository with .git, input/ (with a document not committed yet), theme/ and tools/sub/;
    /// {F}/site: a Git worktree (a .git file) whose input and theme lie deeper, in content/input and look/theme;
    /// {F}/home/anna: the home folder of every build here; {F}/links: symbolic links to all of them.
    /// </summary>
    public sealed class Folders : IDisposable
    {
        private readonly TempDirectory _temp = new();

        public Folders()
        {
            Directory.CreateDirectory(At("repo/.git"));
            File.WriteAllText(At("repo/.git/HEAD"), "ref: refs/heads/main\n");
            TempDirectory.CopyTree(RepositoryPaths.Input, At("repo/input"));
            Directory.CreateDirectory(At("repo/input/documents/zatec/2021"));
            File.WriteAllText(At("repo/input/documents/zatec/2021/neodeslany.md"), """
                ---
                title: "Zápis, který ještě nikdo neodeslal"
                type: minutes
                date: 2021-05-04
                region: zatec
                group: socialni-prevence-a-odborne-socialni-poradenstvi
                ---
                Text, který je jen tady.

                """);
            TempDirectory.CopyTree(RepositoryPaths.Theme, At("repo/theme"));
            Directory.CreateDirectory(At("repo/tools/sub"));

            Directory.CreateDirectory(At("site"));
            File.WriteAllText(At("site/.git"), "gitdir: /srv/git/site/.git/worktrees/site\n");
            TempDirectory.CopyTree(RepositoryPaths.Input, At("site/content/input"));
            TempDirectory.CopyTree(RepositoryPaths.Theme, At("site/look/theme"));

            Directory.CreateDirectory(At("home/anna"));
            File.WriteAllText(At("home/anna/poznamky.txt"), "osobní poznámky");
            Directory.CreateDirectory(At("cizi"));
            File.WriteAllText(At("cizi/stranka.html"), "<p>cizí web</p>");
            Directory.CreateDirectory(At("falesny/.publisher"));
            File.WriteAllText(At("falesny/.publisher/manifest.json"), """{"generator": "Jiny", "files": []}""");
            File.WriteAllText(At("falesny/index.html"), "<p>jiný nástroj</p>");
            File.WriteAllText(At("soubor.txt"), "soubor, ne složka");

            Directory.CreateDirectory(At("links"));
            foreach (var (link, target) in new[]
            {
                ("input", At("repo/input")), ("theme", At("repo/theme")), ("repo", At("repo")), ("tools", At("repo/tools")),
                ("content", At("site/content")), ("look", At("site/look")), ("site", At("site")),
                ("anna", At("home/anna")), ("home", At("home")), ("root", "/"), ("cizi", At("cizi")), ("soubor", At("soubor.txt")),
                ("relativni-input", "../repo/input"), ("loop-a", At("links/loop-b")), ("loop-b", At("links/loop-a")),
            })
            {
                Directory.CreateSymbolicLink(At("links/" + link), target);
            }
        }

        public string Root => _temp.Path;

        public string At(string relative) => relative.Length == 0 ? Root : _temp.Combine(relative.Split('/'));

        public string Expand(string text) =>
            text.Replace("{F}", Root).Replace("{UP}", Path.GetRelativePath(Root, "/"));

        public void Dispose() => _temp.Dispose();
    }

    private static readonly string[] Site = ["--input", "{F}/site/content/input", "--theme", "{F}/site/look/theme"];

    public static TheoryData<string, string[], string> Dangerous => new()
    {
        // The input folder, the theme folder and folders inside them.
        { "repo/tools", ["--output", "{F}/repo/input"], "the output folder {F}/repo/input is the input folder {F}/repo/input" + Fix },
        { "repo/tools", ["--output", "../input"], "the output folder {F}/repo/input is the input folder {F}/repo/input" + Fix },
        { "repo/tools", ["--output", "{F}/repo/input/documents/.."], "the output folder {F}/repo/input is the input folder {F}/repo/input" + Fix },
        { "repo/tools", ["--output", "{F}/links/input"], "the output folder {F}/links/input is the input folder {F}/repo/input" + Fix },
        { "repo/tools", ["--output", "{F}/links/relativni-input"], "the output folder {F}/links/relativni-input is the input folder {F}/repo/input" + Fix },
        { "repo/tools", ["--output", "{F}/repo/input", "--force"], "the output folder {F}/repo/input is the input folder {F}/repo/input" + Fix },
        { "repo/tools", ["--output", "{F}/repo/theme"], "the output folder {F}/repo/theme is the theme folder {F}/repo/theme" + Fix },
        { "repo/tools", ["--output", "../theme"], "the output folder {F}/repo/theme is the theme folder {F}/repo/theme" + Fix },
        { "repo/tools", ["--output", "{F}/links/theme", "--force"], "the output folder {F}/links/theme is the theme folder {F}/repo/theme" + Fix },
        { "repo/tools", ["--output", "{F}/repo/input/documents"], "the output folder {F}/repo/input/documents lies inside the input folder {F}/repo/input" + Fix },
        { "repo/tools", ["--output", "{F}/repo/input/web"], "the output folder {F}/repo/input/web lies inside the input folder {F}/repo/input" + Fix },
        { "repo/tools", ["--output", "../input/documents/zatec/.."], "the output folder {F}/repo/input/documents lies inside the input folder {F}/repo/input" + Fix },
        { "repo/tools", ["--output", "{F}/links/input/documents", "--force"], "the output folder {F}/links/input/documents lies inside the input folder {F}/repo/input" + Fix },
        { "repo/tools", ["--output", "{F}/repo/theme/assets"], "the output folder {F}/repo/theme/assets lies inside the theme folder {F}/repo/theme" + Fix },
        { "repo/tools", ["--output", "{F}/repo/theme/layouts/../assets"], "the output folder {F}/repo/theme/assets lies inside the theme folder {F}/repo/theme" + Fix },
        { "repo/tools", ["--output", "{F}/links/theme/assets"], "the output folder {F}/links/theme/assets lies inside the theme folder {F}/repo/theme" + Fix },

        // Folders containing the input or the theme.
        { "", [.. Site, "--output", "{F}/site/content"], "the output folder {F}/site/content contains the input folder {F}/site/content/input" + Fix },
        { "", [.. Site, "--output", "{F}/site/content/input/.."], "the output folder {F}/site/content contains the input folder {F}/site/content/input" + Fix },
        { "", [.. Site, "--output", "{F}/links/content", "--force"], "the output folder {F}/links/content contains the input folder {F}/site/content/input" + Fix },
        { "", [.. Site, "--output", "{F}/site/look"], "the output folder {F}/site/look contains the theme folder {F}/site/look/theme" + Fix },
        { "", [.. Site, "--output", "{F}/site/look/theme/.."], "the output folder {F}/site/look contains the theme folder {F}/site/look/theme" + Fix },
        { "", [.. Site, "--output", "{F}/links/look"], "the output folder {F}/links/look contains the theme folder {F}/site/look/theme" + Fix },

        // The repository: the folder with input/ and theme/, or one holding .git.
        { "repo/tools", ["--output", "{F}/repo"], "the output folder {F}/repo is the repository {F}/repo" + Fix },
        { "repo/tools", ["--output", ".."], "the output folder {F}/repo is the repository {F}/repo" + Fix },
        { "repo/tools", ["--output", "{F}/links/repo", "--force"], "the output folder {F}/links/repo is the repository {F}/repo" + Fix },
        { "repo", ["--output", "."], "the output folder {F}/repo is the repository {F}/repo" + Fix },
        { "repo/tools", ["--output", "{F}"], "the output folder {F} contains the repository {F}/repo" + Fix },
        { "repo/tools", ["--output", "../.."], "the output folder {F} contains the repository {F}/repo" + Fix },
        { "", [.. Site, "--output", "{F}/site"], "the output folder {F}/site is the repository {F}/site" + Fix },
        { "", [.. Site, "--output", "{F}/site/content/.."], "the output folder {F}/site is the repository {F}/site" + Fix },
        { "", [.. Site, "--output", "{F}/links/site"], "the output folder {F}/links/site is the repository {F}/site" + Fix },

        // The current folder and folders containing it.
        { "repo/tools", ["--output", "."], "the output folder {F}/repo/tools is the current folder {F}/repo/tools" + Fix },
        { "repo/tools", ["--output", "../tools"], "the output folder {F}/repo/tools is the current folder {F}/repo/tools" + Fix },
        { "repo/tools", ["--output", "{F}/links/tools", "--force"], "the output folder {F}/links/tools is the current folder {F}/repo/tools" + Fix },
        { "repo/tools/sub", ["--output", ".."], "the output folder {F}/repo/tools contains the current folder {F}/repo/tools/sub" + Fix },
        { "repo/tools/sub", ["--output", "{F}/links/tools"], "the output folder {F}/links/tools contains the current folder {F}/repo/tools/sub" + Fix },

        // The home folder and folders containing it.
        { "repo/tools", ["--output", "{F}/home/anna"], "the output folder {F}/home/anna is the home folder {F}/home/anna" + Fix },
        { "repo/tools", ["--output", "{F}/home/anna/../anna"], "the output folder {F}/home/anna is the home folder {F}/home/anna" + Fix },
        { "repo/tools", ["--output", "{F}/links/anna", "--force"], "the output folder {F}/links/anna is the home folder {F}/home/anna" + Fix },
        { "repo/tools", ["--output", "{F}/home"], "the output folder {F}/home contains the home folder {F}/home/anna" + Fix },
        { "repo/tools", ["--output", "{F}/links/home"], "the output folder {F}/links/home contains the home folder {F}/home/anna" + Fix },

        // The file-system root.
        { "repo/tools", ["--output", "/"], "the output folder / is the file-system root /" + Fix },
        { "repo/tools", ["--output", "{F}/{UP}"], "the output folder / is the file-system root /" + Fix },
        { "repo/tools", ["--output", "{F}/links/root", "--force"], "the output folder {F}/links/root is the file-system root /" + Fix },
    };

    public static TheoryData<string, string[], string> NotOurs => new()
    {
        { "repo/tools", ["--output", "{F}/cizi"], "the output folder {F}/cizi is not empty and was not written by Publisher; choose an empty folder or pass --force" },
        { "repo/tools", ["--output", "{F}/links/cizi"], "the output folder {F}/links/cizi is not empty and was not written by Publisher; choose an empty folder or pass --force" },
        { "repo/tools", ["--output", "{F}/falesny"], "the output folder {F}/falesny is not empty and was not written by Publisher; choose an empty folder or pass --force" },
        { "repo/tools", ["--output", "{F}/soubor.txt"], "the output path {F}/soubor.txt is a file, not a folder; choose a folder with --output" },
        { "repo/tools", ["--output", "{F}/links/soubor", "--force"], "the output path {F}/links/soubor is a file, not a folder; choose a folder with --output" },
        { "repo/tools", ["--output", "{F}/links/loop-a/web"], "the output folder {F}/links/loop-a/web cannot be checked: the symbolic link {F}/links/loop-a leads round in a loop; fix or remove that link" },
    };

    [Theory]
    [MemberData(nameof(Dangerous))]
    [MemberData(nameof(NotOurs))]
    public void The_build_refuses_before_touching_anything(string workingFolder, string[] args, string expected)
    {
        var tree = OutputSnapshot.Tree(folders.Root);
        var root = Directory.EnumerateFileSystemEntries("/").Order(StringComparer.Ordinal).ToList();
        var environment = new Dictionary<string, string?> { ["HOME"] = folders.At("home/anna") };

        var result = CommandLineProcess.Run(folders.At(workingFolder), environment, ["build", .. args.Select(folders.Expand)]);

        Assert.Equal(PublisherCli.BuildStopped, result.ExitCode);
        Assert.Equal("", result.Output);
        Assert.Equal("error: " + folders.Expand(expected) + "\n", result.Errors);
        Assert.Equal(tree, OutputSnapshot.Tree(folders.Root));
        Assert.Equal(root, Directory.EnumerateFileSystemEntries("/").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_real_home_folder_is_refused_too()
    {
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        var before = Directory.EnumerateFileSystemEntries(home).Order(StringComparer.Ordinal).ToList();

        var result = CommandLineProcess.Run(folders.At("repo/tools"), "build", "--output", home, "--force");

        Assert.Equal(PublisherCli.BuildStopped, result.ExitCode);
        Assert.Equal($"error: the output folder {home} is the home folder {home}{Fix}\n", result.Errors);
        Assert.Equal(before, Directory.EnumerateFileSystemEntries(home).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Force_replaces_a_folder_publisher_did_not_write_and_later_builds_need_no_force()
    {
        using var temp = new TempDirectory();
        var output = temp.Combine("web");
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "stary.html"), "<p>starý web</p>");

        var forced = CommandLineProcess.Run(temp.Path, "build", "--input", RepositoryPaths.Input, "--output", output, "--theme", RepositoryPaths.Theme, "--force");
        var again = CommandLineProcess.Run(temp.Path, "build", "--input", RepositoryPaths.Input, "--output", output, "--theme", RepositoryPaths.Theme);

        Assert.Equal((0, ""), (forced.ExitCode, forced.Errors));
        Assert.Equal((0, ""), (again.ExitCode, again.Errors));
        Assert.False(File.Exists(Path.Combine(output, "stary.html")));
        Assert.True(OutputManifest.IsIn(output));
    }

    [Fact]
    public void A_folder_beside_the_input_whose_name_starts_the_same_is_not_inside_it()
    {
        using var temp = new TempDirectory();
        var input = temp.Combine("input");
        TempDirectory.CopyTree(RepositoryPaths.Input, input);
        var before = OutputSnapshot.Tree(input);

        var result = CommandLineProcess.Run(temp.Path, "build", "--input", input, "--output", temp.Combine("input-web"), "--theme", RepositoryPaths.Theme);

        Assert.Equal((0, NoGitHistory.Warning("input")), (result.ExitCode, result.Errors));
        Assert.True(File.Exists(temp.Combine("input-web", "index.html")));
        Assert.Equal(before, OutputSnapshot.Tree(input));
    }

    [Fact]
    public void An_empty_folder_is_used_without_force()
    {
        using var temp = new TempDirectory();
        var output = temp.Combine("web");
        Directory.CreateDirectory(output);

        var result = CommandLineProcess.Run(temp.Path, "build", "--input", RepositoryPaths.Input, "--output", output, "--theme", RepositoryPaths.Theme);

        Assert.Equal((0, ""), (result.ExitCode, result.Errors));
        Assert.True(File.Exists(Path.Combine(output, "index.html")));
    }

    [Fact]
    public void Inside_a_repository_the_build_writes_output_beside_input_and_theme_and_nothing_else()
    {
        var before = new[] { "repo/.git", "repo/input", "repo/theme", "repo/tools" }.Select(f => OutputSnapshot.Tree(folders.At(f))).ToList();
        var environment = new Dictionary<string, string?> { ["HOME"] = folders.At("home/anna") };
        var output = folders.At("repo/output");
        try
        {
            var result = CommandLineProcess.Run(folders.At("repo/tools/sub"), environment, "build");

            // The .git folder is only the mark of a repository, without any history to read.
            Assert.Equal((0, NoGitHistory.Warning(folders.At("repo/input"))), (result.ExitCode, result.Errors));
            Assert.StartsWith($"Built 6 document(s) into {output}: ", result.Output);
            Assert.Equal(before, new[] { "repo/.git", "repo/input", "repo/theme", "repo/tools" }.Select(f => OutputSnapshot.Tree(folders.At(f))));
            Assert.Equal([".git", ".output.lock", "input", "output", "theme", "tools"],
                Directory.EnumerateFileSystemEntries(folders.At("repo")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        }
        finally
        {
            // The other cases expect the repository as it was.
            Directory.Delete(output, recursive: true);
            File.Delete(folders.At("repo/.output.lock"));
        }
    }
}
