using System.Buffers;
using System.Security.Cryptography;
using Microsoft.Win32.SafeHandles;

namespace Publisher.Core.Sink;

/// <summary>
/// A new file written through a stream, hashed with SHA-256 on its way to the disk. What is written is gathered in a
/// pooled block and hashed and written a block at a time: the build writes thousands of such files (the search
/// index's shards, feeds, calendars), and a file stream, a hashing stream and a buffer of their own for each would be
/// allocated anew for every one, with each line a writer writes hashed on its own.
/// </summary>
internal sealed class HashingFileWriter : Stream
{
    private const int BlockSize = 64 * 1024;

    private readonly SafeFileHandle _file;
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private byte[]? _block = ArrayPool<byte>.Shared.Rent(BlockSize);
    private int _gathered;
    private long _written;

    public HashingFileWriter(string path)
    {
        _file = File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write);
    }

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => _written + _gathered;

    public override long Position
    {
        get => Length;
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        var block = _block ?? throw new ObjectDisposedException(nameof(HashingFileWriter));
        while (buffer.Length > 0)
        {
            var taken = Math.Min(buffer.Length, block.Length - _gathered);
            buffer[..taken].CopyTo(block.AsSpan(_gathered));
            _gathered += taken;
            buffer = buffer[taken..];
            if (_gathered == block.Length) WriteBlock();
        }
    }

    public override void WriteByte(byte value) => Write([value]);

    /// <summary>
    /// Does nothing: what is gathered is written when a block is full and by <see cref="Finish"/>, the only point at
    /// which the file's content is complete. Writers flush often (JsonSerializer after every value it serialises into
    /// a Utf8JsonWriter), and each flush written through would be a call into the kernel for a few bytes.
    /// </summary>
    public override void Flush() { }

    /// <summary>Writes what is left and gives the file's size and SHA-256 hash.</summary>
    public (long Size, byte[] Sha256) Finish()
    {
        if (_gathered > 0) WriteBlock();
        return (_written, _hash.GetHashAndReset());
    }

    private void WriteBlock()
    {
        var gathered = _block.AsSpan(0, _gathered);
        _hash.AppendData(gathered);
        RandomAccess.Write(_file, gathered, _written);
        _written += _gathered;
        _gathered = 0;
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing && _block is { } block)
        {
            _block = null;
            ArrayPool<byte>.Shared.Return(block);
            _hash.Dispose();
            _file.Dispose();
        }
        base.Dispose(disposing);
    }
}
