using System.Diagnostics;
using System.IO.Hashing;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Publisher.Core.Load;
using Publisher.Core.Sink;
using Publisher.Tests.Support;

namespace Publisher.Tests.Sink;

public sealed class OutputStagingTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly string _output;

    public OutputStagingTests()
    {
        _output = _temp.Combine("output");
    }

    public void Dispose() => _temp.Dispose();

    /// <summary>The lock file every build leaves beside the output (see <see cref="OutputLock"/>).</summary>
    private const string LockFile = ".output.lock";

    private const string Manifest = ".publisher/manifest.json";

    /// <summary>Entries of the folder that holds the output, by name, ordinal order.</summary>
    private IReadOnlyList<string> Siblings() =>
        Directory.EnumerateFileSystemEntries(_temp.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList()!;

    private static IReadOnlyList<string> FilesIn(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Order(StringComparer.Ordinal)
            .ToList();

    private void ExistingOutput(params string[] files)
    {
        foreach (var file in files)
        {
            var path = Path.Combine(_output, file);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, "old " + file);
        }
    }

    [Fact]
    public void Stages_into_a_fresh_folder_beside_the_output()
    {
        using var staging = OutputStaging.Create(_output);

        Assert.Equal(_temp.Path, Path.GetDirectoryName(staging.Root));
        Assert.StartsWith(".output.staging-", Path.GetFileName(staging.Root));
        Assert.True(Directory.Exists(staging.Root));
        Assert.Empty(Directory.EnumerateFileSystemEntries(staging.Root));
        Assert.False(Directory.Exists(_output));
    }

    [Fact]
    public void Writes_files_into_the_staging_folder_as_utf8_without_bom()
    {
        using var staging = OutputStaging.Create(_output);

        staging.Write("zatec/index.html", "<h1>Žatec</h1>");
        staging.Write("data/raw.bin", [1, 2, 3]);

        Assert.Equal("<h1>Žatec</h1>"u8.ToArray(), File.ReadAllBytes(Path.Combine(staging.Root, "zatec", "index.html")));
        Assert.Equal([1, 2, 3], File.ReadAllBytes(Path.Combine(staging.Root, "data", "raw.bin")));
        Assert.True(staging.Contains("zatec/index.html"));
        Assert.False(staging.Contains("zatec/2020/index.html"));
        Assert.Equal(["data/raw.bin", "zatec/index.html"], staging.WrittenFiles.Order(StringComparer.Ordinal));
        Assert.False(Directory.Exists(_output));
    }

    [Fact]
    public void Writing_the_same_path_twice_throws()
    {
        using var staging = OutputStaging.Create(_output);
        staging.Write("index.html", "první");

        var error = Assert.Throws<InvalidOperationException>(() => staging.Write("index.html", "druhý"));

        Assert.Contains("'index.html'", error.Message);
        Assert.Equal("první", File.ReadAllText(Path.Combine(staging.Root, "index.html")));
    }

    [Fact]
    public void Commit_creates_the_output_when_there_was_none()
    {
        using (var staging = OutputStaging.Create(_output))
        {
            staging.Write("index.html", "nový");
            staging.Commit();
        }

        Assert.Equal("nový", File.ReadAllText(Path.Combine(_output, "index.html")));
        Assert.Equal([Manifest, "index.html"], FilesIn(_output));
        Assert.Equal([LockFile, "output"], Siblings());
    }

    [Fact]
    public void Commit_replaces_an_existing_output_folder()
    {
        ExistingOutput("index.html", "stara-stranka/index.html");

        string root;
        using (var staging = OutputStaging.Create(_output))
        {
            root = staging.Root;
            staging.Write("index.html", "nový");
            staging.Write("nova-stranka/index.html", "nová");
            staging.Commit();
        }

        Assert.Equal([Manifest, "index.html", "nova-stranka/index.html"], FilesIn(_output));
        Assert.Equal("nový", File.ReadAllText(Path.Combine(_output, "index.html")));
        Assert.False(Directory.Exists(root));
        Assert.Equal([LockFile, "output"], Siblings());
    }

    [Fact]
    public void Dispose_without_commit_deletes_the_staging_folder_and_keeps_the_old_output()
    {
        ExistingOutput("index.html");

        string root;
        using (var staging = OutputStaging.Create(_output))
        {
            root = staging.Root;
            staging.Write("index.html", "nový");
            staging.Write("nova/index.html", "nová");
        }

        Assert.False(Directory.Exists(root));
        Assert.Equal(["index.html"], FilesIn(_output));
        Assert.Equal("old index.html", File.ReadAllText(Path.Combine(_output, "index.html")));
        Assert.Equal([LockFile, "output"], Siblings());
    }

    [Fact]
    public void Create_makes_missing_parent_folders()
    {
        var output = _temp.Combine("a", "b", "site");

        using var staging = OutputStaging.Create(output);
        staging.Write("index.html", "x");
        staging.Commit();

        Assert.True(File.Exists(Path.Combine(output, "index.html")));
    }

    [Fact]
    public void A_trailing_separator_on_the_output_path_is_accepted()
    {
        using var staging = OutputStaging.Create(_output + Path.DirectorySeparatorChar);

        Assert.Equal(_temp.Path, Path.GetDirectoryName(staging.Root));
        Assert.StartsWith(".output.staging-", Path.GetFileName(staging.Root));
        staging.Write("index.html", "x");
        staging.Commit();

        Assert.True(File.Exists(Path.Combine(_output, "index.html")));
    }

    [Fact]
    public void A_stray_staging_folder_is_removed_by_the_next_create()
    {
        ExistingOutput("index.html");
        var stray = _temp.Combine(".output.staging-x");
        Directory.CreateDirectory(Path.Combine(stray, "zatec"));
        File.WriteAllText(Path.Combine(stray, "zatec", "index.html"), "zbytek");

        using var staging = OutputStaging.Create(_output);

        Assert.False(Directory.Exists(stray));
        Assert.Equal(["index.html"], FilesIn(_output));
        Assert.Equal([".output.holder", LockFile, Path.GetFileName(staging.Root), "output"], Siblings());
    }

    [Fact]
    public void A_previous_folder_left_by_a_build_killed_mid_commit_is_restored_as_the_output()
    {
        var previous = _temp.Combine(".output.previous-x");
        Directory.CreateDirectory(Path.Combine(previous, "zatec"));
        File.WriteAllText(Path.Combine(previous, "index.html"), "publikovaný");
        File.WriteAllText(Path.Combine(previous, "zatec", "index.html"), "Žatec");

        using (OutputStaging.Create(_output))
        {
            Assert.False(Directory.Exists(previous));
            Assert.Equal(["index.html", "zatec/index.html"], FilesIn(_output));
            Assert.Equal("publikovaný", File.ReadAllText(Path.Combine(_output, "index.html")));
        }

        // A failed build after the restore still leaves the restored site in place.
        Assert.Equal(["index.html", "zatec/index.html"], FilesIn(_output));
        Assert.Equal([LockFile, "output"], Siblings());
    }

    [Fact]
    public void A_previous_folder_is_deleted_when_the_output_exists()
    {
        ExistingOutput("index.html");
        var previous = _temp.Combine(".output.previous-x");
        Directory.CreateDirectory(previous);
        File.WriteAllText(Path.Combine(previous, "index.html"), "starší");

        using (OutputStaging.Create(_output))
        {
        }

        Assert.False(Directory.Exists(previous));
        Assert.Equal("old index.html", File.ReadAllText(Path.Combine(_output, "index.html")));
    }

    [Fact]
    public void Leftovers_of_other_output_folders_are_not_touched()
    {
        var other = _temp.Combine(".jiny.staging-x");
        Directory.CreateDirectory(other);
        var similar = _temp.Combine(".output2.staging-x");
        Directory.CreateDirectory(similar);

        using (OutputStaging.Create(_output))
        {
        }

        Assert.True(Directory.Exists(other));
        Assert.True(Directory.Exists(similar));
    }

    [Fact]
    public void Two_commits_in_a_row_leave_only_the_latest_build()
    {
        using (var first = OutputStaging.Create(_output))
        {
            first.Write("a.html", "1");
            first.Commit();
        }
        using (var second = OutputStaging.Create(_output))
        {
            second.Write("b.html", "2");
            second.Commit();
        }

        Assert.Equal([Manifest, "b.html"], FilesIn(_output));
        Assert.Equal([LockFile, "output"], Siblings());
    }

    [Fact]
    public void Commit_adds_a_manifest_of_every_file_with_its_size_and_hash_in_ordinal_path_order()
    {
        var files = new Dictionary<string, byte[]>
        {
            ["zatec/index.html"] = "<h1>Žatec</h1>"u8.ToArray(),
            ["a.html"] = "a"u8.ToArray(),
            ["Z.css"] = "body{}"u8.ToArray(),
            ["_redirects"] = [],
        };
        using (var staging = OutputStaging.Create(_output))
        {
            foreach (var (path, content) in files) staging.Write(path, content);
            staging.Commit();
        }

        var text = File.ReadAllText(Path.Combine(_output, ".publisher", "manifest.json"));
        using var manifest = JsonDocument.Parse(text);
        var root = manifest.RootElement;
        Assert.Equal(["generator", "version", "files"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("Publisher", root.GetProperty("generator").GetString());
        Assert.Equal(typeof(OutputStaging).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion,
            root.GetProperty("version").GetString());
        var listed = root.GetProperty("files").EnumerateArray()
            .Select(f => (f.GetProperty("path").GetString()!, f.GetProperty("size").GetInt64(), f.GetProperty("sha256").GetString()!))
            .ToList();
        var expected = files.OrderBy(f => f.Key, StringComparer.Ordinal)
            .Select(f => (f.Key, (long)f.Value.Length, Convert.ToHexStringLower(SHA256.HashData(f.Value))))
            .ToList();
        Assert.Equal(expected, listed);
        Assert.Equal(["Z.css", "_redirects", "a.html", "zatec/index.html"], listed.Select(f => f.Item1));
        Assert.EndsWith("\n", text);
        Assert.DoesNotContain("\r", text);
        Assert.True(OutputManifest.IsIn(_output));
    }

    [Fact]
    public void A_file_written_through_a_stream_is_written_whole_and_listed_with_its_size_and_hash()
    {
        // Pieces of every size: single bytes, pieces that cross the writer's blocks, one larger than a block; flushed
        // now and then, as a JSON writer flushes after every value the serialiser writes.
        var random = new Random(7);
        var content = new byte[300_000];
        random.NextBytes(content);
        using (var staging = OutputStaging.Create(_output))
        {
            staging.Write("data/big.bin", stream =>
            {
                var at = 0;
                while (at < content.Length)
                {
                    var piece = Math.Min(content.Length - at, random.Next(3) switch { 0 => 1, 1 => random.Next(1, 5000), _ => 100_000 });
                    if (piece == 1) stream.WriteByte(content[at]);
                    else stream.Write(content, at, piece);
                    at += piece;
                    if (random.Next(4) == 0) stream.Flush();
                }
            });
            staging.Write("data/empty.txt", _ => { });
            staging.Commit();
        }

        Assert.Equal(content, File.ReadAllBytes(Path.Combine(_output, "data", "big.bin")));
        Assert.Empty(File.ReadAllBytes(Path.Combine(_output, "data", "empty.txt")));
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(_output, ".publisher", "manifest.json")));
        var listed = manifest.RootElement.GetProperty("files").EnumerateArray()
            .ToDictionary(f => f.GetProperty("path").GetString()!, f => (f.GetProperty("size").GetInt64(), f.GetProperty("sha256").GetString()));
        Assert.Equal((300_000L, Convert.ToHexStringLower(SHA256.HashData(content))), listed["data/big.bin"]);
        Assert.Equal((0L, Convert.ToHexStringLower(SHA256.HashData([]))), listed["data/empty.txt"]);
    }

    [Fact]
    public void The_manifest_of_thousands_of_files_lists_every_one()
    {
        using (var staging = OutputStaging.Create(_output))
        {
            for (var i = 0; i < 3000; i++) staging.Write($"p/{i}/index.html", Encoding.UTF8.GetBytes($"<p>{i}</p>"));
            staging.Commit();
        }

        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(_output, ".publisher", "manifest.json")));
        var paths = manifest.RootElement.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("path").GetString()!).ToList();
        Assert.Equal(Enumerable.Range(0, 3000).Select(i => $"p/{i}/index.html").Order(StringComparer.Ordinal), paths);
    }

    [Fact]
    public void The_manifest_does_not_depend_on_the_order_files_were_written()
    {
        var other = _temp.Combine("other");
        using (var first = OutputStaging.Create(_output))
        {
            first.Write("b/index.html", "b");
            first.Write("a/index.html", "a");
            first.Commit();
        }
        using (var second = OutputStaging.Create(other))
        {
            second.Write("a/index.html", "a");
            second.Write("b/index.html", "b");
            second.Commit();
        }

        Assert.Equal(File.ReadAllBytes(Path.Combine(_output, ".publisher", "manifest.json")),
            File.ReadAllBytes(Path.Combine(other, ".publisher", "manifest.json")));
    }

    [Fact]
    public void A_second_staging_of_the_same_output_stops_and_leaves_the_first_builds_folder_alone()
    {
        ExistingOutput("index.html");
        using var first = OutputStaging.Create(_output);
        first.Write("index.html", "nový");

        var error = Assert.Throws<OutputFolderBusyException>(() => OutputStaging.Create(_output));

        Assert.Equal($"the output folder {_output} is being written by another build ({ThisProcess()}); wait until it finishes, then build again", error.Message);
        Assert.Equal("nový", File.ReadAllText(Path.Combine(first.Root, "index.html")));
        first.Commit();
        Assert.Equal([Manifest, "index.html"], FilesIn(_output));
        Assert.Equal("nový", File.ReadAllText(Path.Combine(_output, "index.html")));
    }

    [Fact]
    public void A_symbolic_link_to_the_output_stages_beside_the_real_folder_under_the_same_lock()
    {
        ExistingOutput("index.html");
        var link = _temp.Combine("odkaz");
        Directory.CreateSymbolicLink(link, _output);

        using (var staging = OutputStaging.Create(link))
        {
            Assert.Equal(_temp.Path, Path.GetDirectoryName(staging.Root));
            Assert.StartsWith(".output.staging-", Path.GetFileName(staging.Root));
            Assert.Throws<OutputFolderBusyException>(() => OutputStaging.Create(_output));
            staging.Write("index.html", "nový");
            staging.Commit();
        }

        Assert.Equal(_output, new DirectoryInfo(link).LinkTarget);
        Assert.Equal("nový", File.ReadAllText(Path.Combine(link, "index.html")));
    }

    [LinuxFact]
    public void A_file_linked_into_the_build_is_the_same_file_and_listed_with_its_size_and_hash()
    {
        var content = "<h1>Žatec</h1>"u8.ToArray();
        var existing = _temp.Combine("kept.html");
        File.WriteAllBytes(existing, content);
        using (var staging = OutputStaging.Create(_output))
        {
            Assert.True(staging.TryLink("zatec/index.html", existing, content.Length, XxHash128.HashToUInt128(content)));
            staging.Commit();
        }

        var published = Path.Combine(_output, "zatec", "index.html");
        Assert.Equal(content, File.ReadAllBytes(published));
        Assert.Equal(FileKinds.Examine(existing).Stamp!.Value.Inode, FileKinds.Examine(published).Stamp!.Value.Inode);
        using var manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(_output, Manifest)));
        var listed = manifest.RootElement.GetProperty("files").EnumerateArray().Single(f => f.GetProperty("path").GetString() == "zatec/index.html");
        Assert.Equal(content.Length, listed.GetProperty("size").GetInt64());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(content)), listed.GetProperty("sha256").GetString());
    }

    public static TheoryData<string> FilesNotToLink =>
        new("other bytes", "one byte more", "a symbolic link to the bytes", "a named pipe", "the bytes with a name elsewhere too");

    [LinuxTheory]
    [MemberData(nameof(FilesNotToLink))]
    public async Task A_file_that_is_not_the_expected_regular_file_is_not_linked_and_leaves_nothing(string kind)
    {
        var expected = "<h1>Žatec</h1>"u8.ToArray();
        var elsewhere = _temp.Combine("elsewhere.html");
        File.WriteAllBytes(elsewhere, expected);
        var existing = _temp.Combine("kept.html");
        switch (kind)
        {
            case "other bytes": File.WriteAllBytes(existing, "<h1>Zatec</h1>"u8.ToArray()); break;
            case "one byte more": File.WriteAllBytes(existing, [.. expected, (byte)'\n']); break;
            case "a symbolic link to the bytes": File.CreateSymbolicLink(existing, elsewhere); break;
            case "a named pipe": SpecialFiles.MakeNamedPipe(existing); break;
            case "the bytes with a name elsewhere too": SpecialFiles.HardLink(existing, elsewhere); break;
        }

        using var staging = OutputStaging.Create(_output);
        // A named pipe opened for reading would wait for a writer: the check must not open it.
        var linking = Task.Run(() => staging.TryLink("zatec/index.html", existing, expected.Length, XxHash128.HashToUInt128(expected)));

        Assert.Same(linking, await Task.WhenAny(linking, Task.Delay(TimeSpan.FromMinutes(1))));
        Assert.False(await linking);
        Assert.Empty(staging.WrittenFiles);
        Assert.Empty(FilesIn(staging.Root));
        // The file can then be written as usual.
        staging.Write("zatec/index.html", expected);
    }

    [Fact]
    public void Disposing_releases_the_lock_and_removes_the_holder_file()
    {
        using (OutputStaging.Create(_output))
            Assert.True(File.Exists(_temp.Combine(".output.holder")));

        using (OutputStaging.Create(_output))
        {
        }

        Assert.Equal([LockFile], Siblings());
    }

    private static string ThisProcess()
    {
        using var process = Process.GetCurrentProcess();
        return CommandLineProcess.AsLockHolder(process);
    }
}
