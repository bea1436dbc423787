using System.Security.Cryptography;

namespace Publisher.Tests.Support;

/// <summary>Every file of a folder with a hash of its bytes: equal snapshots mean byte-identical folders.</summary>
public static class OutputSnapshot
{
    /// <param name="withWriteTimes">Also compare modification times, to prove files were not even rewritten.</param>
    public static string Of(string directory, bool withWriteTimes = false) =>
        string.Join("\n", Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(f => Path.GetRelativePath(directory, f)
                + (withWriteTimes ? " " + File.GetLastWriteTimeUtc(f).Ticks : "")
                + " " + Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f)))));

    /// <summary>
    /// Every entry under <paramref name="root"/>, the root included: folders, files and symbolic links with their
    /// names, modification times, file contents and link targets. Links are listed, never followed. A folder's time
    /// changes when an entry is created or deleted in it, so equal trees mean nothing was written, added or removed.
    /// </summary>
    public static string Tree(string root)
    {
        var lines = new List<string>();
        Visit(new DirectoryInfo(root), ".");
        return string.Join("\n", lines);

        void Visit(FileSystemInfo entry, string relative)
        {
            var time = entry.LastWriteTimeUtc.Ticks;
            if (entry.LinkTarget is { } target)
                lines.Add($"link {relative} -> {target}");
            else if (entry is FileInfo file)
                lines.Add($"file {relative} {time} {file.Length} {ContentHash(file)}");
            else
            {
                lines.Add($"folder {relative} {time}");
                foreach (var child in ((DirectoryInfo)entry).EnumerateFileSystemInfos().OrderBy(c => c.Name, StringComparer.Ordinal))
                    Visit(child, relative + "/" + child.Name);
            }
        }
    }

    /// <summary>A file another process holds locked cannot be read (reading takes a shared lock); its size and time still count.</summary>
    private static string ContentHash(FileInfo file)
    {
        try
        {
            return Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file.FullName)));
        }
        catch (IOException)
        {
            return "locked";
        }
    }
}
