using Publisher.Tests.Support;

namespace Publisher.Tests.Cli;

/// <summary>What <c>build</c> says of the pages it kept from the previous build, and <c>--no-cache</c>.</summary>
public sealed class KeptPagesCommandTests : IDisposable
{
    private readonly CommandLineSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void A_second_build_says_how_many_pages_it_rendered_and_how_many_it_kept()
    {
        _site.AddDocument("2021-05-04-doplneni.md", CommandLineSite.Minutes("Nový text."));

        Assert.Equal(0, _site.Run(out var english, out _));
        Assert.Equal(0, _site.Run(out var czech, out _, "cs"));

        Assert.Matches(@"^Built 6 document\(s\) into .+: (\d+) pages \((\d+) rendered, (\d+) kept unchanged from the previous build\), \d+ files, 0 warning\(s\)\.\n$", english);
        Assert.Matches(@"^Sestaveno: 6 dokumentů do .+: \d+ stránek \(0 vykresleno, \d+ beze změny převzato z předchozího sestavení\), \d+ souborů, 0 varování\.\n$", czech);
    }

    [Fact]
    public void No_cache_renders_every_page_and_says_nothing_of_kept_ones()
    {
        var exit = Publisher.PublisherCli.Run(["build", "--input", _site.Input, "--output", _site.Output, "--theme", _site.Theme, "--no-cache", "--lang", "en"],
            new StringWriter() is var output ? output : null!, new StringWriter());

        Assert.Equal(0, exit);
        Assert.Matches(@"^Built 5 document\(s\) into .+: \d+ pages, \d+ files, 0 warning\(s\)", output.ToString());
        Assert.False(File.Exists(Path.Combine(_site.Output, Core.Render.Reuse.RenderCache.RelativePath)));
    }
}
