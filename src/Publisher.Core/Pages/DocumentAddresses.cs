using Publisher.Core.Model;
using Publisher.Core.Render.Markdown;
using Publisher.Core.Validate;

namespace Publisher.Core.Pages;

/// <summary>
/// The published address of each document by the path of its Markdown file, for links that name a document by its
/// file (<c>../2020/2020-03-04-zapis.md</c>) and for suggestions when a link misses; and the hash of each one's body.
/// </summary>
public sealed class DocumentAddresses
{
    private readonly Dictionary<string, string> _bySource = new(StringComparer.Ordinal);
    private readonly Dictionary<string, UInt128> _bodyHashes = new(StringComparer.Ordinal);
    // Only a link that misses needs the files of its folder, for a suggestion: made on the first such link.
    private ILookup<string, string>? _sourcesByFolder;

    public DocumentAddresses(IEnumerable<Document> documents)
    {
        foreach (var document in documents)
        {
            _bySource[document.Source] = document.Url;
            _bodyHashes[document.Source] = document.BodyHash;
        }
    }

    /// <param name="source">A path below the input folder with forward slashes.</param>
    public string? AddressOf(string source) => _bySource.GetValueOrDefault(source);

    /// <summary>The hash of the body of the document at <paramref name="source"/>, to tell whether it changed since an earlier build.</summary>
    public UInt128? BodyHashOf(string source) => _bodyHashes.TryGetValue(source, out var hash) ? hash : null;

    /// <summary>The address of the document at <paramref name="source"/>, or the file in the same folder most likely meant.</summary>
    public DocumentLinkTarget Resolve(string source) =>
        _bySource.TryGetValue(source, out var url)
            ? new DocumentLinkTarget(url)
            : new DocumentLinkTarget(null, ClosestMatch.Find(source, SourcesByFolder()[FolderOf(source)]));

    private ILookup<string, string> SourcesByFolder() =>
        LazyInitializer.EnsureInitialized(ref _sourcesByFolder, () => _bySource.Keys.ToLookup(FolderOf, StringComparer.Ordinal));

    private static string FolderOf(string source) => source.LastIndexOf('/') is var slash and >= 0 ? source[..slash] : "";
}
