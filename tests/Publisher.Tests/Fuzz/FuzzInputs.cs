using System.Buffers;
using System.Globalization;
using System.Text;

namespace Publisher.Tests.Fuzz;

/// <summary>An input of a fuzz target. Its <c>ToString</c> is what a failure message shows.</summary>
public interface IFuzzInput
{
    /// <summary>Writes the whole input below <paramref name="pathWithoutExtension"/> and returns the path written.</summary>
    string Save(string pathWithoutExtension);
}

/// <summary>A file's bytes, as the loader reads them.</summary>
/// <param name="Origin">How the input was made, e.g. "mutated input/documents/…/x.md".</param>
public sealed record FuzzBytes(string Origin, byte[] Bytes) : IFuzzInput
{
    public string Save(string pathWithoutExtension)
    {
        var path = pathWithoutExtension + ".bin";
        File.WriteAllBytes(path, Bytes);
        return path;
    }

    public override string ToString() => $"{Origin}, {Bytes.Length} bytes:\n{Escaping.Preview(Escaping.Bytes(Bytes))}";
}

/// <summary>Text handed to a stage directly, so it may hold what no UTF-8 file can, such as an unpaired surrogate.</summary>
public sealed record FuzzText(string Origin, string Text) : IFuzzInput
{
    /// <summary>Saved escaped, because an unpaired surrogate would not survive being written as UTF-8.</summary>
    public string Save(string pathWithoutExtension)
    {
        var path = pathWithoutExtension + ".escaped.txt";
        File.WriteAllText(path, Escaping.Text(Text));
        return path;
    }

    public override string ToString() => $"{Origin}, {Text.Length} chars:\n{Escaping.Preview(Escaping.Text(Text))}";
}

/// <summary>Several documents built together.</summary>
/// <param name="BodiesOnly">Whether only the bodies were mutated, so the batch is meant to get through validation to rendering.</param>
public sealed record FuzzBatch(bool BodiesOnly, IReadOnlyList<FuzzBytes> Documents) : IFuzzInput
{
    public static string FileName(int index) => $"dokument-{index:000}.md";

    public string Save(string pathWithoutExtension)
    {
        Directory.CreateDirectory(pathWithoutExtension);
        for (var i = 0; i < Documents.Count; i++)
            File.WriteAllBytes(Path.Combine(pathWithoutExtension, FileName(i)), Documents[i].Bytes);
        return pathWithoutExtension;
    }

    public override string ToString() =>
        $"{Documents.Count} documents ({(BodiesOnly ? "bodies mutated" : "anything mutated")}): "
        + string.Join("; ", Documents.Select((d, i) => $"{FileName(i)} = {d.Origin}"));
}

/// <summary>
/// Shows inputs in failure messages without letting control characters, direction overrides or broken
/// encodings garble the test output: everything unusual becomes a C#-style escape, line breaks stay visible.
/// </summary>
public static class Escaping
{
    private const int PreviewLength = 3000;

    /// <summary>A C# string literal body: <c>\n</c> is followed by a real line break so the text keeps its shape.</summary>
    public static string Text(string text)
    {
        var escaped = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            switch (c)
            {
                case '\n': escaped.Append("\\n\n"); break;
                case '\r': escaped.Append("\\r"); break;
                case '\t': escaped.Append("\\t"); break;
                case '\\': escaped.Append("\\\\"); break;
                case '"': escaped.Append("\\\""); break;
                default:
                    if (IsShownAsIs(c)) escaped.Append(c);
                    else escaped.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    break;
            }
        }
        return escaped.ToString();
    }

    /// <summary>Bytes as text, with each byte that is not part of valid UTF-8 shown as <c>\xNN</c>.</summary>
    public static string Bytes(ReadOnlySpan<byte> bytes)
    {
        var text = new StringBuilder(bytes.Length + 16);
        while (!bytes.IsEmpty)
        {
            if (Rune.DecodeFromUtf8(bytes, out var rune, out var consumed) == OperationStatus.Done)
            {
                text.Append(Text(rune.ToString()));
                bytes = bytes[consumed..];
            }
            else
            {
                text.Append("\\x").Append(bytes[0].ToString("X2", CultureInfo.InvariantCulture));
                bytes = bytes[1..];
            }
        }
        return text.ToString();
    }

    public static string Preview(string escaped) =>
        escaped.Length <= PreviewLength ? escaped : $"{escaped[..PreviewLength]}… ({escaped.Length - PreviewLength} more characters)";

    private static bool IsShownAsIs(char c) =>
        !char.IsSurrogate(c) && CharUnicodeInfo.GetUnicodeCategory(c) is not
            (UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator
             or UnicodeCategory.ParagraphSeparator or UnicodeCategory.OtherNotAssigned or UnicodeCategory.PrivateUse);
}
