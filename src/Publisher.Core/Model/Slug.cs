using System.Globalization;
using System.Text;

namespace Publisher.Core.Model;

/// <summary>Lower-case ASCII URL segments from Czech text: "Žatec" → "zatec", "Děti, mládež a rodina" → "deti-mladez-a-rodina".</summary>
public static class Slug
{
    public const int MaxLength = 60;

    public static string From(string text, int maxLength = MaxLength)
    {
        var builder = new StringBuilder(text.Length);
        var pendingDash = false;
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            var lower = char.ToLowerInvariant(c);
            if (lower is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                if (pendingDash && builder.Length > 0) builder.Append('-');
                builder.Append(lower);
                pendingDash = false;
            }
            else
            {
                pendingDash = true;
            }
        }
        var slug = builder.ToString();
        if (slug.Length <= maxLength) return slug;
        var cut = slug.LastIndexOf('-', maxLength);
        return cut > maxLength / 2 ? slug[..cut] : slug[..maxLength].TrimEnd('-');
    }

    /// <summary>The longest id an editor may give.</summary>
    public const int MaxIdLength = 100;

    /// <summary>Whether an editor-given id is already a clean slug (and so safe as a path segment).</summary>
    public static bool IsValid(string id) =>
        id.Length is > 0 and <= MaxIdLength && From(id, int.MaxValue) == id;

    /// <summary>Whether <see cref="From(string, int)"/> cuts the slug of <paramref name="text"/> at <see cref="MaxLength"/>.</summary>
    public static bool IsCut(string text) => From(text).Length < From(text, int.MaxValue).Length;
}
