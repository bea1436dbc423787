using System.Text;
using Publisher.Core.Diagnostics;

namespace Publisher.Core.Records;

/// <summary>Writes the values of a record for <see cref="RecordReader"/>: little-endian numbers, texts as UTF-8 after their length.</summary>
/// <param name="folder">How messages name the input folder (e.g. <c>input</c>): places in it are written relative to it
/// (<see cref="Write(SourcePosition)"/>), so that the record does not depend on where the build was started.</param>
public sealed class RecordWriter(BinaryWriter writer, string folder = "")
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

    /// <summary>A place in an input file, its file relative to the input folder when it lies in it.</summary>
    public void Write(SourcePosition position)
    {
        var inFolder = folder.Length > 0 && position.File.StartsWith(folder + "/", StringComparison.Ordinal);
        writer.Write(inFolder);
        writer.Write(inFolder ? position.File[(folder.Length + 1)..] : position.File);
        writer.Write(position.Line);
        writer.Write(position.Column);
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
