using Publisher.Core.Model;
using Publisher.Core.Theming;

namespace Publisher.Core.Pages;

/// <summary>
/// The core pages of the site: home, regions, working groups, years, tags, types, documents and 404.
/// Every list comes from the model's indexes; nothing here scans all documents per page.
/// </summary>
public sealed class SitePages(SiteModel site, UiTexts texts)
{
    private const int LatestCount = 10;

    private SiteIndex Index => site.Index;

    /// <summary>The layouts of the pages listed here and the texts this class reads for their titles and breadcrumbs.</summary>
    public static ThemeNeeds ThemeNeeds { get; } = new(
        [
            new("home", PagesMessages.HomePage),
            new("regions", PagesMessages.RegionList),
            new("region", PagesMessages.RegionPages),
            new("region-year", PagesMessages.RegionYearPages),
            new("group", PagesMessages.GroupPages),
            new("group-year", PagesMessages.GroupYearPages),
            new("years", PagesMessages.YearList),
            new("tags", PagesMessages.TopicList),
            new("listing", PagesMessages.DocumentLists),
            new("document", PagesMessages.DocumentPages),
            new("404", PagesMessages.NotFoundPage),
            new("accessibility", PagesMessages.AccessibilityStatement),
        ],
        [
            "nav.home", "pages.regions.title", "pages.region_year.title", "pages.group_year.title", "pages.years.title",
            "pages.year.title", "pages.tags.title", "pages.tag.title", "pages.paged", "pages.not_found.title",
            "pages.accessibility.title", .. DocumentTypes.All.Select(type => $"types.{type.Key}.plural"),
        ]);

    public IEnumerable<Page> All()
    {
        yield return Home();
        yield return RegionIndex();
        foreach (var region in site.Regions.Regions)
        {
            yield return RegionPage(region);
            foreach (var year in YearsOf(Index.OfRegion(region)))
                yield return RegionYearPage(region, year.Key, year.ToList());
            foreach (var group in region.Groups)
            {
                var documents = Index.OfGroup(group);
                foreach (var page in GroupPages(region, group, documents))
                    yield return page;
                foreach (var year in YearsOf(documents))
                    yield return GroupYearPage(region, group, year.Key, year.ToList());
            }
        }
        yield return YearIndex();
        foreach (var year in Index.Years)
            foreach (var page in Paginated(UrlScheme.Year(year), texts.Format("pages.year.title", ("year", year)), Index.ByYear[year],
                         [Crumb("pages.years.title", UrlScheme.YearIndex)]))
                yield return page;
        yield return TagIndex();
        foreach (var listing in Index.Tags)
            foreach (var page in Paginated(listing.Tag.Url, texts.Format("pages.tag.title", ("tag", listing.Tag.Name)), listing.Documents,
                         [Crumb("pages.tags.title", UrlScheme.TagIndex)]))
                yield return page;
        foreach (var type in Enum.GetValues<DocumentType>())
        {
            foreach (var page in Paginated(UrlScheme.Type(type), texts.Get($"types.{DocumentTypes.Of(type).Key}.plural"), Index.OfType(type), []))
                yield return page;
        }
        foreach (var document in site.Documents)
            yield return DocumentPage(document);
        yield return NotFound();
        if (site.Settings.Accessibility is { } statement)
            yield return AccessibilityStatement(statement);
    }

    private Page Home() =>
        new(UrlScheme.Home, "home", site.Settings.Title, [HomeCrumb], new HomeView(
            RegionSummaries(),
            site.Documents.Take(LatestCount).ToList(),
            Index.Announcements.Take(LatestCount).ToList(),
            YearLinks(),
            site.Documents.Count), site.Settings.Description);

    private Page RegionIndex() =>
        new(UrlScheme.RegionIndex, "regions", texts.Get("pages.regions.title"), [HomeCrumb, Crumb("pages.regions.title", UrlScheme.RegionIndex)],
            new RegionIndexView(RegionSummaries()));

    private Page RegionPage(Region region)
    {
        var documents = Index.OfRegion(region);
        var groups = region.Groups
            .Select(g => new GroupSummary(g, Index.OfGroup(g).Count, Index.OfGroup(g).FirstOrDefault()))
            .ToList();
        var years = YearsOf(documents).Select(y => new YearLink(y.Key, UrlScheme.RegionYear(region.Id, y.Key), y.Count())).ToList();
        return new Page(region.Url, "region", region.Name, [HomeCrumb, RegionsCrumb, new(region.Name, region.Url)],
            new RegionView(region, groups, years, documents.Take(LatestCount).ToList(), documents.Count))
        {
            Claim = new RegionClaim(region),
        };
    }

    private Page RegionYearPage(Region region, int year, IReadOnlyList<Document> documents)
    {
        var url = UrlScheme.RegionYear(region.Id, year);
        return new Page(url, "region-year", texts.Format("pages.region_year.title", ("region", region.Name), ("year", year)),
            [HomeCrumb, RegionsCrumb, new(region.Name, region.Url), new(year.ToString(), url)],
            new RegionYearView(region, year, documents))
        {
            Claim = new RegionClaim(region),
        };
    }

    /// <summary>A working group's documents, newest first under the headings of their years, in pages of <see cref="Paginator.PageSize"/>.</summary>
    private IEnumerable<Page> GroupPages(Region region, WorkingGroup group, IReadOnlyList<Document> documents)
    {
        foreach (var (slice, pagination) in Paginator.Pages(group.Url, documents))
        {
            var years = YearsOf(slice)
                .Select(y => new YearSection(y.Key, UrlScheme.GroupYear(region.Id, group.Id, y.Key), y.ToList()))
                .ToList();
            var (title, crumbs) = PagedTitle(group.Name, group.Url, pagination, [HomeCrumb, RegionsCrumb, new(region.Name, region.Url)]);
            yield return new Page(UrlScheme.Paged(group.Url, pagination.Number), "group", title, crumbs,
                new GroupView(region, group, years, documents.Count, pagination))
            {
                Claim = new RegionClaim(region),
            };
        }
    }

    private Page GroupYearPage(Region region, WorkingGroup group, int year, IReadOnlyList<Document> documents)
    {
        var url = UrlScheme.GroupYear(region.Id, group.Id, year);
        return new Page(url, "group-year", texts.Format("pages.group_year.title", ("group", group.Name), ("year", year)),
            [HomeCrumb, RegionsCrumb, new(region.Name, region.Url), new(group.Name, group.Url), new(year.ToString(), url)],
            new GroupYearView(region, group, year, documents))
        {
            Claim = new RegionClaim(region),
        };
    }

    private Page YearIndex() =>
        new(UrlScheme.YearIndex, "years", texts.Get("pages.years.title"), [HomeCrumb, Crumb("pages.years.title", UrlScheme.YearIndex)],
            new YearIndexView(YearLinks()));

    private Page TagIndex() =>
        new(UrlScheme.TagIndex, "tags", texts.Get("pages.tags.title"), [HomeCrumb, Crumb("pages.tags.title", UrlScheme.TagIndex)],
            new TagIndexView(Index.Tags.Select(t => new TagSummary(t.Tag, t.Documents.Count)).ToList()));

    private Page DocumentPage(Document document)
    {
        var crumbs = new List<Breadcrumb> { HomeCrumb, RegionsCrumb, new(document.Region.Name, document.Region.Url) };
        if (document.Group is { } group)
        {
            crumbs.Add(new(group.Name, group.Url));
            crumbs.Add(new(document.Date.Year.ToString(), UrlScheme.GroupYear(document.Region.Id, group.Id, document.Date.Year)));
        }
        else
        {
            crumbs.Add(new(document.Date.Year.ToString(), UrlScheme.RegionYear(document.Region.Id, document.Date.Year)));
        }
        crumbs.Add(new(document.Title, document.Url));
        return new Page(document.Url, "document", document.Title, crumbs,
            new DocumentView(document, Index.NeighboursOf(document)), document.Summary, Document: document)
        {
            Claim = new DocumentClaim(document),
        };
    }

    private Page NotFound() =>
        new(UrlScheme.NotFound, "404", texts.Get("pages.not_found.title"), [HomeCrumb, Crumb("pages.not_found.title", UrlScheme.NotFound)], new NotFoundView(RegionSummaries()))
        {
            Indexable = false,
        };

    private Page AccessibilityStatement(AccessibilityStatement statement) =>
        new(UrlScheme.AccessibilityStatement, "accessibility", texts.Get("pages.accessibility.title"),
            [HomeCrumb, Crumb("pages.accessibility.title", UrlScheme.AccessibilityStatement)], statement);

    /// <summary>A long list in pages of <see cref="Paginator.PageSize"/> rendered by the "listing" layout, the first at <paramref name="url"/>.</summary>
    private IEnumerable<Page> Paginated(string url, string title, IReadOnlyList<Document> documents, IReadOnlyList<Breadcrumb> parents)
    {
        foreach (var (slice, pagination) in Paginator.Pages(url, documents))
        {
            var (pageTitle, crumbs) = PagedTitle(title, url, pagination, [HomeCrumb, .. parents]);
            yield return new Page(UrlScheme.Paged(url, pagination.Number), "listing", pageTitle, crumbs, new ListingView(slice, pagination, documents.Count))
            {
                Claim = new ListingClaim(url, PagesMessages.SitePage(pageTitle)),
            };
        }
    }

    /// <summary>The title and breadcrumbs of one page of a list: "Rok 2020 – strana 2" below "Rok 2020".</summary>
    private (string Title, IReadOnlyList<Breadcrumb> Crumbs) PagedTitle(string title, string url, Pagination pagination, IReadOnlyList<Breadcrumb> parents)
    {
        var crumbs = new List<Breadcrumb>(parents) { new(title, url) };
        if (pagination.Number == 1) return (title, crumbs);
        var pageTitle = texts.Format("pages.paged", ("title", title), ("number", pagination.Number));
        crumbs.Add(new(pageTitle, UrlScheme.Paged(url, pagination.Number)));
        return (pageTitle, crumbs);
    }

    private IReadOnlyList<RegionSummary> RegionSummaries() =>
        site.Regions.Regions.Select(r => new RegionSummary(r, Index.OfRegion(r).Count)).ToList();

    private IReadOnlyList<YearLink> YearLinks() =>
        Index.Years.Select(y => new YearLink(y, UrlScheme.Year(y), Index.ByYear[y].Count)).ToList();

    /// <summary>Years of a newest-first list, newest first.</summary>
    private static IEnumerable<IGrouping<int, Document>> YearsOf(IReadOnlyList<Document> documents) =>
        documents.GroupBy(d => d.Date.Year);

    private Breadcrumb HomeCrumb => new(texts.Get("nav.home"), UrlScheme.Home);
    private Breadcrumb RegionsCrumb => new(texts.Get("pages.regions.title"), UrlScheme.RegionIndex);
    private Breadcrumb Crumb(string key, string url) => new(texts.Get(key), url);
}
