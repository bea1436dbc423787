using System.Text.RegularExpressions;
using Scriban.Runtime;

namespace Publisher.Core.Theming;

/// <summary>
/// Read access to the theme's <c>texts.yml</c> for the few labels composed outside templates
/// (page titles, breadcrumbs), so that every Czech word of the interface still lives in the theme.
/// </summary>
public sealed partial class UiTexts(ScriptObject texts)
{
    public string Get(string dottedKey)
    {
        object? current = texts;
        foreach (var part in dottedKey.Split('.'))
        {
            current = current is ScriptObject obj && obj.TryGetValue(part, out var next) ? next : null;
        }
        return current as string
            ?? throw new InvalidOperationException($"the theme's {Theme.TextsFile} has no text '{dottedKey}'");
    }

    /// <summary>A text with <c>{name}</c> placeholders filled in, e.g. "Rok {year}".</summary>
    public string Format(string dottedKey, params (string Name, object? Value)[] values) => Fill(Get(dottedKey), values);

    /// <summary>
    /// Fills a text's <c>{name}</c> placeholders, the one way texts are filled, in code and in templates (<c>fill</c>).
    /// One pass, so a placeholder-like "{year}" inside an inserted name stays as it is.
    /// </summary>
    public static string Fill(string text, params (string Name, object? Value)[] values) =>
        Placeholder().Replace(text, match =>
            values.FirstOrDefault(v => v.Name == match.Groups[1].Value) is { Name: not null } found
                ? Convert.ToString(found.Value, Czech.CzechCulture.Culture) ?? string.Empty
                : match.Value);

    [GeneratedRegex(@"\{([a-z_]+)\}")]
    private static partial Regex Placeholder();
}
