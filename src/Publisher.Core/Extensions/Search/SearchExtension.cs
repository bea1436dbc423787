using System.Runtime.CompilerServices;
using Publisher.Core.Model;
using Publisher.Core.Pages;
using Publisher.Core.Theming;

namespace Publisher.Core.Extensions.Search;

/// <summary>
/// Search in Czech as people type it, on a static site: the page <c>/hledat/</c>, whose script searches an index
/// that the build writes as static files (<see cref="SearchIndex"/>) from every document's title, headings, facts
/// and text as they are rendered.
/// </summary>
public sealed class SearchExtension : SiteExtension
{
    public const string FeatureName = "search";
    public const string PageUrl = "/hledat/";

    /// <summary>Where the index is published: its files are fetched from here by the search script.</summary>
    public const string IndexFolder = "hledat/index";

    public override string Name => FeatureName;

    public override ThemeNeeds ThemeNeeds { get; } = new([new("search", SearchMessages.SearchPage)], ["nav.home", "search.title"]);

    public override IEnumerable<KeyValuePair<string, object>> Urls { get; } = [new("search", PageUrl)];

    // The index of each site being built, filled while its pages render: kept beside the model, not in it, because
    // the model is read-only from the moment pages are planned.
    private readonly ConditionalWeakTable<SiteModel, SearchIndex> _indexes = new();

    private SearchIndex IndexOf(SiteModel site) => _indexes.GetValue(site, s => new SearchIndex(s.Documents));

    public override IEnumerable<Page> Pages(SiteModel site, UiTexts texts)
    {
        yield return new Page(PageUrl, "search", texts.Get("search.title"),
            [new Breadcrumb(texts.Get("nav.home"), UrlScheme.Home), new Breadcrumb(texts.Get("search.title"), PageUrl)],
            new SearchPageView(
                site.Regions.Regions,
                [.. site.Index.Years.OrderDescending()],
                [.. DocumentTypes.All.Select(t => t.Key)],
                "/" + IndexFolder + "/"));
    }

    public override IEnumerable<OutputFolder> Folders(SiteModel site)
    {
        var index = IndexOf(site);
        yield return new OutputFolder(IndexFolder, SearchMessages.SearchIndex, folder => index.WriteTo(folder, site));
    }

    public override IEnumerable<PageFile> Rendered(RenderedPageText page)
    {
        // A document is found at its own page; another page that shows its body (a plan's, its latest version) is not listed again.
        if (!page.Page.IsDocumentsOwnPage || page.Page.Document is not { } document) yield break;
        var index = IndexOf(page.Site);
        if (index.NumberOf(document) is not { } number) yield break;
        var text = page.BodyText() ?? ReadOnlyMemory<char>.Empty;
        index.Add(number, Parts(document, page.BodyHeadings, text));
        yield return new PageFile($"{IndexFolder}/{SearchIndex.ResultFile(number)}", index.ResultOf(document, text));
    }

    private static IEnumerable<(ReadOnlyMemory<char>, int)> Parts(Document document, IReadOnlyList<string> headings, ReadOnlyMemory<char> text)
    {
        yield return (document.Title.AsMemory(), SearchIndex.TitleWeight);
        foreach (var heading in headings) yield return (heading.AsMemory(), SearchIndex.HeadingWeight);
        foreach (var tag in document.Tags) yield return (tag.Name.AsMemory(), SearchIndex.FactWeight);
        yield return (document.Region.Name.AsMemory(), SearchIndex.FactWeight);
        if (document.Group is { } group) yield return (group.Name.AsMemory(), SearchIndex.FactWeight);
        if (document.Place is { } place) yield return (place.AsMemory(), SearchIndex.FactWeight);
        foreach (var item in document.Agenda) yield return (item.AsMemory(), SearchIndex.HeadingWeight);
        var attendees = document.Attendees;
        foreach (var name in attendees.Present.Concat(attendees.Excused).Concat(attendees.Absent).Concat(attendees.Guests))
            yield return (name.AsMemory(), SearchIndex.TextWeight);
        foreach (var task in document.Tasks)
        {
            yield return (task.Task.AsMemory(), SearchIndex.TextWeight);
            if (task.Owner is { } owner) yield return (owner.AsMemory(), SearchIndex.TextWeight);
        }
        if (document.Author is { } author) yield return (author.AsMemory(), SearchIndex.TextWeight);
        yield return (text, SearchIndex.TextWeight);
    }
}

/// <summary>What the search page's form offers: regions, years and document types to filter by, and where the index is.</summary>
public sealed record SearchPageView(IReadOnlyList<Region> Regions, IReadOnlyList<int> Years, IReadOnlyList<string> Types, string IndexUrl);
