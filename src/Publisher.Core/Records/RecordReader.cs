using System.Buffers.Binary;
using System.Text;
using Publisher.Core.Diagnostics;

namespace Publisher.Core.Records;

/// <summary>
/// Reads what <see cref="RecordWriter"/> wrote, from an array: texts are decoded from their bytes at once, where
/// <see cref="BinaryReader"/> decodes a long text in small pieces. Anything that does not fit (reading past the end, a
/// count no file of this size could hold, bytes that are not UTF-8) is a damaged file: a <see cref="FormatException"/>.
/// </summary>
/// <param name="folder">How messages name the input folder now: a place written relative to it is read as in it.</param>
public sealed class RecordReader(byte[] bytes, int start, string folder = "")
{
    // Invalid bytes are a damaged file, never text with replacement characters in it.
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private int _position = start;

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

    public long ReadInt64() => BinaryPrimitives.ReadInt64LittleEndian(Take(sizeof(long)));

    public UInt128 ReadHash()
    {
        var upper = ReadUInt64();
        return new UInt128(upper, ReadUInt64());
    }

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
        try
        {
            return Strict.GetString(Take(length));
        }
        catch (DecoderFallbackException e)
        {
            throw new FormatException("a text that is not UTF-8", e);
        }
    }

    /// <summary>A place written with <see cref="RecordWriter.Write(SourcePosition)"/>.</summary>
    public SourcePosition ReadPosition()
    {
        var inFolder = ReadBoolean();
        var file = ReadString();
        return new SourcePosition(inFolder && folder.Length > 0 ? $"{folder}/{file}" : file, ReadInt32(), ReadInt32());
    }

    public string? ReadOptional() => ReadBoolean() ? ReadString() : null;

    /// <summary>A value written with <see cref="RecordWriter.WriteOptional{T}(T?, Action{RecordWriter, T})"/>.</summary>
    public T? ReadOptional<T>(Func<RecordReader, T> read) where T : struct => ReadBoolean() ? read(this) : null;

    public IReadOnlyList<T> ReadList<T>(Func<RecordReader, T> read)
    {
        var count = ReadInt32();
        // A count no file of this size could hold is a damaged file, not a list to allocate.
        if (count < 0 || count > Remaining) throw new FormatException($"a list of {count} items");
        if (count == 0) return [];
        var items = new T[count];
        for (var i = 0; i < count; i++) items[i] = read(this);
        return items;
    }

    /// <summary>A value of an enumeration written as its number; a number it does not name is a damaged file.</summary>
    public TEnum ReadEnum<TEnum>() where TEnum : struct, Enum
    {
        var number = ReadByte();
        var value = (TEnum)Enum.ToObject(typeof(TEnum), number);
        return Enum.IsDefined(value) ? value : throw new FormatException($"no {typeof(TEnum).Name} {number}");
    }

    private ReadOnlySpan<byte> Take(int count)
    {
        if (count < 0 || count > Remaining) throw new FormatException($"{count} bytes past the end");
        var taken = bytes.AsSpan(_position, count);
        _position += count;
        return taken;
    }
}
