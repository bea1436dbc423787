using System.Collections.Frozen;
using Publisher.Core.Build;
using Publisher.Core.Diagnostics;
using Publisher.Core.Extensions.Redirects;

namespace Publisher.Core.Preview;

/// <summary>
/// One build of the preview, as it is served: the whole site when the build succeeded, otherwise only the page
/// that lists its problems. Nothing of an earlier build is kept, so a page never shows what the files no longer say.
/// </summary>
public sealed class PreviewBuild
{
    private PreviewBuild(int number, BuildResult? result, Message? stoppedBy, FrozenDictionary<string, byte[]> files, byte[]? errorPage)
    {
        Number = number;
        Result = result;
        StoppedBy = stoppedBy;
        Files = files;
        ErrorPage = errorPage;
        Redirects = files.TryGetValue(RedirectsExtension.RulesFile, out var rules) ? RedirectRules.Parse(rules) : RedirectRules.None;
    }

    /// <summary>Counts the builds of one preview from 1; the reload script reloads a page when it changes.</summary>
    public int Number { get; }

    /// <summary>What the build found; null when it stopped before it could finish (<see cref="StoppedBy"/>).</summary>
    public BuildResult? Result { get; }

    /// <summary>Why the build stopped, when it did: a file that could not be read, a defect.</summary>
    public Message? StoppedBy { get; }

    /// <summary>The site's files by relative path; empty when the build did not succeed.</summary>
    public FrozenDictionary<string, byte[]> Files { get; }

    public RedirectRules Redirects { get; }

    /// <summary>The page served for every request of the site while the build has errors; null when it succeeded.</summary>
    public byte[]? ErrorPage { get; }

    public bool Succeeded => ErrorPage is null;

    public static PreviewBuild Of(int number, BuildResult result, MemorySink sink, ErrorPage errorPage) =>
        result.Succeeded
            ? new PreviewBuild(number, result, null, sink.Files(), null)
            : new PreviewBuild(number, result, null, FrozenDictionary<string, byte[]>.Empty, errorPage.Render(result.Diagnostics));

    /// <summary>
    /// The build before with the pages just rendered put in, served while the rest of the site is built: the pages of
    /// the documents an editor changed show at once, the rest of the site follows with the next build. Its result is
    /// the build before's, as the new one's is not known yet.
    /// </summary>
    public static PreviewBuild Early(int number, PreviewBuild before, IReadOnlyDictionary<string, byte[]> rendered)
    {
        var files = new Dictionary<string, byte[]>(before.Files, StringComparer.Ordinal);
        foreach (var (path, content) in rendered) files[path] = content;
        return new PreviewBuild(number, before.Result, null, files.ToFrozenDictionary(StringComparer.Ordinal), null);
    }

    public static PreviewBuild Stopped(int number, Message reason, ErrorPage errorPage) =>
        new(number, null, reason, FrozenDictionary<string, byte[]>.Empty, errorPage.Render(reason));
}
