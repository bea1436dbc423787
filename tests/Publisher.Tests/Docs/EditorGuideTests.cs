using System.Text.RegularExpressions;
using Publisher.Core.Diagnostics;
using Publisher.Core.Model;
using Publisher.Core.Validate;
using Publisher.Tests.Authoring.Import;
using Publisher.Tests.Diagnostics;
using Publisher.Tests.Support;

namespace Publisher.Tests.Docs;

/// <summary>
/// Every example of the editors' guide (<c>docs/jak-publikovat.md</c>) is built, run or read as written, so the guide
/// cannot drift from what the program does.
/// </summary>
public sealed class EditorGuideTests
{
    private const string ProgramPrefix = "dotnet run --project src/Publisher -- ";
    private static readonly IReadOnlyList<FencedBlock> Blocks = FencedBlock.All(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "jak-publikovat.md")));

    private static IEnumerable<FencedBlock> Of(string info) => Blocks.Where(b => b.Info == info);

    [Fact]
    public void Every_block_is_of_a_kind_these_tests_check()
    {
        Assert.All(Blocks, block => Assert.Contains(block.Info, new[] { "text", "markdown", "yaml site.yml" }));
        Assert.Equal(2, Of("markdown").Count());
    }

    [Fact]
    public void The_documents_build_as_written_without_a_warning()
    {
        using var site = new CommandLineSite();
        var documents = Of("markdown").ToList();
        for (var i = 0; i < documents.Count; i++)
            site.AddDocument($"navod-{i}.md", documents[i].Text);

        var exit = site.Run(out var output, out var errors, "cs");

        Assert.Equal("", errors);
        Assert.Equal(0, exit);
        Assert.Contains(", 0 varování.", output);
    }

    [Fact]
    public void The_commands_are_the_programs_and_run_on_the_site()
    {
        using var site = new CommandLineSite();
        var commands = Of("text").Select(b => b.Text.Trim()).Where(t => t.StartsWith(ProgramPrefix, StringComparison.Ordinal)).ToList();
        Assert.Equal(["new", "check", "preview", "import"], commands.Select(c => c[ProgramPrefix.Length..].Split(' ')[0]));

        foreach (var command in commands)
        {
            var arguments = command[ProgramPrefix.Length..].Split(' ');
            if (arguments[0] == "import")
            {
                // The old minutes the example names: a real one, the Žatec minutes of 10 June 2020.
                var legacy = Path.Combine(site.Root, arguments[1]);
                Directory.CreateDirectory(Path.GetDirectoryName(legacy)!);
                File.Copy(SeedImportTests.Seed("003_0a41da91c81234f4.txt"), legacy);
                arguments[1] = legacy;
            }
            var output = new StringWriter();
            var errors = new StringWriter();
            if (arguments[0] == "preview")
            {
                Assert.Equal(["preview"], arguments);
                Assert.Equal(0, PreviewUntilServed(site, output, errors));
                continue;
            }
            string[] folders = arguments[0] == "check" ? ["--input", site.Input, "--theme", site.Theme] : ["--input", site.Input];

            var exit = PublisherCli.Run([.. arguments, .. folders], output, errors);

            Assert.True(exit == 0, $"{command}: {errors}");
        }
    }

    /// <summary>Runs the preview as the guide starts it, opens the address it prints, and stops it as Ctrl+C would.</summary>
    private static int PreviewUntilServed(CommandLineSite site, StringWriter output, StringWriter errors)
    {
        using var stop = new CancellationTokenSource();
        var printed = new SynchronizedWriter(output);
        var preview = Task.Run(() => PreviewCommand.Run(site.Input, site.Theme, port: 0, MessageLanguage.Czech, printed, errors, stop.Token));
        var deadline = DateTime.UtcNow.AddSeconds(60);
        Match address;
        while (!(address = Regex.Match(printed.Text, @"http://127\.0\.0\.1:\d+/")).Success)
        {
            Assert.True(DateTime.UtcNow < deadline && !preview.IsCompleted, $"the preview printed no address: {printed.Text} {errors}");
            Thread.Sleep(50);
        }
        using (var client = new HttpClient())
        {
            var home = client.GetStringAsync(address.Value).GetAwaiter().GetResult();
            Assert.Contains("<html", home);
        }
        stop.Cancel();
        return preview.GetAwaiter().GetResult();
    }

    /// <summary>What the preview prints from its own threads, read while it runs.</summary>
    private sealed class SynchronizedWriter(StringWriter inner) : TextWriter
    {
        private readonly Lock _lock = new();

        public override System.Text.Encoding Encoding => inner.Encoding;

        public string Text
        {
            get { lock (_lock) return inner.ToString(); }
        }

        public override void Write(char value)
        {
            lock (_lock) inner.Write(value);
        }

        public override void Write(string? value)
        {
            lock (_lock) inner.Write(value);
        }

        public override void WriteLine(string? value)
        {
            lock (_lock) inner.WriteLine(value);
        }
    }

    [Fact]
    public void The_example_message_is_what_the_check_prints_for_a_misspelt_region()
    {
        var example = Of("text").Select(b => b.Text.Trim()).Single(t => t.Contains(": chyba: ", StringComparison.Ordinal));
        var path = example[..example.IndexOf(':')];
        using var site = new CommandLineSite();
        var file = Path.Combine(site.Root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, Of("markdown").First().Text.Replace("region: zatec", "region: zatek"));

        var output = new StringWriter();
        var errors = new StringWriter();

        PublisherCli.Run(["check", "--input", site.Input, "--theme", site.Theme], output, errors);

        // Run from the repository the message names input/ as the guide does; here the folder is named in full.
        Assert.Contains(site.Input + example["input".Length..], errors.ToString().Split('\n'));
    }

    [Fact]
    public void The_common_errors_the_guide_names_are_words_the_program_prints()
    {
        var guide = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "jak-publikovat.md"));
        var list = guide[guide.IndexOf("Nejčastější chyby", StringComparison.Ordinal)..];
        list = list[..list.IndexOf("\n\n", list.IndexOf("- **", StringComparison.Ordinal), StringComparison.Ordinal)];
        var words = Regex.Matches(list, @"\*\*`([^`]+)`(?: / `([^`]+)`)?\*\*")
            .SelectMany(m => m.Groups.Values.Skip(1).Where(g => g.Success).Select(g => g.Value))
            .ToList();
        Assert.True(words.Count >= 6, string.Join(", ", words));
        var czech = MessageCatalogTests.SampleMessages().Select(m => m.Czech).ToList();

        Assert.All(words, word => Assert.Contains(czech, text => text.Contains(word, StringComparison.Ordinal)));
    }

    [Fact]
    public void The_site_settings_example_reads_as_the_guide_explains_it()
    {
        var diagnostics = new DiagnosticBag();
        var settings = SiteSettingsReader.Read(TestContent.File(Of("yaml site.yml").Single().Text, "site.yml"), diagnostics);

        Assert.DoesNotContain(diagnostics.Sorted(), d => d.Severity == Severity.Error);
        Assert.True(settings!.PersonalData.Strict);
        Assert.Equal(AttendeesShown.Organisations, settings.PersonalData.Attendees);
        Assert.Equal(["415736111", "socialni@zatec.cz"], settings.PersonalData.Allowed.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_site_publishes_the_guide_and_links_it_from_every_page()
    {
        using var site = new BuiltSite(RepositoryPaths.Input);
        var guide = site.Page("/jak-publikovat/");

        Assert.Equal("Jak publikovat zápisy a plány", Typeset.Untied(guide.QuerySelector("h1")!.TextContent));
        Assert.Equal(["Nový zápis", "Co soubor obsahuje", "Údaje v hlavičce", "Text zápisu", "Kontrola před odesláním", "Náhled", "Převod starých zápisů", "Osobní údaje"],
            guide.QuerySelectorAll("main h2").Select(h => Typeset.Untied(h.TextContent)));
        Assert.NotNull(guide.QuerySelector("main table"));
        Assert.All(site.HtmlPageUrls().Where(url => url != "/404.html" && !site.Page(url).Head!.QuerySelectorAll("meta[http-equiv=refresh]").Any()),
            url => Assert.Contains("/jak-publikovat/", BuiltSite.LinkedPaths(site.Page(url))));
    }
}
