using System.Text;

namespace Publisher.Core.Records;

/// <summary>Writes the values of a record for <see cref="RecordReader"/>: little-endian numbers, texts as UTF-8 after their length.</summary>
public sealed class RecordWriter(BinaryWriter writer)
{
    public void Write(byte value) => writer.Write(value);

    public void Write(bool value) => writer.Write(value);

    public void Write(int value) => writer.Write(value);

    public void Write(long value) => writer.Write(value);

    public void Write(string text) => writer.Write(text);

    public void Write(UInt128 value)
    {
        writer.Write((ulong)(value >> 64));
        writer.Write((ulong)value);
    }

    public void WriteOptional(string? text)
    {
        writer.Write(text is not null);
        if (text is not null) writer.Write(text);
    }

    public void WriteOptional<T>(T? value, Action<RecordWriter, T> write) where T : struct
    {
        writer.Write(value is not null);
        if (value is { } present) write(this, present);
    }

    public void WriteList<T>(IReadOnlyList<T> items, Action<RecordWriter, T> write)
    {
        writer.Write(items.Count);
        foreach (var item in items) write(this, item);
    }

    /// <summary>A value of an enumeration whose numbers fit in a byte.</summary>
    public void WriteEnum<TEnum>(TEnum value) where TEnum : struct, Enum => writer.Write(Convert.ToByte(value));

    internal static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
}
