using Publisher.Core.Extensions.Calendar;
using Publisher.Core.Extensions.Feeds;
using Publisher.Core.Extensions.Guide;
using Publisher.Core.Extensions.History;
using Publisher.Core.Extensions.Metadata;
using Publisher.Core.Extensions.OpenData;
using Publisher.Core.Extensions.Plans;
using Publisher.Core.Extensions.Redirects;
using Publisher.Core.Extensions.Search;
using Publisher.Core.Extensions.Sitemap;

namespace Publisher.Core.Extensions;

/// <summary>The features every build has, registered here and nowhere else: a new feature plugs in with one line.</summary>
public static class StandardExtensions
{
    public static IReadOnlyList<SiteExtension> Create()
    {
        // History knows the addresses documents had before; Redirects keeps them working.
        var history = new HistoryExtension();
        SiteExtension[] features = [new PlansExtension(), new RedirectsExtension([history]), new SearchExtension(), history, new FeedsExtension(), new CalendarExtension(), new SitemapExtension(), new PageMetadataExtension(), new GuideExtension()];
        // Open data publishes what every other feature says about a document, so it comes last and is told of them all.
        return [.. features, new DocumentsJsonExtension(features)];
    }
}
