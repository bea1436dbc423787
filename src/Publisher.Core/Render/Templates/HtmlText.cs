using System.Text;

namespace Publisher.Core.Render.Templates;

/// <summary>Encodes text for HTML element content and double- or single-quoted attribute values.</summary>
public static class HtmlText
{
    public static string Encode(string text)
    {
        var index = text.AsSpan().IndexOfAny("&<>\"'");
        if (index < 0) return text;
        var builder = new StringBuilder(text.Length + 16);
        builder.Append(text, 0, index);
        for (var i = index; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '"': builder.Append("&quot;"); break;
                case '\'': builder.Append("&#39;"); break;
                default: builder.Append(text[i]); break;
            }
        }
        return builder.ToString();
    }
}
