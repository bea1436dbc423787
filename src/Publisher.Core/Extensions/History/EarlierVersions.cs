using System.Text;
using Publisher.Core.Diagnostics;
using Publisher.Core.Load;
using Publisher.Core.Model;

namespace Publisher.Core.Extensions.History;

/// <summary>
/// The addresses documents had in their earlier versions: each earlier version of a file that has more than one is
/// read from the repository (all of them through one <c>git cat-file --batch</c>) and read as the build reads a
/// document, so its address is made by the same code. A version that would not have been published (invalid, a draft)
/// had no address.
/// </summary>
public static class EarlierVersions
{
    /// <returns>Each document's earlier addresses, by the document's number; null for a document without any.</returns>
    public static IReadOnlyList<string>?[] Read(GitProcess git, SiteInput input, IReadOnlyList<Document> documents, FileHistories histories)
    {
        var wanted = new List<(int Document, string Blob)>();
        for (var i = 0; i < documents.Count; i++)
        {
            if (histories.Versions[i] is not { Count: > 1 } versions) continue;
            var blobs = versions.Take(RepositoryHistory.MaxVersionsRead).Append(versions[^1]).Select(v => v.Blob).Distinct(StringComparer.Ordinal);
            wanted.AddRange(blobs.Select(blob => (i, blob)));
        }
        var urls = new IReadOnlyList<string>?[documents.Count];
        if (wanted.Count == 0) return urls;

        var contents = ReadBlobs(git, wanted.Select(w => w.Blob).Distinct(StringComparer.Ordinal).ToList());
        var found = new string?[wanted.Count];
        Parallel.For(0, wanted.Count, i =>
        {
            var (document, blob) = wanted[i];
            if (!contents.TryGetValue(blob, out var bytes)) return;
            var source = documents[document].Source;
            var text = SourceDecoder.Decode(bytes, source, new DiagnosticBag());
            found[i] = text is null ? null : input.ReadDocument(source, text)?.Url;
        });
        for (var i = 0; i < wanted.Count; i++)
        {
            var document = documents[wanted[i].Document];
            if (found[i] is not { } url || url == document.Url) continue;
            var list = (List<string>?)urls[wanted[i].Document] ?? [];
            if (!list.Contains(url)) list.Add(url);
            urls[wanted[i].Document] = list;
        }
        return urls;
    }

    /// <summary>The content of each blob that exists and is no larger than a document may be.</summary>
    private static Dictionary<string, byte[]> ReadBlobs(GitProcess git, IReadOnlyList<string> blobs)
    {
        var contents = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        using var process = git.Start(["cat-file", "--batch"], withInput: true);
        // The requests are written while the answers are read, so that neither pipe fills up and stops git.
        var requests = Task.Run(() =>
        {
            try
            {
                var stdin = process.StandardInput;
                foreach (var blob in blobs) stdin.Write(blob + "\n");
                stdin.Close();
            }
            catch (IOException)
            {
                // Git stopped early; the answers read so far are all there is.
            }
        });
        var output = new BufferedStream(process.StandardOutput.BaseStream, 1 << 16);
        foreach (var blob in blobs)
        {
            var header = ReadLine(output);
            if (header is null) break;
            var parts = header.Split(' ');
            if (parts is not [_, "blob", var sizeText] || !long.TryParse(sizeText, out var size)) continue;
            var keep = size <= ContentLoader.MaxFileBytes;
            var bytes = keep ? new byte[size] : null;
            for (long read = 0; read < size;)
            {
                var chunk = keep ? output.Read(bytes!, (int)read, (int)(size - read)) : output.Read(new byte[8192], 0, (int)Math.Min(8192, size - read));
                if (chunk == 0) throw new IOException("git cat-file stopped in the middle of a file");
                read += chunk;
            }
            output.ReadByte();
            if (keep) contents[blob] = bytes!;
        }
        requests.Wait();
        process.WaitForExit();
        return contents;
    }

    private static string? ReadLine(Stream stream)
    {
        var line = new StringBuilder();
        for (var b = stream.ReadByte(); b >= 0; b = stream.ReadByte())
        {
            if (b == '\n') return line.ToString();
            line.Append((char)b);
        }
        return line.Length == 0 ? null : line.ToString();
    }
}
