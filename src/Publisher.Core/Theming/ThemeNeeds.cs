using Publisher.Core.Diagnostics;

namespace Publisher.Core.Theming;

/// <summary>A layout that pages are rendered with.</summary>
/// <param name="Name">File name in the theme's <c>layouts</c> folder, without <c>.html</c>.</param>
/// <param name="Pages">
/// Which pages use it, for the message when the theme lacks it (<see cref="ThemingMessages.LayoutMissing"/>): a noun
/// phrase, in Czech in the nominative, e.g. "plan pages", "stránky plánů".
/// </param>
public sealed record LayoutUse(string Name, Message Pages);

/// <summary>
/// What one part of the build needs from the theme: the layouts of the pages it lists and the UI texts its own code
/// reads (page titles, breadcrumbs). The core pages and every extension state theirs, and the theme is checked
/// against all of them when it loads, so a theme that lacks one fails with a located error before anything renders.
/// </summary>
/// <param name="TextKeys">Dotted <c>texts.yml</c> keys read with <see cref="UiTexts.Get"/> or <see cref="UiTexts.Format"/>.</param>
public sealed record ThemeNeeds(IReadOnlyList<LayoutUse> Layouts, IReadOnlyList<string> TextKeys)
{
    public static ThemeNeeds None { get; } = new([], []);

    public static ThemeNeeds Combine(IEnumerable<ThemeNeeds> parts)
    {
        var all = parts.ToList();
        return new ThemeNeeds(
            all.SelectMany(n => n.Layouts).ToList(),
            all.SelectMany(n => n.TextKeys).Distinct(StringComparer.Ordinal).ToList());
    }
}
