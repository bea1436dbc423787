using System.Collections;
using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
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
    private PreviewBuild(int number, BuildResult? result, Message? stoppedBy, IReadOnlyDictionary<string, byte[]> files, byte[]? errorPage)
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
    public IReadOnlyDictionary<string, byte[]> Files { get; }

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
    public static PreviewBuild Early(int number, PreviewBuild before, IReadOnlyDictionary<string, byte[]> rendered) =>
        // The build before's files are read through, not copied: a large site has tens of thousands.
        new(number, before.Result, null, new FilesWithReplacements(before.Files, rendered), null);

    public static PreviewBuild Stopped(int number, Message reason, ErrorPage errorPage) =>
        new(number, null, reason, FrozenDictionary<string, byte[]>.Empty, errorPage.Render(reason));
}

/// <summary>A build's files with some replaced or added: those of <paramref name="replacements"/> first, then the rest of <paramref name="files"/>.</summary>
public sealed class FilesWithReplacements(IReadOnlyDictionary<string, byte[]> files, IReadOnlyDictionary<string, byte[]> replacements)
    : IReadOnlyDictionary<string, byte[]>
{
    public byte[] this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

    public IEnumerable<string> Keys => this.Select(file => file.Key);

    public IEnumerable<byte[]> Values => this.Select(file => file.Value);

    public int Count => files.Count + replacements.Keys.Count(key => !files.ContainsKey(key));

    public bool ContainsKey(string key) => replacements.ContainsKey(key) || files.ContainsKey(key);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out byte[] value) =>
        replacements.TryGetValue(key, out value) || files.TryGetValue(key, out value);

    public IEnumerator<KeyValuePair<string, byte[]>> GetEnumerator() =>
        replacements.Concat(files.Where(file => !replacements.ContainsKey(file.Key))).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
