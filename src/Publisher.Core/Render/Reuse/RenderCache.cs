using System.Buffers.Binary;
using System.IO.Hashing;
using System.Text;
using Publisher.Core.Diagnostics;
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

    // Invalid bytes are a damaged file, never text with replacement characters in it.
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly byte[] Magic = "Publisher render cache 2\n"u8.ToArray();
    private const int HashLength = 16;

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
    public void WriteTo(Stream stream)
    {
        var hash = new XxHash128();
        using var hashing = new HashingStream(stream, hash);
        using (var writer = new BinaryWriter(hashing, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Magic);
            Write(writer, Stamp);
            writer.Write(_pages.Count);
            foreach (var record in _pages.Values.OrderBy(r => r.Path, StringComparer.Ordinal))
                Write(writer, record);
        }
        stream.Write(hash.GetCurrentHash());
    }

    /// <summary>The cache in <paramref name="bytes"/>; null when the bytes are not a whole cache written by this tool.</summary>
    public static RenderCache? Read(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < Magic.Length + HashLength || !bytes.StartsWith(Magic)) return null;
        var content = bytes[..^HashLength];
        if (!XxHash128.Hash(content).AsSpan().SequenceEqual(bytes[^HashLength..])) return null;
        var reader = new CacheReader(content[Magic.Length..].ToArray());
        try
        {
            var stamp = ReadHash(reader);
            var count = reader.ReadInt32();
            var pages = new Dictionary<string, RenderedPageRecord>(Math.Min(count, reader.Remaining), StringComparer.Ordinal);
            for (var i = 0; i < count; i++)
            {
                var record = ReadRecord(reader);
                pages[record.Path] = record;
            }
            return reader.Remaining == 0 ? new RenderCache(stamp, pages) : null;
        }
        catch (Exception e) when (e is FormatException or DecoderFallbackException)
        {
            return null;
        }
    }

    private static void Write(BinaryWriter writer, RenderedPageRecord record)
    {
        writer.Write(record.Path);
        Write(writer, record.Fingerprint);
        writer.Write(record.Length);
        Write(writer, record.ContentHash);
        WriteList(writer, record.Findings, (w, f) =>
        {
            w.Write(f.Line);
            w.Write(f.Column);
            w.Write((byte)f.Severity);
            w.Write(f.Message.English);
            w.Write(f.Message.Czech);
        });
        WriteList(writer, record.Links, (w, l) =>
        {
            w.Write(l.Url);
            w.Write(l.Line);
            w.Write(l.Column);
        });
        WriteList(writer, record.Ids, (w, id) => w.Write(id));
        WriteList(writer, record.ResolvedLinks, (w, r) =>
        {
            w.Write(r.Source);
            WriteOptional(w, r.Target.Url);
            WriteOptional(w, r.Target.ClosestSourcePath);
        });
        WriteList(writer, record.BodiesRead, (w, b) =>
        {
            w.Write(b.Source);
            Write(w, b.Hash);
        });
        WriteOptional(writer, record.BodyText);
        WriteList(writer, record.Headings, (w, heading) => w.Write(heading));
    }

    private static RenderedPageRecord ReadRecord(CacheReader reader) => new(
        Path: reader.ReadString(),
        Fingerprint: ReadHash(reader),
        Length: reader.ReadInt32(),
        ContentHash: ReadHash(reader),
        Findings: ReadList(reader, r => new BodyFinding(r.ReadInt32(), r.ReadInt32(), SeverityOf(r.ReadByte()), Message.Restored(r.ReadString(), r.ReadString()))),
        Links: ReadList(reader, r => new BodyLink(r.ReadString(), r.ReadInt32(), r.ReadInt32())),
        Ids: ReadList(reader, r => r.ReadString()),
        ResolvedLinks: ReadList(reader, r => new ResolvedDocumentLink(r.ReadString(), new DocumentLinkTarget(ReadOptional(r), ReadOptional(r)))),
        BodiesRead: ReadList(reader, r => new BodyRead(r.ReadString(), ReadHash(r))),
        BodyText: ReadOptional(reader),
        Headings: ReadList(reader, r => r.ReadString()));

    private static Severity SeverityOf(byte value) =>
        Enum.IsDefined((Severity)value) ? (Severity)value : throw new FormatException($"no severity {value}");

    private static void WriteList<T>(BinaryWriter writer, IReadOnlyList<T> items, Action<BinaryWriter, T> write)
    {
        writer.Write(items.Count);
        foreach (var item in items) write(writer, item);
    }

    private static IReadOnlyList<T> ReadList<T>(CacheReader reader, Func<CacheReader, T> read)
    {
        var count = reader.ReadInt32();
        // A count no file of this size could hold is a damaged file, not a list to allocate.
        if (count < 0 || count > reader.Remaining) throw new FormatException($"a list of {count} items");
        if (count == 0) return [];
        var items = new T[count];
        for (var i = 0; i < count; i++) items[i] = read(reader);
        return items;
    }

    private static void WriteOptional(BinaryWriter writer, string? text)
    {
        writer.Write(text is not null);
        if (text is not null) writer.Write(text);
    }

    private static string? ReadOptional(CacheReader reader) => reader.ReadBoolean() ? reader.ReadString() : null;

    private static void Write(BinaryWriter writer, UInt128 value)
    {
        writer.Write((ulong)(value >> 64));
        writer.Write((ulong)value);
    }

    private static UInt128 ReadHash(CacheReader reader)
    {
        var upper = reader.ReadUInt64();
        return new UInt128(upper, reader.ReadUInt64());
    }

    /// <summary>
    /// Reads what <see cref="BinaryWriter"/> wrote, from an array: texts are decoded from their bytes at once, where
    /// <see cref="BinaryReader"/> decodes a long text in small pieces. Reading past the end is a damaged file.
    /// </summary>
    private sealed class CacheReader(byte[] bytes)
    {
        private int _position;

        public int Remaining => bytes.Length - _position;

        public byte ReadByte() => Take(1)[0];

        public bool ReadBoolean() => ReadByte() switch
        {
            0 => false,
            1 => true,
            var other => throw new FormatException($"no boolean {other}"),
        };

        public int ReadInt32() => BinaryPrimitives.ReadInt32LittleEndian(Take(sizeof(int)));

        public ulong ReadUInt64() => BinaryPrimitives.ReadUInt64LittleEndian(Take(sizeof(ulong)));

        public string ReadString()
        {
            // The length in bytes, seven bits a byte, lowest first, as BinaryWriter writes it.
            var length = 0;
            for (var shift = 0; ; shift += 7)
            {
                if (shift > 28) throw new FormatException("a text length of more than five bytes");
                var part = ReadByte();
                length |= (part & 0x7F) << shift;
                if (part < 0x80) break;
            }
            return Strict.GetString(Take(length));
        }

        private ReadOnlySpan<byte> Take(int count)
        {
            if (count < 0 || count > Remaining) throw new FormatException($"{count} bytes past the end");
            var taken = bytes.AsSpan(_position, count);
            _position += count;
            return taken;
        }
    }

    /// <summary>Passes what is written on to the stream and hashes it on the way.</summary>
    private sealed class HashingStream(Stream inner, XxHash128 hash) : Stream
    {
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() => inner.Flush();
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            hash.Append(buffer);
            inner.Write(buffer);
        }

        protected override void Dispose(bool disposing) { }
    }
}
