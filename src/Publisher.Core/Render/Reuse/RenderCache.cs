using Publisher.Core.Diagnostics;
using Publisher.Core.Records;
using Publisher.Core.Render.Markdown;

namespace Publisher.Core.Render.Reuse;

/// <summary>A link from a body to another document's file, and where it led when the page was rendered.</summary>
public sealed record ResolvedDocumentLink(string Source, DocumentLinkTarget Target);

/// <summary>A document's body that a page's data was made from (<see cref="Pages.Page.DataFromBodies"/>), and the hash of the body read.</summary>
public sealed record BodyRead(string Source, UInt128 Hash);

/// <summary>
/// What a build remembers of a page it rendered: the fingerprint of everything the page was rendered from, the size and
/// hash of what it wrote, and what rendering found out on the way (the body's findings, links, ids, plain text and
/// headings, where its links to other documents' files led, and the bodies its data was made from), so a later build can keep the page without rendering it.
/// </summary>
public sealed record RenderedPageRecord(
    string Path,
    UInt128 Fingerprint,
    int Length,
    UInt128 ContentHash,
    IReadOnlyList<BodyFinding> Findings,
    IReadOnlyList<BodyLink> Links,
    IReadOnlyList<string> Ids,
    IReadOnlyList<ResolvedDocumentLink> ResolvedLinks,
    IReadOnlyList<BodyRead> BodiesRead,
    string? BodyText,
    IReadOnlyList<string> Headings);

/// <summary>
/// The pages one build rendered, kept in <c>.publisher/render-cache</c> of the output folder beside the manifest (and,
/// like it, never deployed) for the next build to keep what did not change. Its stamp is the fingerprint of what every
/// page depends on (the tool, the theme, the site's settings and regions, the day of the build): a cache with another
/// stamp is of no use. The file ends with a hash of all of it, so a file cut short or changed is noticed and not trusted.
/// </summary>
public sealed class RenderCache
{
    /// <summary>The file's path in the output folder.</summary>
    public const string RelativePath = ".publisher/render-cache";

    private static readonly byte[] Magic = "Publisher render cache 2\n"u8.ToArray();

    private readonly IReadOnlyDictionary<string, RenderedPageRecord> _pages;

    private RenderCache(UInt128 stamp, IReadOnlyDictionary<string, RenderedPageRecord> pages)
    {
        Stamp = stamp;
        _pages = pages;
    }

    public UInt128 Stamp { get; }

    public int Count => _pages.Count;

    public static RenderCache Empty(UInt128 stamp) => new(stamp, new Dictionary<string, RenderedPageRecord>());

    /// <summary>The record of the page rendered at <paramref name="path"/> from inputs with this fingerprint; null when there is none.</summary>
    public RenderedPageRecord? Find(string path, UInt128 fingerprint) =>
        _pages.TryGetValue(path, out var record) && record.Fingerprint == fingerprint ? record : null;

    /// <summary>The cache of the pages in <paramref name="records"/>, as a build collects them.</summary>
    public static RenderCache Of(UInt128 stamp, IEnumerable<RenderedPageRecord> records) =>
        new(stamp, records.ToDictionary(r => r.Path, StringComparer.Ordinal));

    /// <summary>Writes the cache: its pages in ordinal order of their paths, so two builds of the same site write the same bytes.</summary>
    public void WriteTo(Stream stream) => RecordFile.Write(stream, Magic, writer =>
    {
        writer.Write(Stamp);
        writer.Write(_pages.Count);
        foreach (var record in _pages.Values.OrderBy(r => r.Path, StringComparer.Ordinal))
            Write(writer, record);
    });

    /// <summary>The cache in <paramref name="bytes"/>; null when the bytes are not a whole cache written by this tool.</summary>
    public static RenderCache? Read(ReadOnlySpan<byte> bytes)
    {
        if (RecordFile.Open(bytes, Magic) is not { } reader) return null;
        try
        {
            var stamp = reader.ReadHash();
            var count = reader.ReadInt32();
            var pages = new Dictionary<string, RenderedPageRecord>(Math.Min(count, reader.Remaining), StringComparer.Ordinal);
            for (var i = 0; i < count; i++)
            {
                var record = ReadRecord(reader);
                pages[record.Path] = record;
            }
            return reader.Remaining == 0 ? new RenderCache(stamp, pages) : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static void Write(RecordWriter writer, RenderedPageRecord record)
    {
        writer.Write(record.Path);
        writer.Write(record.Fingerprint);
        writer.Write(record.Length);
        writer.Write(record.ContentHash);
        writer.WriteList(record.Findings, (w, f) =>
        {
            w.Write(f.Line);
            w.Write(f.Column);
            w.WriteEnum(f.Severity);
            w.Write(f.Message.English);
            w.Write(f.Message.Czech);
        });
        writer.WriteList(record.Links, (w, l) =>
        {
            w.Write(l.Url);
            w.Write(l.Line);
            w.Write(l.Column);
        });
        writer.WriteList(record.Ids, (w, id) => w.Write(id));
        writer.WriteList(record.ResolvedLinks, (w, r) =>
        {
            w.Write(r.Source);
            w.WriteOptional(r.Target.Url);
            w.WriteOptional(r.Target.ClosestSourcePath);
        });
        writer.WriteList(record.BodiesRead, (w, b) =>
        {
            w.Write(b.Source);
            w.Write(b.Hash);
        });
        writer.WriteOptional(record.BodyText);
        writer.WriteList(record.Headings, (w, heading) => w.Write(heading));
    }

    private static RenderedPageRecord ReadRecord(RecordReader reader) => new(
        Path: reader.ReadString(),
        Fingerprint: reader.ReadHash(),
        Length: reader.ReadInt32(),
        ContentHash: reader.ReadHash(),
        Findings: reader.ReadList(r => new BodyFinding(r.ReadInt32(), r.ReadInt32(), r.ReadEnum<Severity>(), Message.Restored(r.ReadString(), r.ReadString()))),
        Links: reader.ReadList(r => new BodyLink(r.ReadString(), r.ReadInt32(), r.ReadInt32())),
        Ids: reader.ReadList(r => r.ReadString()),
        ResolvedLinks: reader.ReadList(r => new ResolvedDocumentLink(r.ReadString(), new DocumentLinkTarget(r.ReadOptional(), r.ReadOptional()))),
        BodiesRead: reader.ReadList(r => new BodyRead(r.ReadString(), r.ReadHash())),
        BodyText: reader.ReadOptional(),
        Headings: reader.ReadList(r => r.ReadString()));
}
