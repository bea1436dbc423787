using Publisher.Core.Model;
using Publisher.Core.Pages;
using Publisher.Core.Render.Markdown;
using Publisher.Core.Render.Templates;
using Publisher.Core.Theming;

namespace Publisher.Core.Extensions.Guide;

/// <summary>
/// "Jak publikovat": the editors' guide (<c>docs/jak-publikovat.md</c>), published by every site at
/// <c>/jak-publikovat/</c>. The guide is compiled into the program, so the build reads no folder but the input and
/// the theme, and a site always shows the guide of the program that built it.
/// </summary>
public sealed class GuideExtension : SiteExtension
{
    public const string PageUrl = "/jak-publikovat/";
    private const string ResourceName = "Publisher.Core.Guide.jak-publikovat.md";

    private static readonly Lazy<(string Title, string Html)> Guide = new(Read);

    public override string Name => "guide";

    public override ThemeNeeds ThemeNeeds { get; } = new([new("guide", GuideMessages.GuidePage)], ["nav.home"]);

    public override IEnumerable<KeyValuePair<string, object>> Urls { get; } = [new("guide", PageUrl)];

    public override IEnumerable<Page> Pages(SiteModel site, UiTexts texts)
    {
        var (title, html) = Guide.Value;
        yield return new Page(PageUrl, "guide", title,
            [new Breadcrumb(texts.Get("nav.home"), UrlScheme.Home), new Breadcrumb(title, PageUrl)],
            new GuideView(new RawHtml(html)));
    }

    /// <summary>The guide's title, from its first line ("# Jak publikovat …"), and the rest as HTML.</summary>
    private static (string Title, string Html) Read()
    {
        using var stream = typeof(GuideExtension).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"the program was built without its guide ({ResourceName})");
        var text = new StreamReader(stream).ReadToEnd().Replace("\r\n", "\n");
        var firstLineEnd = text.IndexOf('\n');
        var title = text[..firstLineEnd].TrimStart('#', ' ');
        return (title, MarkdownRenderer.Core.Render(text[(firstLineEnd + 1)..]).Html);
    }
}

/// <summary>What the guide's layout shows: the guide's text, rendered from Markdown.</summary>
public sealed record GuideView(RawHtml Body);
