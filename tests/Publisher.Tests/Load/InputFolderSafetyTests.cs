using System.Text;
using Publisher.Core.Diagnostics;
using Publisher.Core.Load;
using Publisher.Tests.Support;
using static Publisher.Tests.Support.SpecialFiles;

namespace Publisher.Tests.Load;

/// <summary>
/// The input folder on a real file system with links and special files in it: nothing outside it is listed or read,
/// and nothing in it can stop the build. Every listing and read runs with a time limit, because a build that opened
/// a named pipe would wait for ever.
/// </summary>
public sealed class InputFolderSafetyTests : IDisposable
{
    private const string Document = "---\ntitle: Zápis\n---\nText.\n";
    private const string Secret = "---\ntitle: Tajné\n---\nHESLO=12345\n";

    private readonly TempDirectory _temp = new();

    public InputFolderSafetyTests()
    {
        Write(Path.Combine(Input, "documents", "zatec", "2020", "a.md"), Document);
        Write(Path.Combine(Outside, "secret.md"), Secret);
    }

    public void Dispose() => _temp.Dispose();

    private string Input => _temp.Combine("input");
    private string Outside => _temp.Combine("outside");
    private string InInput(string relativePath) => Path.Combine(Input, relativePath);

    private static void Write(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    private (IReadOnlyList<string> Paths, IReadOnlyList<string> Diagnostics) List() => WithinSeconds(30, () =>
    {
        var diagnostics = new DiagnosticBag();
        var paths = new ContentLoader(Input, "input").DocumentPaths(diagnostics);
        return (paths, Lines(diagnostics));
    });

    private (SourceFile? File, IReadOnlyList<string> Diagnostics) Read(string relativePath) => WithinSeconds(30, () =>
    {
        var diagnostics = new DiagnosticBag();
        var file = new ContentLoader(Input, "input").Read(relativePath, diagnostics);
        return (file, Lines(diagnostics));
    });

    private static IReadOnlyList<string> Lines(DiagnosticBag diagnostics) => diagnostics.Sorted().Select(d => d.ToString()).ToList();

    private static string LeavesInput(string target) =>
        $"the link points outside the folder 'input' (to '{target}'); the build reads only files inside it: replace the link with a copy of what it points to";

    [Fact]
    public void A_link_to_a_file_outside_the_folder_is_refused_and_not_listed()
    {
        Link(InInput("documents/tajne.md"), "../../outside/secret.md");

        var (paths, diagnostics) = List();
        var (file, readDiagnostics) = Read("documents/tajne.md");

        Assert.Equal(["documents/zatec/2020/a.md"], paths);
        var expected = $"input/documents/tajne.md:1:1: error: {LeavesInput("../../outside/secret.md")}";
        Assert.Equal([expected], diagnostics);
        Assert.Null(file);
        Assert.Equal([expected], readDiagnostics);
    }

    [Fact]
    public void A_link_to_a_folder_outside_is_refused_and_nothing_in_it_is_read()
    {
        Link(InInput("documents/cizi"), Outside);

        var (paths, diagnostics) = List();
        var (file, readDiagnostics) = Read("documents/cizi/secret.md");

        Assert.Equal(["documents/zatec/2020/a.md"], paths);
        Assert.Equal([$"input/documents/cizi:1:1: error: {LeavesInput(Outside)}"], diagnostics);
        Assert.Null(file);
        Assert.Equal([$"input/documents/cizi/secret.md:1:1: error: {LeavesInput(Outside)}"], readDiagnostics);
    }

    [Fact]
    public void A_link_to_dev_zero_is_refused_as_leaving_the_folder()
    {
        Link(InInput("documents/nuly.md"), "/dev/zero");

        var (paths, diagnostics) = List();
        var (file, readDiagnostics) = Read("documents/nuly.md");

        Assert.Equal(["documents/zatec/2020/a.md"], paths);
        Assert.Equal([$"input/documents/nuly.md:1:1: error: {LeavesInput("/dev/zero")}"], diagnostics);
        Assert.Null(file);
        Assert.Equal(diagnostics, readDiagnostics);
    }

    [Fact]
    public void Data_files_that_lead_outside_or_are_pipes_are_refused()
    {
        Link(InInput("site.yml"), Path.Combine(Outside, "secret.md"));
        MakeNamedPipe(InInput("regions.yml"));

        var (site, siteDiagnostics) = Read("site.yml");
        var (regions, regionsDiagnostics) = Read("regions.yml");

        Assert.Null(site);
        Assert.Equal([$"input/site.yml:1:1: error: {LeavesInput(Path.Combine(Outside, "secret.md"))}"], siteDiagnostics);
        Assert.Null(regions);
        Assert.Equal(["input/regions.yml:1:1: error: the file is a named pipe (FIFO), not a regular file; the build reads only regular files: replace it with a file or delete it"],
            regionsDiagnostics);
    }

    [Fact]
    public void A_dangling_link_is_an_error_naming_its_target()
    {
        Link(InInput("documents/smazany.md"), "zatec/2020/neni.md");

        var (paths, diagnostics) = List();

        Assert.Equal(["documents/zatec/2020/a.md"], paths);
        Assert.Equal(["input/documents/smazany.md:1:1: error: the link points to 'zatec/2020/neni.md', which does not exist; correct the link or delete it"], diagnostics);
    }

    [Fact]
    public void Two_links_to_each_other_are_named_as_a_loop()
    {
        Link(InInput("documents/a.md"), "b.md");
        Link(InInput("documents/b.md"), "a.md");

        var (paths, diagnostics) = List();
        var (file, readDiagnostics) = Read("documents/a.md");

        Assert.Equal(["documents/zatec/2020/a.md"], paths);
        Assert.Equal(
        [
            "input/documents/a.md:1:1: error: the link points to 'b.md', which leads round a loop of links without end; point it at a file or delete it",
            "input/documents/b.md:1:1: error: the link points to 'a.md', which leads round a loop of links without end; point it at a file or delete it",
        ], diagnostics);
        Assert.Null(file);
        Assert.Equal([diagnostics[0]], readDiagnostics);
    }

    [Fact]
    public void A_folder_link_to_its_parent_is_a_loop_and_the_listing_ends()
    {
        Link(InInput("documents/zatec/2020/nahoru"), "..");
        Link(InInput("documents/koren"), Input);

        var (paths, diagnostics) = List();

        Assert.Equal(["documents/zatec/2020/a.md"], paths);
        Assert.Equal(
        [
            $"input/documents/koren:1:1: error: the link points to '{Input}', a folder that contains the link, so listing it would loop without end; delete the link",
            "input/documents/zatec/2020/nahoru:1:1: error: the link points to '..', a folder that contains the link, so listing it would loop without end; delete the link",
        ], diagnostics);
    }

    [Fact]
    public void A_second_way_into_a_folder_is_an_error_whichever_comes_first()
    {
        // "aktualni" sorts before "zatec": the link is met first, yet the folder itself is what is read.
        Link(InInput("documents/aktualni"), "zatec");

        var (paths, diagnostics) = List();

        Assert.Equal(["documents/zatec/2020/a.md"], paths);
        Assert.Equal(["input/documents/aktualni:1:1: error: the link points to 'zatec', a folder that is read already as input/documents/zatec; every file is read once: delete the link"],
            diagnostics);
    }

    [Fact]
    public void Links_that_stay_inside_the_folder_are_followed_and_named_as_the_link()
    {
        Link(InInput("documents/nejnovejsi.md"), "zatec/2020/a.md");
        // Out of the folder and back in: where a link leads is decided only after the whole path is resolved.
        Link(InInput("documents/oklikou.md"), "../../input/documents/zatec/2020/a.md");

        var (paths, diagnostics) = List();
        var (file, readDiagnostics) = Read("documents/oklikou.md");

        Assert.Equal(["documents/nejnovejsi.md", "documents/oklikou.md", "documents/zatec/2020/a.md"], paths);
        Assert.Empty(diagnostics);
        Assert.NotNull(file);
        Assert.Equal("input/documents/oklikou.md", file.DisplayPath);
        Assert.Equal(Document, file.Text.ToString());
        Assert.Empty(readDiagnostics);
    }

    [LinuxFact]
    public void A_named_pipe_is_an_error_and_is_never_opened()
    {
        MakeNamedPipe(InInput("documents/roura.md"));
        Link(InInput("documents/k-roure.md"), "roura.md");

        var (paths, diagnostics) = List();
        var (file, readDiagnostics) = Read("documents/roura.md");

        Assert.Equal(["documents/zatec/2020/a.md"], paths);
        Assert.Equal(
        [
            "input/documents/k-roure.md:1:1: error: the link points to 'roura.md', which is a named pipe (FIFO), not a regular file; the build reads only regular files: replace it with a file or delete it",
            "input/documents/roura.md:1:1: error: the file is a named pipe (FIFO), not a regular file; the build reads only regular files: replace it with a file or delete it",
        ], diagnostics);
        Assert.Null(file);
        Assert.Equal([diagnostics[1]], readDiagnostics);
    }

    [LinuxFact]
    public void A_socket_is_an_error()
    {
        using var socket = MakeSocket(InInput("documents/zasuvka.md"));

        var (paths, diagnostics) = List();

        Assert.Equal(["documents/zatec/2020/a.md"], paths);
        Assert.Equal(["input/documents/zasuvka.md:1:1: error: the file is a socket, not a regular file; the build reads only regular files: replace it with a file or delete it"],
            diagnostics);
    }

    [SkippableTheory]
    [InlineData("c", 1, 5, "a character device")]
    [InlineData("b", 7, 0, "a block device")]
    public void A_device_is_an_error(string type, int major, int minor, string described)
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "special files are told apart from regular files only on Linux");
        Skip.IfNot(TryMakeDevice(InInput("documents/zarizeni.md"), type, major, minor), "creating a device node needs root");

        var (paths, diagnostics) = List();
        var (file, readDiagnostics) = Read("documents/zarizeni.md");

        Assert.Equal(["documents/zatec/2020/a.md"], paths);
        var expected = $"input/documents/zarizeni.md:1:1: error: the file is {described}, not a regular file; the build reads only regular files: replace it with a file or delete it";
        Assert.Equal([expected], diagnostics);
        Assert.Null(file);
        Assert.Equal([expected], readDiagnostics);
    }

    [LinuxFact]
    public void Entries_the_build_does_not_read_are_not_reported()
    {
        MakeNamedPipe(InInput("documents/roura.txt"));
        Link(InInput("documents/poznamky.txt"), "/etc/hostname");
        Link(InInput("documents/chybi.txt"), "neni.txt");

        var (paths, diagnostics) = List();

        Assert.Equal(["documents/zatec/2020/a.md"], paths);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void The_size_limit_is_counted_in_the_bytes_read()
    {
        var header = Encoding.UTF8.GetBytes(Document);
        var limit = (int)ContentLoader.MaxFileBytes;
        File.WriteAllBytes(InInput("documents/presne.md"), [.. header, .. Enumerable.Repeat((byte)'a', limit - header.Length)]);
        File.WriteAllBytes(InInput("documents/o-bajt-vic.md"), [.. header, .. Enumerable.Repeat((byte)'a', limit - header.Length + 1)]);
        Link(InInput("documents/odkaz.md"), "o-bajt-vic.md");

        var (exact, exactDiagnostics) = Read("documents/presne.md");
        var (over, overDiagnostics) = Read("documents/o-bajt-vic.md");
        var (linked, linkedDiagnostics) = Read("documents/odkaz.md");

        Assert.NotNull(exact);
        Assert.Empty(exactDiagnostics);
        Assert.Null(over);
        Assert.Equal(["input/documents/o-bajt-vic.md:1:1: error: the file is 5.0 MB; a document may have at most 5 MB (split it, or link large attachments instead of pasting them)"],
            overDiagnostics);
        Assert.Null(linked);
        Assert.Equal(["input/documents/odkaz.md:1:1: error: the file is 5.0 MB; a document may have at most 5 MB (split it, or link large attachments instead of pasting them)"],
            linkedDiagnostics);
    }
}
