using System.Text.RegularExpressions;
using Publisher.Core.Diagnostics;
using Publisher.Core.Sink;
using Publisher.Core.Validate;
using Publisher.Tests.Support;
using Publisher.Tests.Validate;

namespace Publisher.Tests.Docs;

/// <summary>
/// Every example block of the README is built, parsed or checked against the repository, so the documentation
/// cannot drift from what the tool does. A block of a kind no test knows fails, so a new one needs a check.
/// </summary>
public sealed partial class ReadmeTests
{
    private static readonly IReadOnlyList<FencedBlock> Blocks = FencedBlock.All(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md")));

    [Fact]
    public void Every_block_is_of_a_kind_these_tests_check()
    {
        var known = new[] { "sh", "text", "markdown", "yaml regions.yml", "yaml site.yml" };
        Assert.All(Blocks, block => Assert.Contains(block.Info, known));
        Assert.Contains(Blocks, b => b.Info == "markdown");
    }

    [Fact]
    public void The_document_examples_build_as_written_without_a_warning()
    {
        using var site = new CommandLineSite();
        var fullExample = Blocks.Where(b => b.Info == "text").Select(b => b.Text.Trim()).First(t => UnknownRegion().IsMatch(t));
        fullExample = fullExample[..fullExample.IndexOf(':')];
        var documents = Blocks.Where(b => b.Info == "markdown").ToList();
        WriteInput(site, fullExample, documents[0].Text);
        for (var i = 1; i < documents.Count; i++)
            WriteInput(site, $"input/documents/readme/example-{i}.md", documents[i].Text);

        var exit = site.Run(out var output, out var errors);

        Assert.Equal("", errors);
        Assert.Equal(0, exit);
        Assert.Contains(", 0 warning(s).", output);
    }

    [Fact]
    public void Each_diagnostic_example_is_what_the_build_prints_in_that_case()
    {
        var examples = Blocks.Where(b => b.Info == "text" && DiagnosticLine().IsMatch(b.Text))
            .SelectMany(b => b.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries))
            .ToList();
        Assert.True(examples.Count >= 3);
        foreach (var example in examples)
        {
            using var site = new CommandLineSite();
            var file = example[..example.IndexOf(':')];
            if (file.StartsWith("input/", StringComparison.Ordinal))
                WriteInput(site, file, FullExampleAsTheMessageDescribes(example));
            else if (LinkOutOfFolder().Match(example) is { Success: true } link && file.StartsWith("theme/", StringComparison.Ordinal))
                File.CreateSymbolicLink(Path.Combine(site.UseThemeCopy(), file["theme/".Length..]), link.Groups[1].Value);
            else
                throw new Xunit.Sdk.XunitException($"no test reproduces the README's message: {example}");

            Assert.Equal(1, site.Run(out _, out var errors));

            Assert.Contains(example, errors.Split('\n').Select(line => line
                .Replace(site.Input.Replace('\\', '/'), "input")
                .Replace(site.Theme.Replace('\\', '/'), "theme")));
        }
    }

    /// <summary>The README's full example with the one mistake a message about it describes, on the line the message names.</summary>
    private static string FullExampleAsTheMessageDescribes(string message)
    {
        var lines = Blocks.First(b => b.Info == "markdown").Text.Split('\n');
        var line = int.Parse(message.Split(':')[1], System.Globalization.CultureInfo.InvariantCulture) - 1;
        var text = lines[line].TrimStart();
        if (UnknownRegion().Match(message) is { Success: true } unknown)
            lines[line] = "region: " + unknown.Groups[1].Value;
        else if (message.Contains("a tab character is used for indentation", StringComparison.Ordinal))
            lines[line] = "\t" + text;
        else if (message.Contains("is indented differently", StringComparison.Ordinal))
            lines[line] = lines[line][1..];
        else if (message.Contains("belongs under", StringComparison.Ordinal))
            lines[line] = text;
        else
            throw new Xunit.Sdk.XunitException($"no test reproduces the README's message: {message}");
        return string.Join("\n", lines);
    }

    [Fact]
    public void The_data_file_examples_are_read_without_a_diagnostic()
    {
        var diagnostics = new DiagnosticBag();
        var regions = RegionCatalogReader.Read(TestContent.File(Blocks.Single(b => b.Info == "yaml regions.yml").Text, "regions.yml"), diagnostics);
        var settings = SiteSettingsReader.Read(TestContent.File(Blocks.Single(b => b.Info == "yaml site.yml").Text, "site.yml"), diagnostics);

        Assert.Empty(diagnostics.Sorted());
        Assert.NotEmpty(regions!.Regions);
        Assert.NotNull(settings!.Accessibility);
    }

    [Fact]
    public void Every_file_and_folder_the_trees_name_exists()
    {
        var trees = Blocks.Where(b => b.Info == "text" && !DiagnosticLine().IsMatch(b.Text) && !b.Text.StartsWith("error: ", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(trees);
        foreach (var tree in trees)
        {
            foreach (var path in TreePaths(tree.Text))
                Assert.True(File.Exists(Path.Combine(RepositoryPaths.Root, path)) || Directory.Exists(Path.Combine(RepositoryPaths.Root, path)),
                    $"the README names {path}, which the repository does not have");
        }
    }

    [Fact]
    public void The_build_command_builds_a_repository_as_written()
    {
        const string run = "dotnet run --project src/Publisher -- ";
        var commands = Blocks.Where(b => b.Info == "sh")
            .SelectMany(b => b.Text.Split('\n'))
            .Select(line => line.Split('#')[0].Trim())
            .Where(line => line.Length > 0)
            .ToList();
        Assert.All(commands, command => Assert.True(command.StartsWith(run, StringComparison.Ordinal) || command == "dotnet test", command));

        foreach (var command in commands.Where(c => c.StartsWith(run, StringComparison.Ordinal)))
        {
            using var temp = new TempDirectory();
            TempDirectory.CopyTree(RepositoryPaths.Input, temp.Combine("input"));
            TempDirectory.CopyTree(RepositoryPaths.Theme, temp.Combine("theme"));

            var result = CommandLineProcess.Run(temp.Path, command[run.Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries));

            Assert.Equal(NoGitHistory.Warning("input"), result.Errors);
            Assert.Equal(0, result.ExitCode);
            Assert.True(File.Exists(temp.Combine("output", "index.html")));
        }
    }

    [Fact]
    public void Each_command_line_message_is_what_the_command_line_prints_in_that_case()
    {
        var messages = Blocks.Where(b => b.Info == "text" && b.Text.StartsWith("error: ", StringComparison.Ordinal)).Select(b => b.Text.Trim()).ToList();
        Assert.NotEmpty(messages);
        foreach (var message in messages)
            Assert.Equal(message, Reproduce(message));
    }

    /// <summary>
    /// Runs the case an example message describes in a repository under a temporary folder and returns what the
    /// command line printed, with the temporary paths written back as the example's.
    /// </summary>
    private static string Reproduce(string example)
    {
        using var temp = new TempDirectory();
        var web = temp.Combine("web");
        TempDirectory.CopyTree(RepositoryPaths.Input, Path.Combine(web, "input"));
        TempDirectory.CopyTree(RepositoryPaths.Theme, Path.Combine(web, "theme"));
        string printed;
        if (example.Contains(" is the input folder ", StringComparison.Ordinal))
        {
            printed = CommandLineProcess.Run(web, "build", "--output", "input").Errors;
        }
        else if (example.Contains(" is not empty and was not written by Publisher", StringComparison.Ordinal))
        {
            var www = temp.Combine("www");
            Directory.CreateDirectory(www);
            File.WriteAllText(Path.Combine(www, "index.html"), "<p>a site made by hand</p>");
            printed = CommandLineProcess.Run(web, "build", "--output", www).Errors.Replace(www, "/srv/www");
        }
        else if (example.Contains(" is being written by another build ", StringComparison.Ordinal))
        {
            using var held = OutputLock.Acquire(Path.Combine(web, "output"));
            printed = CommandLineProcess.Run(web, "build").Errors
                .Replace(LockHolder.OfThisProcess().ToString(), "process 4711, started 2026-03-02 08:15:04 UTC");
        }
        else
        {
            throw new Xunit.Sdk.XunitException($"no test reproduces the README's message: {example}");
        }
        return printed.Replace(web, "/home/anna/web").Trim();
    }

    private static void WriteInput(CommandLineSite site, string readmePath, string text)
    {
        Assert.StartsWith("input/", readmePath);
        var path = Path.Combine(site.Input, readmePath["input/".Length..]);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    /// <summary>
    /// The paths of a tree drawn with indentation ("src/Publisher.Core/" then "  Load/"): each line's leading words that
    /// look like paths, below the nearest less indented line. Descriptions follow after two or more spaces.
    /// </summary>
    private static IEnumerable<string> TreePaths(string tree)
    {
        var parents = new Stack<(int Indent, string Path)>();
        foreach (var line in tree.Split('\n'))
        {
            var indent = line.Length - line.TrimStart().Length;
            var names = line.Trim().Split("  ", 2)[0].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (names.Length == 0 || !names.All(n => PathLike().IsMatch(n))) continue;
            while (parents.Count > 0 && parents.Peek().Indent >= indent) parents.Pop();
            var parent = parents.Count > 0 ? parents.Peek().Path : "";
            foreach (var name in names.Where(n => !n.Contains('…') && !n.Contains('*')))
                yield return parent + name;
            if (names.Length == 1 && names[0].EndsWith('/')) parents.Push((indent, parent + names[0]));
        }
    }

    [GeneratedRegex(@"^\S+:\d+:\d+: (error|warning): ", RegexOptions.Multiline)]
    private static partial Regex DiagnosticLine();

    [GeneratedRegex(@"unknown region '([^']+)'")]
    private static partial Regex UnknownRegion();

    [GeneratedRegex(@"the link points outside the folder '[^']+' \(to '([^']+)'\)")]
    private static partial Regex LinkOutOfFolder();

    [GeneratedRegex(@"^[\w.…*-]+(/[\w.…*-]+)*/?$")]
    private static partial Regex PathLike();
}
