using Publisher.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Publisher.Tests.Docs;

/// <summary>The workflow shipped for repositories on GitHub runs a command this program has, and it passes on the site.</summary>
public sealed class GitHubWorkflowTests
{
    private const string ProgramPrefix = "dotnet run --project src/Publisher -- ";

    private static IReadOnlyList<YamlMappingNode> Steps()
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Path.Combine(RepositoryPaths.Root, ".github", "workflows", "check.yml"))));
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        var job = (YamlMappingNode)((YamlMappingNode)root["jobs"])["check"];
        return ((YamlSequenceNode)job["steps"]).Cast<YamlMappingNode>().ToList();
    }

    [Fact]
    public void The_workflow_checks_the_whole_history_with_annotations_and_the_command_passes_on_the_site()
    {
        var steps = Steps();
        var checkout = steps.Single(s => s.Children.TryGetValue("uses", out var uses) && uses.ToString().StartsWith("actions/checkout@", StringComparison.Ordinal));
        Assert.Equal("0", ((YamlMappingNode)checkout["with"])["fetch-depth"].ToString());
        var run = steps.Single(s => s.Children.ContainsKey("run"))["run"].ToString().Trim();
        Assert.StartsWith(ProgramPrefix, run);
        var arguments = run[ProgramPrefix.Length..].Split(' ');
        Assert.Equal(["check", "--format", "github"], arguments);

        var output = new StringWriter();
        var errors = new StringWriter();
        var exit = PublisherCli.Run(["--lang", "en", .. arguments, "--input", RepositoryPaths.Input, "--theme", RepositoryPaths.Theme], output, errors);

        Assert.Equal(0, exit);
        Assert.Equal("", errors.ToString());
        Assert.DoesNotContain("::", output.ToString());
    }
}
