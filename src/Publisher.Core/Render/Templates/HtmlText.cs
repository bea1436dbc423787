using System.Text;

namespace Publisher.Core.Render.Templates;

/// <summary>Encodes text for HTML element content and double- or single-quoted attribute values.</summary>
public static class HtmlText
{
    private const string Special = "&<>\"'";

    public static string Encode(string text)
    {
        if (text.AsSpan().IndexOfAny(Special) < 0) return text;
        var builder = new StringBuilder(text.Length + 16);
        AppendEncoded(builder, text);
        return builder.ToString();
    }

    /// <summary>Appends <paramref name="text"/> encoded, copying the runs between special characters as they are.</summary>
    public static void AppendEncoded(StringBuilder output, string text)
    {
        var rest = text.AsSpan();
        int index;
        while ((index = rest.IndexOfAny(Special)) >= 0)
        {
            output.Append(rest[..index]);
            output.Append(rest[index] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                _ => "&#39;",
            });
            rest = rest[(index + 1)..];
        }
        output.Append(rest);
    }
}
