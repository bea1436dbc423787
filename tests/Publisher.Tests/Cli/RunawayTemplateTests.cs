using System.Diagnostics;
using Publisher.Tests.Support;
using static Publisher.Tests.Support.SpecialFiles;

namespace Publisher.Tests.Cli;

/// <summary>
/// Templates that would never finish, or would exhaust the stack or the memory, fail the build within seconds with
/// exit code 1, the template line that ran away and the output untouched.
/// </summary>
public sealed class RunawayTemplateTests : IDisposable
{
    private const string Steps =
        "the page takes more than 2,000,000 steps to render, far more than any real page; look for a loop whose condition never turns false, a range that is too large, or a function that keeps calling itself";
    private const string BuildFailed = "Build failed: 1 error(s), 0 warning(s). The output folder was not changed.\n";

    private readonly CommandLineSite _site = new();
    private readonly string _theme;

    public RunawayTemplateTests() => _theme = _site.UseThemeCopy();

    public void Dispose() => _site.Dispose();

    private string Snapshot() => OutputSnapshot.Of(_site.Output, withWriteTimes: true);

    public static TheoryData<string, string, string?, string> RunawayTemplates => new()
    {
        {
            "an endless while loop",
            "<h1>{{ page.title }}</h1>\n{{ while true }}{{ end }}\n", null,
            $"layouts/404.html:2:4: error: template error while rendering /404.html: {Steps}"
        },
        {
            "a range of a billion",
            "<h1>{{ page.title }}</h1>\n{{ for i in 1..1000000000 }}{{ i }}{{ end }}\n", null,
            $"layouts/404.html:2:4: error: template error while rendering /404.html: {Steps}"
        },
        {
            "nested loops of ten billion steps",
            "<h1>{{ page.title }}</h1>\n{{ for i in 1..100000 }}{{ for j in 1..100000 }}{{ end }}{{ end }}\n", null,
            $"layouts/404.html:2:28: error: template error while rendering /404.html: {Steps}"
        },
        {
            "a function calling itself twice at every level",
            "<h1>{{ page.title }}</h1>\n{{ func dvakrat(n)\n  if n > 0\n    dvakrat(n - 1)\n    dvakrat(n - 1)\n  end\nend }}{{ dvakrat 25 }}\n", null,
            $"layouts/404.html:5:5: error: template error while rendering /404.html: {Steps}"
        },
        {
            "a function calling itself without end",
            "<h1>{{ page.title }}</h1>\n{{ func nekonecna(n)\n  ret nekonecna(n + 1)\nend }}{{ nekonecna 0 }}\n", null,
            "layouts/404.html:3:7: error: template error while rendering /404.html: the template nests calls more than 200 deep; a function must not keep calling itself"
        },
        {
            "a partial including itself",
            "<h1>{{ page.title }}</h1>\n{{ partial \"smycka\" }}\n", "<div>{{ partial \"smycka\" }}</div>\n",
            "partials/smycka.html:1:9: error: template error while rendering /404.html: partials include each other more than 8 deep here (last 'smycka'); a partial must not include itself, directly or through other partials"
        },
        {
            "a loop writing a hundred megabytes",
            "<h1>{{ page.title }}</h1>\n{{ for i in 1..100000 }}" + new string('x', 1000) + "{{ end }}\n", null,
            "layouts/404.html:2:4: error: template error while rendering /404.html: the page grows past 32 MB of HTML, far more than any real page; look for a loop that writes without end"
        },
    };

    [Theory]
    [MemberData(nameof(RunawayTemplates))]
    public void A_runaway_template_is_stopped_at_its_line_within_seconds(string runaway, string layout, string? partial, string expected)
    {
        var before = Snapshot();
        File.WriteAllText(Path.Combine(_theme, "layouts", "404.html"), layout);
        if (partial is not null) File.WriteAllText(Path.Combine(_theme, "partials", "smycka.html"), partial);
        var clock = Stopwatch.StartNew();

        var (exit, errors) = WithinSeconds(60, () => (_site.Run(out _, out var output), output));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"{runaway}: the build took {clock.Elapsed}");
        Assert.Equal(1, exit);
        Assert.Equal($"{_theme}/{expected}\n{BuildFailed}", errors);
        Assert.Equal(before, Snapshot());
    }
}
