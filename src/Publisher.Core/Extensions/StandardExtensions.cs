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
        SiteExtension[] features = [new PlansExtension(), new RedirectsExtension(), new SearchExtension(), new SitemapExtension(), new PageMetadataExtension()];
        // Open data publishes what every other feature says about a document, so it comes last and is told of them all.
        return [.. features, new DocumentsJsonExtension(features)];
    }
}
