using System.Collections.Concurrent;
using System.Collections.Frozen;
using Publisher.Core.Pages;
using Publisher.Core.Render.Markdown;
using Publisher.Core.Sink;

namespace Publisher.Core.Render.Reuse;

/// <summary>
/// Keeps the pages of the previous build whose inputs did not change, instead of rendering them again, and collects
/// what this build renders as the cache for the next one. A page is kept when the fingerprint of everything it is
/// rendered from (<see cref="FingerprintOf"/>) is the one the previous build recorded for it, every link of its body
/// to another document's file still leads where it led, every body its data was made from is the same, and the previous file is still there with the very bytes
/// the previous build wrote. Otherwise it is rendered, so a kept page is always the page a full build would write.
/// </summary>
public sealed class PageReuse
{
    private readonly RenderCache _previous;
    private readonly IPreviousOutput _output;
    private readonly ValueFingerprint _fingerprints = RenderStamp.ShownValues();
    private readonly ConcurrentDictionary<string, RenderedPageRecord> _records = new(StringComparer.Ordinal);
    private int _kept;
    private long _recordedText;
    private readonly long _maxRecordedText;

    /// <summary>
    /// How many characters of bodies' text a build records: every body of 10,000 documents. Past it a page with a body
    /// is not recorded, and the next build renders it again, so that a national archive neither holds all its text for
    /// the whole build nor writes it all down. Which pages fit depends on the order they happen to be rendered in, so the record of so large
    /// a site differs from one build to the next; what is published does not.
    /// </summary>
    public const long MaxRecordedTextCharacters = 96L * 1024 * 1024;

    /// <param name="stamp">The fingerprint of what every page depends on (<see cref="RenderStamp"/>).</param>
    /// <param name="previous">What the previous build rendered; null for a build that keeps nothing but records what it renders for the next one.</param>
    /// <param name="maxRecordedText">How many characters of bodies' text to record at most.</param>
    public PageReuse(UInt128 stamp, PreviousRender? previous, long maxRecordedText = MaxRecordedTextCharacters)
    {
        _maxRecordedText = maxRecordedText;
        Stamp = stamp;
        _previous = previous is not null && previous.Cache.Stamp == stamp ? previous.Cache : RenderCache.Empty(stamp);
        _output = previous?.Output ?? new PreviousOutputInMemory(FrozenDictionary<string, byte[]>.Empty);
    }

    public UInt128 Stamp { get; }

    /// <summary>How many pages were kept rather than rendered.</summary>
    public int KeptCount => _kept;

    /// <summary>
    /// The fingerprint of everything a page is rendered from besides its body's links to other documents: the stamp and
    /// all the page shows (its address, layout, title, breadcrumbs, data, document with the hash of its body, what the
    /// features add to it). Null for a page that cannot be kept, as its data is not plain data.
    /// </summary>
    public UInt128? FingerprintOf(Page page) =>
        _fingerprints.Of(Stamp, page.Url, page.Layout, page.Title, page.Breadcrumbs, page.Data, page.Description, page.Document,
            page.InBaseLayout, page.Indexable, page.Features);

    /// <summary>
    /// Keeps the previous build's page when it can be kept: puts its file into <paramref name="sink"/> and gives what
    /// the previous build recorded of it; null, with nothing put, when the page must be rendered.
    /// </summary>
    /// <param name="resolve">Where a link to a document's file leads in this build.</param>
    /// <param name="bodyHashOf">The hash of the body of the document at a path in this build; null when there is none.</param>
    public RenderedPageRecord? Keep(Page page, UInt128 fingerprint, Func<string, DocumentLinkTarget> resolve, Func<string, UInt128?> bodyHashOf, IOutputSink sink)
    {
        if (_previous.Find(page.OutputPath, fingerprint) is not { } record) return null;
        foreach (var link in record.ResolvedLinks)
        {
            if (resolve(link.Source) != link.Target) return null;
        }
        foreach (var body in record.BodiesRead)
        {
            if (bodyHashOf(body.Source) != body.Hash) return null;
        }
        if (!_output.HandOver(page.OutputPath, record.Length, record.ContentHash, sink)) return null;
        _records[record.Path] = record;
        // Its text was within the limit when it was recorded, and counts toward it again.
        Interlocked.Add(ref _recordedText, record.BodyText?.Length ?? 0);
        Interlocked.Increment(ref _kept);
        return record;
    }

    /// <summary>The bytes of a page kept from the previous build, read again for a feature that asks for its HTML.</summary>
    /// <exception cref="InvalidOperationException">The previous build's file changed since it was kept.</exception>
    public byte[] ContentOf(RenderedPageRecord kept) =>
        _output.ReadUnchanged(kept.Path, kept.Length, kept.ContentHash)
        ?? throw new InvalidOperationException($"the file of the kept page {kept.Path} changed while the site was being built");

    /// <summary>
    /// Records a page this build rendered and wrote, for the next build, while the text recorded stays within
    /// the limit (<see cref="MaxRecordedTextCharacters"/>); a page whose text does not fit is not recorded.
    /// </summary>
    public void Remember(RenderedPageRecord record)
    {
        if (record.BodyText is { Length: > 0 } text && Interlocked.Add(ref _recordedText, text.Length) > _maxRecordedText) return;
        _records[record.Path] = record;
    }

    /// <summary>The cache of every page this build kept or rendered.</summary>
    public RenderCache Next() => RenderCache.Of(Stamp, _records.Values);
}
