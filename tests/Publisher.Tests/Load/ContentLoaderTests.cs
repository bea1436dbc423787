using System.Text;
using Publisher.Core.Diagnostics;
using Publisher.Core.Load;

namespace Publisher.Tests.Load;

public sealed class ContentLoaderTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "publisher-load-" + Guid.NewGuid().ToString("N"));

    public ContentLoaderTests() => Directory.CreateDirectory(_root);

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private void Write(string relativePath, byte[] bytes)
    {
        var full = Path.Combine(_root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
    }

    private void Write(string relativePath, string text) => Write(relativePath, Encoding.UTF8.GetBytes(text));

    [Fact]
    public void Lists_markdown_documents_with_forward_slashes_in_ordinal_order()
    {
        Write("documents/zatec/2020/b.md", "x");
        Write("documents/zatec/2020/a.md", "x");
        Write("documents/Liberec/2019/z.md", "x");
        Write("documents/zatec/2020/notes.txt", "x");
        Write("site.yml", "title: x");
        Write("top.md", "x");

        var bag = new DiagnosticBag();

        var paths = new ContentLoader(_root, "input").DocumentPaths(bag);

        Assert.Equal(
            ["documents/Liberec/2019/z.md", "documents/zatec/2020/a.md", "documents/zatec/2020/b.md", "top.md"],
            paths);
        Assert.Empty(bag.Sorted());
    }

    [Fact]
    public void Missing_input_folder_has_no_documents()
    {
        var loader = new ContentLoader(Path.Combine(_root, "does-not-exist"), "input");

        Assert.Empty(loader.DocumentPaths(new DiagnosticBag()));
    }

    [Fact]
    public void Reads_and_decodes_a_file_with_bom_and_crlf()
    {
        Write("documents/a.md", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("---\r\ntitle: Žatec\r\n---\r\n")]);
        var bag = new DiagnosticBag();

        var file = new ContentLoader(_root, "input").Read("documents/a.md", bag);

        Assert.NotNull(file);
        Assert.Equal("documents/a.md", file.RelativePath);
        Assert.Equal("input/documents/a.md", file.DisplayPath);
        Assert.Equal("---\ntitle: Žatec\n---\n", file.Text.ToString());
        Assert.Empty(bag.Sorted());
    }

    [Fact]
    public void Missing_file_is_an_error_naming_the_display_path()
    {
        var bag = new DiagnosticBag();

        var file = new ContentLoader(_root, "input").Read("site.yml", bag);

        Assert.Null(file);
        var diagnostic = Assert.Single(bag.Sorted());
        Assert.Equal("input/site.yml", diagnostic.File);
        Assert.Equal((1, 1), (diagnostic.Line, diagnostic.Column));
        Assert.Contains("missing", diagnostic.Message.English);
    }

    [Fact]
    public void A_file_over_the_size_limit_is_refused_with_its_size()
    {
        var bag = new DiagnosticBag();
        var header = Encoding.UTF8.GetBytes("---\ntitle: Velký\n---\n");
        Write("documents/velky.md", [.. header, .. Enumerable.Repeat((byte)'a', 20 * 1024 * 1024)]);
        Write("documents/maly.md", [.. header, .. Enumerable.Repeat((byte)'a', (int)ContentLoader.MaxFileBytes - header.Length)]);

        var loader = new ContentLoader(_root, "input");
        var big = loader.Read("documents/velky.md", bag);
        var small = loader.Read("documents/maly.md", bag);

        Assert.Null(big);
        Assert.NotNull(small);
        var diagnostic = Assert.Single(bag.Sorted());
        Assert.Equal("input/documents/velky.md:1:1: error: the file is 20.0 MB; a document may have at most 5 MB (split it, or link large attachments instead of pasting them)",
            diagnostic.ToString());
    }

    [Fact]
    public void Undecodable_file_is_null_with_the_decoder_error()
    {
        Write("documents/a.md", [.. Encoding.UTF8.GetBytes("---\nplace: m"), 0xEC, .. Encoding.UTF8.GetBytes("sto\n")]);
        var bag = new DiagnosticBag();

        var file = new ContentLoader(_root, "input").Read("documents/a.md", bag);

        Assert.Null(file);
        var diagnostic = Assert.Single(bag.Sorted());
        Assert.Equal("input/documents/a.md", diagnostic.File);
        Assert.Equal((2, 9), (diagnostic.Line, diagnostic.Column));
        Assert.Contains("Windows-1250", diagnostic.Message.English);
    }

    [Fact]
    public void Empty_display_root_shows_the_relative_path()
    {
        var loader = new ContentLoader(_root, "");

        Assert.Equal("site.yml", loader.DisplayPath("site.yml"));
        Assert.Equal("input/site.yml", new ContentLoader(_root, "input").DisplayPath("site.yml"));
    }

    [Fact]
    public void A_body_is_read_again_without_invisible_characters_and_only_while_it_is_the_one_that_was_checked()
    {
        Write("documents/a.md", "---\ntitle: A\n---\nText\u202E.\n");
        var loader = new ContentLoader(_root, "input");
        var bag = new DiagnosticBag();

        Assert.Equal("Text.\n", loader.ReadBody("documents/a.md", 4, DocumentBody.Hash("Text.\n"), bag));
        Assert.Empty(bag.Sorted());

        Write("documents/a.md", "---\ntitle: A\n---\nJiný text.\n");
        Assert.Null(loader.ReadBody("documents/a.md", 4, DocumentBody.Hash("Text.\n"), bag));
        Assert.Equal(["input/documents/a.md:1:1: error: the file changed while the site was being built; build again"], bag.Sorted().Select(d => d.ToString()));
    }

    [Theory]
    [InlineData("---\ntitle: A\nplace: Žatec\n---\nText.\n")]
    [InlineData("---\ntitle: A\n---\n")]
    [InlineData("---\ntitle: A\n---")]
    [InlineData("---\ntitle: A\n---\r\nText.\r\n")]
    public void A_body_whose_file_changed_its_lines_is_not_taken_for_the_one_that_was_checked(string changed)
    {
        Write("documents/a.md", "---\ntitle: A\n---\nÚvod.\nText.\n");
        var loader = new ContentLoader(_root, "input");
        var bag = new DiagnosticBag();
        Assert.Equal("Úvod.\nText.\n", loader.ReadBody("documents/a.md", 4, DocumentBody.Hash("Úvod.\nText.\n"), bag));

        Write("documents/a.md", changed);

        Assert.Null(loader.ReadBody("documents/a.md", 4, DocumentBody.Hash("Úvod.\nText.\n"), bag));
        Assert.Equal(["input/documents/a.md:1:1: error: the file changed while the site was being built; build again"], bag.Sorted().Select(d => d.ToString()));
    }

    [Fact]
    public void A_body_that_is_no_longer_UTF8_is_reported_as_changed()
    {
        Write("documents/a.md", "---\ntitle: A\n---\nMísto.\n");
        var loader = new ContentLoader(_root, "input");
        var bag = new DiagnosticBag();

        Write("documents/a.md", [.. Encoding.UTF8.GetBytes("---\ntitle: A\n---\nM"), 0xED, .. Encoding.UTF8.GetBytes("sto.\n")]);

        Assert.Null(loader.ReadBody("documents/a.md", 4, DocumentBody.Hash("Místo.\n"), bag));
        Assert.Equal(["input/documents/a.md:1:1: error: the file changed while the site was being built; build again"], bag.Sorted().Select(d => d.ToString()));
    }

    [Fact]
    public void A_held_body_is_given_to_the_rendering_without_reading_the_file_again()
    {
        Write("documents/a.md", "---\ntitle: A\n---\nText.\n");
        Write("documents/b.md", "---\ntitle: B\n---\nŽatec.\n");
        var loader = new ContentLoader(_root, "input");
        var bag = new DiagnosticBag();
        var whole = "Text.\n";

        loader.HoldBody("documents/a.md", whole.AsMemory());
        // As the check gives it: the end of the file's text.
        loader.HoldBody("documents/b.md", "---\ntitle: B\n---\nŽatec.\n".AsMemory(17));
        File.Delete(Path.Combine(_root, "documents/a.md"));
        File.Delete(Path.Combine(_root, "documents/b.md"));

        Assert.Same(whole, loader.ReadBody("documents/a.md", 4, DocumentBody.Hash(whole), bag));
        Assert.Equal("Žatec.\n", loader.ReadBody("documents/b.md", 4, DocumentBody.Hash("Žatec.\n"), bag));
        Assert.Empty(bag.Sorted());
    }

    [Theory]
    [InlineData("---\ntitle: Žatec\n---\nPrvní řádek 😀\n\nDruhý.\n", false)]
    [InlineData("---\ntitle: Žatec\n---\nPrvní řádek 😀\n\nDruhý.\n", true)]
    [InlineData("---\r\ntitle: Žatec\r\n---\r\nPrvní řádek\r\n\r\nDruhý.\r\n", true)]
    [InlineData("---\ntitle: Žatec\n---\nNeviditelný\u202e znak.\n", false)]
    [InlineData("---\ntitle: Žatec\n---\n", false)]
    public void A_body_read_again_from_its_file_is_the_body_that_was_checked(string text, bool byteOrderMark)
    {
        Write("documents/a.md", [.. (byteOrderMark ? SourceDecoder.ByteOrderMark : []), .. Encoding.UTF8.GetBytes(text)]);
        var loader = new ContentLoader(_root, "input");
        var bag = new DiagnosticBag();

        var file = loader.Read("documents/a.md", bag)!;
        var split = FrontMatterSplitter.Split(file, bag)!;
        var body = DocumentBody.Clean(split.Body);

        Assert.Equal(body.ToString(), loader.ReadBody("documents/a.md", split.BodyLine, DocumentBody.Hash(body.Span), bag));
        Assert.Empty(bag.Sorted());
    }
}
