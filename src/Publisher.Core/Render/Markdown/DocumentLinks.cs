using Publisher.Core.Diagnostics;

namespace Publisher.Core.Render.Markdown;

/// <summary>
/// Links from a body to another document by the path of its Markdown file (<c>[zápis](../2020/2020-03-04-zapis.md#ukoly)</c>),
/// which is how editors know a document and how it stays valid when titles, and so addresses, change. The path is
/// relative to the linking document's own file; the context's resolver gives the published address.
/// </summary>
internal sealed class DocumentLinks(MarkdownContext context)
{
    /// <summary>
    /// The address the link should have: <paramref name="url"/> itself unless it is a relative path ending in
    /// <c>.md</c> and the context can resolve documents; else the document's published address with the same
    /// fragment, or <paramref name="url"/> with an error in <paramref name="findings"/> when no document is published there.
    /// </summary>
    public string Resolve(string url, (int Line, int Column) at, List<BodyFinding> findings)
    {
        if (context.ResolveDocument is not { } resolve || !IsDocumentPath(url, out var path, out var fragment)) return url;

        var folder = Folder(context.SourcePath);
        if (Combine(folder, Uri.UnescapeDataString(path)) is not { } target)
        {
            findings.Add(new BodyFinding(at.Line, at.Column, Severity.Error, MarkdownMessages.LinkLeavesInputFolder(url)));
            return url;
        }
        var resolved = resolve(target);
        if (resolved.Url is { } address) return address + fragment;

        var hint = resolved.ClosestSourcePath is { } closest ? MarkdownMessages.DidYouMeanFile(Relative(folder, closest)) : Message.Empty;
        findings.Add(new BodyFinding(at.Line, at.Column, Severity.Error, MarkdownMessages.LinkToUnpublishedDocument(url, target, hint)));
        return url;
    }

    /// <summary>
    /// The address as the page showing the body must write it: as written on the document's own page; from the
    /// site's root on another page (<see cref="MarkdownContext.ShownAwayFrom"/>), unless it is a bare <c>#fragment</c>.
    /// </summary>
    public string OnPage(string url)
    {
        if (context.ShownAwayFrom is not { } documentAddress || url.Length == 0 || url[0] is '#' or '/' or '\\' || UrlPolicy.Scheme(url) is not null)
            return url;
        return Uri.TryCreate(new Uri(SiteRoot, documentAddress), url, out var resolved) && resolved.Host == SiteRoot.Host
            ? resolved.PathAndQuery + resolved.Fragment
            : url;
    }

    private static readonly Uri SiteRoot = new("https://site.invalid/");

    /// <summary>A relative path (no scheme, not from the site's root) ending in ".md", and its "#fragment" if any.</summary>
    private static bool IsDocumentPath(string url, out string path, out string fragment)
    {
        var hash = url.IndexOf('#');
        path = hash < 0 ? url : url[..hash];
        fragment = hash < 0 ? "" : url[hash..];
        return path.EndsWith(".md", StringComparison.OrdinalIgnoreCase)
            && UrlPolicy.Scheme(path) is null
            && !path.StartsWith('/') && !path.StartsWith('\\')
            && !path.Contains('?');
    }

    private static List<string> Folder(string sourcePath)
    {
        var segments = sourcePath.Split('/', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (segments.Count > 0) segments.RemoveAt(segments.Count - 1);
        return segments;
    }

    /// <summary>The path below the input folder that <paramref name="relative"/> names from <paramref name="folder"/>; null above the input folder.</summary>
    private static string? Combine(List<string> folder, string relative)
    {
        var segments = new List<string>(folder);
        // Browsers read '\' in a path as '/', so an editor on Windows may write either.
        foreach (var segment in relative.Split('/', '\\'))
        {
            if (segment is "" or ".") continue;
            if (segment == "..")
            {
                if (segments.Count == 0) return null;
                segments.RemoveAt(segments.Count - 1);
            }
            else
            {
                segments.Add(segment);
            }
        }
        return string.Join('/', segments);
    }

    /// <summary>How a link from a document in <paramref name="folder"/> names the file at <paramref name="target"/>.</summary>
    private static string Relative(List<string> folder, string target)
    {
        var segments = target.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var shared = 0;
        while (shared < folder.Count && shared < segments.Length - 1 && folder[shared] == segments[shared]) shared++;
        return string.Join('/', Enumerable.Repeat("..", folder.Count - shared).Concat(segments.Skip(shared)));
    }
}
