using Publisher.Core.Diagnostics;
using Publisher.Core.Render.Markdown;
using Publisher.Core.Render.Reuse;

namespace Publisher.Tests.Render;

public sealed class RenderCacheTests
{
    private static readonly UInt128 Stamp = new(1, 2);

    private static RenderedPageRecord Page(string path, string? text = "Text zápisu s „uvozovkami“ a emoji 🙂.") => new(
        path, new UInt128(3, 4), 1234, new UInt128(5, 6),
        [new BodyFinding(3, 7, Severity.Warning, new Message("removed", "odstraněno"))],
        [new BodyLink("/a/", 4, 1), new BodyLink("#b", 5, 2)],
        ["b", "program"],
        [new ResolvedDocumentLink("documents/a.md", new DocumentLinkTarget("/a/")), new ResolvedDocumentLink("documents/c.md", new DocumentLinkTarget(null, "documents/d.md"))],
        [new BodyRead("documents/e.md", new UInt128(7, 8))],
        text,
        ["Program", "Úkoly"]);

    private static byte[] Written(RenderCache cache)
    {
        using var stream = new MemoryStream();
        cache.WriteTo(stream);
        return stream.ToArray();
    }

    [Fact]
    public void A_written_cache_reads_back_whole()
    {
        var written = Written(RenderCache.Of(Stamp, [Page("b/index.html"), Page("a/index.html", text: null)]));

        var read = RenderCache.Read(written);

        Assert.NotNull(read);
        Assert.Equal(Stamp, read.Stamp);
        Assert.Equal(2, read.Count);
        var page = read.Find("b/index.html", new UInt128(3, 4));
        Assert.NotNull(page);
        var expected = Page("b/index.html");
        Assert.Equal(expected with { Findings = [], Links = [], Ids = [], ResolvedLinks = [], BodiesRead = [], Headings = [] },
            page with { Findings = [], Links = [], Ids = [], ResolvedLinks = [], BodiesRead = [], Headings = [] });
        Assert.Equal(expected.Findings, page.Findings);
        Assert.Equal(expected.Links, page.Links);
        Assert.Equal(expected.Ids, page.Ids);
        Assert.Equal(expected.ResolvedLinks, page.ResolvedLinks);
        Assert.Equal(expected.BodiesRead, page.BodiesRead);
        Assert.Equal(expected.Headings, page.Headings);
        Assert.Null(read.Find("a/index.html", new UInt128(3, 4))!.BodyText);
        Assert.Null(read.Find("b/index.html", new UInt128(9, 9)));
    }

    [Fact]
    public void Pages_are_written_in_the_order_of_their_paths_whatever_the_order_they_were_recorded_in()
    {
        Assert.Equal(
            Written(RenderCache.Of(Stamp, [Page("a/index.html"), Page("b/index.html")])),
            Written(RenderCache.Of(Stamp, [Page("b/index.html"), Page("a/index.html")])));
    }

    [Fact]
    public void A_cache_cut_short_or_changed_anywhere_is_not_read()
    {
        var written = Written(RenderCache.Of(Stamp, [Page("a/index.html"), Page("b/index.html")]));

        for (var length = 0; length < written.Length; length += 7)
            Assert.Null(RenderCache.Read(written.AsSpan(0, length)));
        for (var at = 0; at < written.Length; at += 5)
        {
            var changed = written.ToArray();
            changed[at] ^= 0x20;
            Assert.Null(RenderCache.Read(changed));
        }
    }
}

public sealed class PageReuseTests
{
    private static RenderedPageRecord Page(string path, string? text) =>
        new(path, 1, 10, 2, [], [], [], [], [], text, []);

    [Fact]
    public void Pages_are_recorded_while_their_text_fits_the_limit_and_pages_without_text_always()
    {
        var reuse = new PageReuse(stamp: 7, previous: null, maxRecordedText: 25);

        reuse.Remember(Page("a/index.html", new string('a', 20)));
        reuse.Remember(Page("b/index.html", new string('b', 20)));
        reuse.Remember(Page("c/index.html", null));
        var next = reuse.Next();

        Assert.Equal(2, next.Count);
        Assert.NotNull(next.Find("a/index.html", 1));
        Assert.Null(next.Find("b/index.html", 1));
        Assert.NotNull(next.Find("c/index.html", 1));
    }
}
