using System.IO.Hashing;

namespace Publisher.Core.Records;

/// <summary>
/// The frame of a record the tool keeps for its next build: a first line that names what it is, the values, and an
/// XxHash128 hash of all of it at the end, so that a file cut short or changed is noticed and never trusted.
/// </summary>
public static class RecordFile
{
    private const int HashLength = 16;

    /// <summary>Writes a record that starts with <paramref name="magic"/>.</summary>
    /// <param name="folder">How messages name the input folder; see <see cref="RecordWriter"/>.</param>
    public static void Write(Stream stream, ReadOnlySpan<byte> magic, Action<RecordWriter> write, string folder = "")
    {
        var hash = new XxHash128();
        using var hashing = new HashingStream(stream, hash);
        using (var writer = new BinaryWriter(hashing, RecordWriter.Utf8, leaveOpen: true))
        {
            writer.Write(magic);
            write(new RecordWriter(writer, folder));
        }
        stream.Write(hash.GetCurrentHash());
    }

    /// <summary>
    /// A reader of the values of the record in <paramref name="bytes"/>; null when they are not a whole record that starts
    /// with <paramref name="magic"/>.
    /// </summary>
    /// <param name="folder">How messages name the input folder; see <see cref="RecordReader"/>.</param>
    public static RecordReader? Open(ReadOnlySpan<byte> bytes, ReadOnlySpan<byte> magic, string folder = "")
    {
        if (bytes.Length < magic.Length + HashLength || !bytes.StartsWith(magic)) return null;
        var content = bytes[..^HashLength];
        if (!XxHash128.Hash(content).AsSpan().SequenceEqual(bytes[^HashLength..])) return null;
        return new RecordReader(content.ToArray(), magic.Length, folder);
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
