using Scriban.Runtime;

namespace Publisher.Core.Theming;

/// <summary>
/// Read access to the theme's <c>texts.yml</c> for the few labels composed outside templates
/// (page titles, breadcrumbs), so that every Czech word of the interface still lives in the theme.
/// </summary>
public sealed class UiTexts(ScriptObject texts)
{
    // The texts never change once the theme is read, and the same few are asked for on every page.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> _found = new(StringComparer.Ordinal);

    public string Get(string dottedKey) => _found.TryGetValue(dottedKey, out var text) ? text : _found[dottedKey] = Find(dottedKey);

    private string Find(string dottedKey)
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
    public static string Fill(string text, params (string Name, object? Value)[] values)
    {
        var rest = text.AsSpan();
        var open = rest.IndexOf('{');
        if (open < 0) return text;
        var filled = new System.Text.StringBuilder(text.Length + 32);
        while (open >= 0)
        {
            // A placeholder is '{', one or more of a-z and '_', then '}'; anything else is text, kept as it is.
            var nameLength = rest[(open + 1)..].IndexOfAnyExcept(PlaceholderName);
            var name = nameLength > 0 && rest[open + 1 + nameLength] == '}' ? rest.Slice(open + 1, nameLength) : default;
            var value = name.IsEmpty ? -1 : IndexOf(values, name);
            if (value < 0)
            {
                filled.Append(rest[..(open + 1)]);
                rest = rest[(open + 1)..];
            }
            else
            {
                filled.Append(rest[..open]).Append(Convert.ToString(values[value].Value, Czech.CzechCulture.Culture));
                rest = rest[(open + nameLength + 2)..];
            }
            open = rest.IndexOf('{');
        }
        return filled.Append(rest).ToString();
    }

    private static int IndexOf((string Name, object? Value)[] values, ReadOnlySpan<char> name)
    {
        for (var i = 0; i < values.Length; i++)
        {
            if (name.SequenceEqual(values[i].Name)) return i;
        }
        return -1;
    }

    private static readonly System.Buffers.SearchValues<char> PlaceholderName = System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyz_");
}
