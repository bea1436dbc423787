using Publisher.Core.Build;
using Publisher.Core.Diagnostics;
using Publisher.Core.Load;
using Publisher.Core.Render.Reuse;
using Publisher.Core.Sink;
using Publisher.Core.Validate;
using Publisher.Tests.Support;

namespace Publisher.Tests.Render;

/// <summary>
/// A build into an output folder that an earlier build made keeps the pages whose inputs did not change; whatever
/// changed, its output is byte for byte the output of a build that renders every page, its record of pages included.
/// </summary>
public sealed class IncrementalBuildTests : IDisposable
{
    private const string Liberec = "documents/liberec/2020/2020-02-17-setkani-skupiny-pro-cizince.md";
    private const string Zatec = "documents/zatec/2020/2020-06-10-socialni-prevence-a-poradenstvi.md";
    private const string PlanVersion = "documents/zatec/2020/2020-01-23-spsz.md";

    private readonly TempDirectory _temp = new();
    private readonly string _input;
    private readonly string _theme;

    public IncrementalBuildTests()
    {
        _input = _temp.Combine("input");
        TempDirectory.CopyTree(RepositoryPaths.Input, _input);
        TempDirectory.CopyTree(Path.Combine(RepositoryPaths.Fixtures, "additions"), _input);
        _theme = _temp.CopyOfTheme();
    }

    public void Dispose() => _temp.Dispose();

    /// <summary>Each kind of change an editor or a designer makes, with a text the changed site must show.</summary>
    public static TheoryData<string> Changes => new(ChangeKinds.Keys);

    private static readonly Dictionary<string, Action<IncrementalBuildTests>> ChangeKinds = new()
    {
        ["a document's body"] = t => t.Append(Liberec, "\nDoplněno po jednání: zápis schválen bez připomínek.\n"),
        ["a document's title"] = t => t.Replace(Liberec, "title: \"Pracovní setkání skupiny", "title: \"Druhé pracovní setkání skupiny"),
        ["a document's date"] = t => t.Replace(Liberec, "date: 2020-02-17", "date: 2020-02-19"),
        ["a document's region"] = t => t.Replace(Liberec,
            "region: liberec\ngroup: cizinci-narodnostni-mensiny-a-osoby-ohrozene-socialnim-vyloucenim",
            "region: mikroregion-rozvodi\ngroup: dluhy"),
        ["a plan version's body"] = t => t.Append(PlanVersion, "\n## Nová priorita\n\nPodpora dluhového poradenství v obcích.\n"),
        ["a new document"] = t => t.Write("documents/liberec/2020/2020-05-04-dalsi-setkani.md",
            t.Read(Liberec).Replace("date: 2020-02-17", "date: 2020-05-04").Replace("title: \"Pracovní setkání", "title: \"Další setkání")),
        ["a deleted document"] = t => File.Delete(Path.Combine(t._input, Zatec)),
        ["a template"] = t => t.ReplaceInTheme("layouts/document.html", "</article>", "<p>Zveřejněno podle zákona.</p></article>"),
        ["site.yml"] = t => t.Replace("site.yml", "description: \"Web zveřejňuje", "description: \"Tento web zveřejňuje"),
        ["regions.yml"] = t => t.Replace("regions.yml", "name: Dluhy", "name: Dluhy a exekuce"),
        ["texts.yml"] = t => t.ReplaceInTheme("texts.yml", "  home: Úvod\n", "  home: Úvodní stránka\n"),
    };

    [Theory]
    [MemberData(nameof(Changes))]
    public void A_build_after_a_change_writes_what_a_full_build_writes(string change)
    {
        var output = _temp.Combine("output");
        var first = Build(output);
        Assert.Equal(0, first.PagesKept);
        ChangeKinds[change](this);

        var incremental = Build(output);
        var full = Build(_temp.Combine("full"));

        Assert.True(incremental.Succeeded, string.Join("\n", incremental.Diagnostics));
        Assert.Equal(0, full.PagesKept);
        Assert.Equal(full.PageCount, incremental.PageCount);
        Assert.Equal(OutputSnapshot.Of(_temp.Combine("full")), OutputSnapshot.Of(output));
        // Something was kept, and not everything: the change reached the pages it affects, and only those.
        if (change is "a template" or "site.yml" or "regions.yml" or "texts.yml")
            Assert.Equal(0, incremental.PagesKept);
        else
            Assert.InRange(incremental.PagesKept, incremental.PageCount / 2, incremental.PageCount - 1);
    }

    [Fact]
    public void A_build_with_nothing_changed_keeps_every_page_it_can()
    {
        var output = _temp.Combine("output");
        var first = Build(output);
        var before = OutputSnapshot.Of(output);

        var second = Build(output);

        Assert.Equal(before, OutputSnapshot.Of(output));
        Assert.Equal(first.PageCount, second.PageCount);
        Assert.Equal(first.Diagnostics, second.Diagnostics);
        Assert.Equal(second.PageCount, second.PagesKept);
    }

    [Fact]
    public void Warnings_of_kept_pages_are_reported_again()
    {
        Append(Liberec, "\n<font color=\"red\">Pozor</font>\n");
        var output = _temp.Combine("output");
        var first = Build(output);
        Assert.Contains(first.Diagnostics, d => d.Severity == Severity.Warning && d.File.EndsWith(Liberec, StringComparison.Ordinal));

        var second = Build(output);

        Assert.Equal(second.PageCount, second.PagesKept);
        Assert.Equal(first.Diagnostics, second.Diagnostics);
    }

    [Fact]
    public void A_link_to_a_document_that_moved_is_written_anew_in_a_page_that_did_not_change()
    {
        Append(Zatec, "\nViz [liberecký zápis](../../liberec/2020/2020-02-17-setkani-skupiny-pro-cizince.md).\n");
        var output = _temp.Combine("output");
        Build(output);
        // The linked document's title, and so its address, changes; the linking file does not.
        Replace(Liberec, "title: \"Pracovní setkání skupiny", "title: \"Druhé pracovní setkání skupiny");

        Build(output);
        Build(_temp.Combine("full"));

        Assert.Equal(OutputSnapshot.Of(_temp.Combine("full")), OutputSnapshot.Of(output));
        var linking = Directory.EnumerateFiles(output, "index.html", SearchOption.AllDirectories)
            .Select(File.ReadAllText)
            .Single(page => page.Contains(">liberecký zápis</a>", StringComparison.Ordinal));
        Assert.Matches("href=\"/liberec/[^\"]*druhe-pracovni-setkani-skupiny[^\"]*\">liberecký zápis", linking);
    }

    [Fact]
    public void A_page_changed_in_the_output_folder_is_rendered_again()
    {
        var output = _temp.Combine("output");
        Build(output);
        var home = Path.Combine(output, "index.html");
        var published = File.ReadAllBytes(home);
        File.WriteAllText(home, "<p>changed by hand</p>");

        var second = Build(output);

        Assert.Equal(published, File.ReadAllBytes(home));
        Assert.Equal(second.PageCount - 1, second.PagesKept);
    }

    [LinuxFact]
    public void A_kept_page_is_the_previous_builds_file_linked_not_a_copy()
    {
        var output = _temp.Combine("output");
        Build(output);
        var page = Directory.EnumerateFiles(Path.Combine(output, "zatec"), "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal).First();
        var before = FileKinds.Examine(page).Stamp!.Value;
        var bytes = File.ReadAllBytes(page);

        var second = Build(output);

        Assert.Equal(second.PageCount, second.PagesKept);
        Assert.Equal(before.Inode, FileKinds.Examine(page).Stamp!.Value.Inode);
        Assert.Equal(bytes, File.ReadAllBytes(page));
    }

    [LinuxFact]
    public void A_page_that_shares_its_file_with_a_name_elsewhere_is_written_anew_not_linked()
    {
        var output = _temp.Combine("output");
        Build(output);
        var home = Path.Combine(output, "index.html");
        // The name elsewhere holds the very bytes recorded; linking the page would make the published site share the file.
        var elsewhere = _temp.Combine("elsewhere.html");
        SpecialFiles.HardLink(elsewhere, home);

        var second = Build(output);

        Assert.Equal(second.PageCount, second.PagesKept);
        Assert.NotEqual(FileKinds.Examine(elsewhere).Stamp!.Value.Inode, FileKinds.Examine(home).Stamp!.Value.Inode);
        Assert.Equal(File.ReadAllBytes(elsewhere), File.ReadAllBytes(home));
    }

    [LinuxFact]
    public void A_page_that_became_a_link_to_a_file_elsewhere_is_not_read_but_rendered_again()
    {
        var output = _temp.Combine("output");
        Build(output);
        var home = Path.Combine(output, "index.html");
        // The file elsewhere holds the very bytes recorded: only refusing the link keeps the build from reading it.
        var elsewhere = _temp.Combine("elsewhere.html");
        File.Move(home, elsewhere);
        File.CreateSymbolicLink(home, elsewhere);

        var second = Build(output);

        Assert.Equal(second.PageCount - 1, second.PagesKept);
        Assert.Null(new FileInfo(home).LinkTarget);
        Assert.Equal(File.ReadAllBytes(elsewhere), File.ReadAllBytes(home));
    }

    [LinuxFact]
    public void A_manifest_that_is_a_named_pipe_is_not_read_and_nothing_is_kept()
    {
        var output = _temp.Combine("output");
        Build(output);
        var manifest = Path.Combine(output, OutputManifest.RelativePath);
        File.Delete(manifest);
        SpecialFiles.MakeNamedPipe(manifest);

        // Reading the pipe would wait for a writer forever.
        var building = Task.Run(() => Build(output));

        Assert.True(building.Wait(TimeSpan.FromMinutes(2)), "the build waited on the named pipe");
        Assert.Equal(0, building.Result.PagesKept);
    }

    [Theory]
    [InlineData("cut short")]
    [InlineData("one byte changed")]
    [InlineData("another tool's")]
    [InlineData("empty")]
    public void A_damaged_or_foreign_record_is_reported_and_not_used(string damage)
    {
        var output = _temp.Combine("output");
        Build(output);
        var cache = Path.Combine(output, RenderCache.RelativePath);
        var bytes = File.ReadAllBytes(cache);
        File.WriteAllBytes(cache, damage switch
        {
            "cut short" => bytes[..(bytes.Length / 2)],
            "one byte changed" => [.. bytes[..(bytes.Length / 2)], (byte)(bytes[bytes.Length / 2] ^ 1), .. bytes[(bytes.Length / 2 + 1)..]],
            "another tool's" => "{\"pages\": []}"u8.ToArray(),
            _ => [],
        });

        var second = Build(output);
        Build(_temp.Combine("full"));

        Assert.Equal(0, second.PagesKept);
        var warning = Assert.Single(second.Diagnostics, d => d.File.EndsWith(RenderCache.RelativePath, StringComparison.Ordinal));
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal((1, 1), (warning.Line, warning.Column));
        Assert.Equal(OutputSnapshot.Of(_temp.Combine("full")), OutputSnapshot.Of(output));
    }

    [Theory]
    [InlineData("one byte changed")]
    [InlineData("another tool's")]
    public void A_damaged_or_foreign_record_of_checked_documents_is_reported_and_every_document_checked_again(string damage)
    {
        var output = _temp.Combine("output");
        Build(output);
        var record = Path.Combine(output, CheckedDocumentsRecord.RelativePath);
        var bytes = File.ReadAllBytes(record);
        File.WriteAllBytes(record, damage == "another tool's"
            ? "{\"documents\": []}"u8.ToArray()
            : [.. bytes[..(bytes.Length / 2)], (byte)(bytes[bytes.Length / 2] ^ 1), .. bytes[(bytes.Length / 2 + 1)..]]);

        var second = Build(output);
        Build(_temp.Combine("full"));

        var warning = Assert.Single(second.Diagnostics, d => d.File.EndsWith(CheckedDocumentsRecord.RelativePath, StringComparison.Ordinal));
        Assert.Equal((Severity.Warning, 1, 1), (warning.Severity, warning.Line, warning.Column));
        Assert.Equal(OutputSnapshot.Of(_temp.Combine("full")), OutputSnapshot.Of(output));
    }

    [LinuxFact]
    public void A_record_of_checked_documents_that_is_a_link_to_a_file_elsewhere_is_not_read()
    {
        var output = _temp.Combine("output");
        Build(output);
        var elsewhere = _temp.Combine("elsewhere");
        var record = Path.Combine(output, CheckedDocumentsRecord.RelativePath);
        File.Move(record, elsewhere);
        File.CreateSymbolicLink(record, elsewhere);

        var second = Build(output);

        Assert.Contains(second.Diagnostics, d => d.Severity == Severity.Warning && d.File.EndsWith(CheckedDocumentsRecord.RelativePath, StringComparison.Ordinal));
        Assert.True(File.Exists(elsewhere));
        Assert.Null(new FileInfo(record).LinkTarget);
    }

    [LinuxFact]
    public void A_record_that_is_a_link_to_a_file_elsewhere_is_not_read()
    {
        var output = _temp.Combine("output");
        Build(output);
        var elsewhere = _temp.Combine("elsewhere");
        var cache = Path.Combine(output, RenderCache.RelativePath);
        File.Move(cache, elsewhere);
        File.CreateSymbolicLink(cache, elsewhere);

        var second = Build(output);

        Assert.Equal(0, second.PagesKept);
        Assert.Contains(second.Diagnostics, d => d.Severity == Severity.Warning && d.File.EndsWith(RenderCache.RelativePath, StringComparison.Ordinal));
    }

    [Fact]
    public void Another_build_day_renders_every_page()
    {
        var output = _temp.Combine("output");
        Build(output);

        var later = new SiteBuild(new BuildOptions(_input, output, _theme, PinnedBuildDay.Today.AddDays(1))).Run();

        Assert.Equal(0, later.PagesKept);
    }

    [Fact]
    public void A_build_that_keeps_no_pages_renders_them_all_and_records_none()
    {
        var output = _temp.Combine("output");
        Build(output);

        var everything = Build(output, keepUnchangedPages: false);
        Build(_temp.Combine("full"));

        Assert.Equal(0, everything.PagesKept);
        Assert.False(File.Exists(Path.Combine(output, RenderCache.RelativePath)));
        Assert.False(File.Exists(Path.Combine(output, CheckedDocumentsRecord.RelativePath)));
        File.Delete(Path.Combine(_temp.Combine("full"), RenderCache.RelativePath));
        File.Delete(Path.Combine(_temp.Combine("full"), CheckedDocumentsRecord.RelativePath));
        Assert.Equal(OutputSnapshot.Of(_temp.Combine("full")), OutputSnapshot.Of(output));
        Assert.Equal(0, Build(output).PagesKept);
    }

    [Fact]
    public void The_records_of_pages_and_checked_documents_are_not_in_the_manifest()
    {
        var output = _temp.Combine("output");
        Build(output);

        Assert.True(File.Exists(Path.Combine(output, RenderCache.RelativePath)));
        Assert.True(File.Exists(Path.Combine(output, CheckedDocumentsRecord.RelativePath)));
        Assert.DoesNotContain(RenderCache.RelativePath, File.ReadAllText(Path.Combine(output, OutputManifest.RelativePath)));
        Assert.DoesNotContain(CheckedDocumentsRecord.RelativePath, File.ReadAllText(Path.Combine(output, OutputManifest.RelativePath)));
    }

    private BuildResult Build(string output, bool keepUnchangedPages = true)
    {
        var result = new SiteBuild(new BuildOptions(_input, output, _theme, PinnedBuildDay.Today) { KeepUnchangedPages = keepUnchangedPages }).Run();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result;
    }

    private string Read(string relative) => File.ReadAllText(Path.Combine(_input, relative));

    private void Write(string relative, string text) => File.WriteAllText(Path.Combine(_input, relative), text);

    private void Append(string relative, string text) => File.AppendAllText(Path.Combine(_input, relative), text);

    private void Replace(string relative, string old, string replacement) => Write(relative, Changed(Read(relative), old, replacement));

    private void ReplaceInTheme(string relative, string old, string replacement)
    {
        var path = Path.Combine(_theme, relative);
        File.WriteAllText(path, Changed(File.ReadAllText(path), old, replacement));
    }

    private static string Changed(string text, string old, string replacement)
    {
        Assert.Contains(old, text);
        return text.Replace(old, replacement);
    }
}
