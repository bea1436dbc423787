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
}
