// What the build's libraries and the file system cost on their own for a corpus, on one thread, with none of the
// build's checks, model or templates: the part of a build's time that no change to the build's own code can remove.
// Usage: dotnet run -c Release --project bench/library-floor -- CORPUS_FOLDER SCRATCH_FOLDER
using System.Diagnostics;
using Markdig;
using YamlDotNet.RepresentationModel;

var corpus = args[0];
var scratch = args[1];
var files = Directory.GetFiles(corpus, "*.md", SearchOption.AllDirectories);
Array.Sort(files, StringComparer.Ordinal);
var pipeline = new MarkdownPipelineBuilder().UsePipeTables().UseFootnotes().UseSmartyPants().UsePreciseSourceLocation().Build();

// Each step runs twice and the second run counts, so that compiling the code is not in the figures.
var texts = Measure("read and decode the files", () => files.Select(File.ReadAllText).ToArray());
var split = texts.Select(Split).ToArray();
Measure("parse the front matter (YamlDotNet)", () =>
{
    foreach (var (frontMatter, _) in split) new YamlStream().Load(new StringReader(frontMatter));
    return 0;
});
Measure("the same files read and checked as the build does (both cores)", () =>
    Publisher.Core.Validate.SiteContent.Read(new Publisher.Core.Load.ContentLoader(corpus, "input"),
        Publisher.Core.Extensions.StandardExtensions.Create(), new Publisher.Core.Diagnostics.DiagnosticBag())!.DocumentCount);
var html = Measure("parse and render the bodies (Markdig)", () => split.Select(s => Markdown.ToHtml(s.Body, pipeline)).ToArray());
Measure("the same bodies through the build's Markdown stage", () =>
    split.Select(s => Publisher.Core.Render.Markdown.MarkdownRenderer.Core.Render(s.Body).Html).ToArray());
Measure("count the bodies' search terms as the build's search index does", () =>
{
    var counter = new Publisher.Core.Extensions.Search.TermCounter();
    var words = 0L;
    foreach (var (_, body) in split) words += counter.Count([(body.AsMemory(), Publisher.Core.Extensions.Search.SearchIndex.TextWeight)]).Length;
    return words;
});
Measure("find where the bodies' spaces tie as the build's typography does", () =>
{
    var ties = 0L;
    foreach (var (_, body) in split)
    {
        for (var space = Publisher.Core.Czech.CzechTypography.NextTie(body, 0, ' ', false); space >= 0;
             space = Publisher.Core.Czech.CzechTypography.NextTie(body, space + 1, ' ', false)) ties++;
    }
    return ties;
});
var pages = (int)Math.Round(16_781.0 / 10_000 * files.Length);
var page = System.Text.Encoding.UTF8.GetBytes(string.Concat(html.Take(3)));
Measure($"write {pages:N0} pages of {page.Length:N0} bytes, each in its own folder", () =>
{
    var root = Path.Combine(scratch, "floor-" + Guid.NewGuid().ToString("N"));
    for (var i = 0; i < pages; i++)
    {
        var folder = Path.Combine(root, (i % 100).ToString(), i.ToString());
        Directory.CreateDirectory(folder);
        File.WriteAllBytes(Path.Combine(folder, "index.html"), page);
    }
    Directory.Delete(root, recursive: true);
    return 0;
});

static (string FrontMatter, string Body) Split(string text)
{
    var end = text.IndexOf("\n---", 4, StringComparison.Ordinal);
    return end < 0 ? ("", text) : (text[4..end], text[(end + 4)..]);
}

static T Measure<T>(string what, Func<T> step)
{
    step();
    var process = Process.GetCurrentProcess();
    var cpu = process.TotalProcessorTime;
    var wall = Stopwatch.StartNew();
    var result = step();
    process.Refresh();
    Console.WriteLine($"{what,-60} {wall.Elapsed.TotalSeconds,6:F2} s wall {(process.TotalProcessorTime - cpu).TotalSeconds,6:F2} s cpu");
    return result;
}
