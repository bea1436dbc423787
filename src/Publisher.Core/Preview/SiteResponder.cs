using Publisher.Core.Extensions.Redirects;
using Publisher.Core.Model;

namespace Publisher.Core.Preview;

/// <summary>
/// Answers requests for the site's addresses as Netlify answers them for the published site: <c>/x/</c> serves
/// <c>x/index.html</c>, <c>/x</c> redirects to <c>/x/</c> when that page exists, a file is served by its path, the
/// rules of <c>_redirects</c> answer where no file is (a file shadows a rule, as on Netlify), and anything else gets
/// the site's <c>404.html</c> with status 404. While the build has errors, every address gets the error page.
/// </summary>
public static class SiteResponder
{
    /// <param name="path">The request's path (<see cref="RequestPath.Of"/>); null when it was refused.</param>
    /// <param name="query">The request's query with its '?', kept by the redirect to the folder address.</param>
    public static PreviewResponse Answer(PreviewBuild build, string? path, string query)
    {
        if (build.ErrorPage is { } errorPage) return new PreviewResponse(500, ContentTypes.Html, errorPage);
        if (path is null) return NotFound(build);
        var file = UrlScheme.OutputPath(path);
        if (file != RedirectsExtension.RulesFile && build.Files.TryGetValue(file, out var content))
            return new PreviewResponse(200, ContentTypes.Of(file), content);
        if (!path.EndsWith('/') && build.Files.ContainsKey(UrlScheme.OutputPath(path + "/")))
            return new PreviewResponse(301, ContentTypes.Other, [], RequestPath.Encode(path + "/") + query);
        if (build.Redirects.For(path) is { } rule)
            return new PreviewResponse(rule.Status, ContentTypes.Other, [], rule.To);
        return NotFound(build);
    }

    private static PreviewResponse NotFound(PreviewBuild build) =>
        build.Files.TryGetValue(UrlScheme.OutputPath(UrlScheme.NotFound), out var page)
            ? new PreviewResponse(404, ContentTypes.Html, page)
            : PreviewResponse.NotFound;
}
