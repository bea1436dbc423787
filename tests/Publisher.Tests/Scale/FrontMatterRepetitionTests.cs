using System.Text;
using Publisher.Core.Model;
using Publisher.Tests.Fuzz;
using static Publisher.Tests.Support.TestContent;
using Publisher.Core.Extensions.Plans;
using Publisher.Core.Extensions.Redirects;

namespace Publisher.Tests.Scale;

/// <summary>
/// Whatever an editor can repeat in front matter is read in time linear in the repetitions: 100,000 of each
/// take a fraction of a second. The bound is only a guard against a hang; quadratic reading would take hours.
/// </summary>
public sealed class FrontMatterRepetitionTests
{
    private const int Repetitions = 100_000;
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(60);

    private static string ListOf(string key, Func<int, string> item, string indent = "")
    {
        var yaml = new StringBuilder(indent).Append(key).Append(":\n");
        for (var i = 0; i < Repetitions; i++) yaml.Append(indent).Append("  - ").Append(item(i)).Append('\n');
        return yaml.ToString().TrimEnd('\n');
    }

    private static (Document? Document, int Diagnostics) Validate(params (string Key, string? Line)[] overrides)
    {
        using var worker = new BoundedWorker("repetitions");
        return worker.Run(() =>
        {
            var (result, diagnostics) = ValidateDocument(Markdown(Minutes(overrides)));
            return (result?.Document, diagnostics.Count);
        }, HangGuard);
    }

    [Fact]
    public void Tags()
    {
        var (document, diagnostics) = Validate(("tags", ListOf("tags", i => $"téma {i}")));
        Assert.Equal(0, diagnostics);
        Assert.Equal(Repetitions, document!.Tags.Count);
    }

    [Fact]
    public void The_same_tag_repeated()
    {
        var (document, _) = Validate(("tags", ListOf("tags", i => i % 2 == 0 ? "Bydlení" : "bydlení")));
        Assert.Single(document!.Tags);
    }

    [Fact]
    public void Agenda_items_and_attendees()
    {
        var (document, diagnostics) = Validate(
            ("agenda", ListOf("agenda", i => $"Bod {i}")),
            ("attendees", "attendees:\n" + ListOf("present", i => $"Osoba {i}", "  ")));
        Assert.Equal(0, diagnostics);
        Assert.Equal(Repetitions, document!.Agenda.Count);
        Assert.Equal(Repetitions, document.Attendees.Present.Count);
    }

    [Fact]
    public void Tasks()
    {
        var (document, diagnostics) = Validate(("tasks", ListOf("tasks", i => $"task: \"Úkol {i}\"\n    owner: Jana\n    due: 2020-07-01")));
        Assert.Equal(0, diagnostics);
        Assert.Equal(Repetitions, document!.Tasks.Count);
    }

    [Fact]
    public void Aliases_and_plan_references()
    {
        var (document, diagnostics) = Validate(
            ("aliases", ListOf("aliases", i => $"/stare/{i}/")),
            ("plans", ListOf("plans", i => $"plan-{i % 100}")));
        Assert.Equal(0, diagnostics);
        Assert.Equal(Repetitions, RedirectsExtension.Of(document!).Count);
        Assert.Equal(100, PlanFacts.Of(document!).Discusses.Count);
    }

    [Fact]
    public void Unknown_keys()
    {
        var keys = string.Join("\n", Enumerable.Range(0, Repetitions).Select(i => $"klic{i}: hodnota"));
        var (_, diagnostics) = Validate(("unknown", keys));
        Assert.Equal(Repetitions, diagnostics);
    }
}
