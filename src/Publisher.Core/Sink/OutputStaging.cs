using System.Buffers;
using System.Collections.Concurrent;
using System.IO.Hashing;
using System.Security.Cryptography;
using System.Text;
using Publisher.Core.Load;

namespace Publisher.Core.Sink;

/// <summary>
/// Collects the build in a fresh folder beside the output folder and swaps it in only when the whole build
/// succeeded, so a failed or killed build never leaves a half-written site where the published one was.
/// From creation to disposal it holds the output folder's <see cref="OutputLock"/>: one build at a time.
/// </summary>
public sealed class OutputStaging : IOutputSink, IDisposable
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly ConcurrentDictionary<string, WrittenFile> _written = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _folders = new(StringComparer.Ordinal);
    private readonly string _output;
    private readonly OutputLock _lock;
    private bool _committed;

    private OutputStaging(string output, string root, OutputLock outputLock)
    {
        _output = output;
        Root = root;
        _lock = outputLock;
    }

    public string Root { get; }

    /// <summary>Relative paths (forward slashes) of every file written so far.</summary>
    public IReadOnlyCollection<string> WrittenFiles => (IReadOnlyCollection<string>)_written.Keys;

    public bool Contains(string relativePath) => _written.ContainsKey(relativePath);

    /// <exception cref="OutputFolderBusyException">Another build is writing the same output folder.</exception>
    public static OutputStaging Create(string outputDirectory)
    {
        // Every spelling of the folder (through links, "..") shares one lock and one set of staging folders.
        var output = RealPath.Of(outputDirectory);
        var parent = Path.GetDirectoryName(output)!;
        Directory.CreateDirectory(parent);
        var outputLock = OutputLock.Acquire(output);
        try
        {
            // Only under the lock: without it these could be the folders of a build that is still running.
            RemoveLeftovers(parent, Path.GetFileName(output));
            var root = Path.Combine(parent, $".{Path.GetFileName(output)}.staging-{Guid.NewGuid():N}");
            Directory.CreateDirectory(root);
            return new OutputStaging(output, root, outputLock);
        }
        catch
        {
            outputLock.Dispose();
            throw;
        }
    }

    public void Write(string relativePath, string content) => Write(relativePath, Utf8.GetBytes(content));

    public void Write(string relativePath, ReadOnlySpan<byte> content)
    {
        Claim(relativePath, new WrittenFile(content.Length, SHA256.HashData(content)));
        // A plain create and write: File.WriteAllBytes would also reserve the file's size on disk first, a second call
        // into the file system for every page.
        using var file = File.OpenHandle(PathInStaging(relativePath), FileMode.CreateNew, FileAccess.Write);
        RandomAccess.Write(file, content, fileOffset: 0);
    }

    public void Write(string relativePath, Action<Stream> write)
    {
        // Hashed on its way to the disk, for the manifest, without reading it back.
        using var file = new HashingFileWriter(PathInStaging(relativePath));
        write(file);
        var (size, sha256) = file.Finish();
        Claim(relativePath, new WrittenFile(size, sha256));
    }

    /// <summary>
    /// Links an existing file into the staging folder, on the same file system, and claims it only after reading what
    /// was linked back: it must be a regular file with the length and XxHash128 hash given, as a file of the output
    /// folder could have been replaced by anything since the build that wrote it. Its SHA-256 hash for the manifest is
    /// taken on the same read. What fails the check is unlinked again.
    /// </summary>
    public bool TryLink(string relativePath, string existingFile, long length, UInt128 contentHash)
    {
        var path = PathInStaging(relativePath);
        if (!HardLink.TryCreate(existingFile, path)) return false;
        byte[]? sha256;
        try
        {
            sha256 = LinkedFileHash(path, length, contentHash);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Linked but not readable (no permission to read it): the caller's copy finds the same and renders the page.
            sha256 = null;
        }
        if (sha256 is not null)
        {
            Claim(relativePath, new WrittenFile(length, sha256));
            return true;
        }
        File.Delete(path);
        return false;
    }

    /// <summary>
    /// The SHA-256 hash of a linked file that is a regular file of the length and XxHash128 hash expected, with no name
    /// but its one in the previous output and this one; null for anything else.
    /// </summary>
    private static byte[]? LinkedFileHash(string path, long length, UInt128 contentHash)
    {
        // Described without following it: a link to a symbolic link is a symbolic link, and is never opened. A third
        // name would be a file elsewhere that the output shared: whatever later wrote to the page in place would write there.
        if (FileKinds.SizeAndNames(path) is not { Names: 2 } file || file.Size != length) return null;
        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        var xxHash = new XxHash128();
        using var sha256 = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var block = ArrayPool<byte>.Shared.Rent(64 * 1024);
        try
        {
            long total = 0;
            int read;
            // Read to its end, not to the length examined: a file that grew since is caught.
            while ((read = RandomAccess.Read(handle, block, total)) > 0)
            {
                total += read;
                if (total > length) return null;
                xxHash.Append(block.AsSpan(0, read));
                sha256.AppendData(block, 0, read);
            }
            return total == length && xxHash.GetCurrentHashAsUInt128() == contentHash ? sha256.GetHashAndReset() : null;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(block);
        }
    }

    /// <summary>
    /// Writes a file of the tool's own into <see cref="OutputManifest.Folder"/>, left out of the manifest, which lists
    /// only what the site publishes: a record the next build reads, which no one deploys.
    /// </summary>
    public void WriteUnlisted(string relativePath, Action<Stream> write)
    {
        if (!FolderSink.IsInside(OutputManifest.Folder, relativePath))
            throw new ArgumentException($"'{relativePath}' is not inside {OutputManifest.Folder}", nameof(relativePath));
        using var file = new FileStream(PathInStaging(relativePath), FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1 << 16);
        write(file);
    }

    private void Claim(string relativePath, WrittenFile file)
    {
        if (!_written.TryAdd(relativePath, file))
            throw new InvalidOperationException($"two outputs want the same file '{relativePath}'");
    }

    /// <summary>The file's path in the staging folder, its folder created.</summary>
    private string PathInStaging(string relativePath)
    {
        var path = Path.Combine(Root, relativePath);
        var folder = Path.GetDirectoryName(path)!;
        // Thousands of pages share a few folders: each is created once, not asked for again with every page.
        if (!_folders.ContainsKey(folder))
        {
            Directory.CreateDirectory(folder);
            _folders.TryAdd(folder, 0);
        }
        return path;
    }

    /// <summary>Adds the <see cref="OutputManifest"/> of everything written; nothing may be written but unlisted files after it.</summary>
    public void WriteManifest()
    {
        if (!_written.ContainsKey(OutputManifest.RelativePath))
            Write(OutputManifest.RelativePath, stream => OutputManifest.Write(stream, _written));
    }

    /// <summary>Adds the <see cref="OutputManifest"/> of everything written, unless it was written, and replaces the output folder with the staged build.</summary>
    public void Commit()
    {
        WriteManifest();
        var parent = Path.GetDirectoryName(_output)!;
        var previous = Path.Combine(parent, $".{Path.GetFileName(_output)}.previous-{Guid.NewGuid():N}");
        var hadPrevious = Directory.Exists(_output);
        if (hadPrevious) Directory.Move(_output, previous);
        try
        {
            Directory.Move(Root, _output);
        }
        catch
        {
            if (hadPrevious) Directory.Move(previous, _output);
            throw;
        }
        _committed = true;
        if (hadPrevious) Directory.Delete(previous, recursive: true);
    }

    public void Dispose()
    {
        try
        {
            if (!_committed && Directory.Exists(Root)) Directory.Delete(Root, recursive: true);
        }
        finally
        {
            _lock.Dispose();
        }
    }

    /// <summary>
    /// Cleans up after builds that were killed. A build killed between the two moves of <see cref="Commit"/>
    /// left the published site only in its "previous" folder: that one is put back first.
    /// </summary>
    private static void RemoveLeftovers(string parent, string outputName)
    {
        var output = Path.Combine(parent, outputName);
        var previous = Directory.EnumerateDirectories(parent, $".{outputName}.previous-*").ToList();
        if (!Directory.Exists(output) && previous.Count == 1)
        {
            Directory.Move(previous[0], output);
            previous.Clear();
        }
        foreach (var directory in previous.Concat(Directory.EnumerateDirectories(parent, $".{outputName}.staging-*")))
            Directory.Delete(directory, recursive: true);
    }
}
