using System.Text.RegularExpressions;
using Publisher.Tests.Support;

namespace Publisher.Tests.EndToEnd;

/// <summary>The headers in netlify.toml are strict, and no page needs anything they would block.</summary>
public sealed partial class ContentSecurityPolicyTests(ExtendedSiteFixture fixture) : IClassFixture<ExtendedSiteFixture>
{
    [Fact]
    public void Netlify_sends_a_strict_policy_and_the_usual_security_headers()
    {
        var toml = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "netlify.toml"));
        var policy = Header().Match(toml) is { Success: true } m ? m.Groups[1].Value : "";

        Assert.Contains("default-src 'self'", policy);
        Assert.Contains("frame-ancestors 'none'", policy);
        Assert.Contains("object-src 'none'", policy);
        Assert.DoesNotContain("unsafe-inline", policy);
        Assert.DoesNotContain("unsafe-eval", policy);
        foreach (var header in new[] { "Strict-Transport-Security", "X-Content-Type-Options", "Referrer-Policy", "Permissions-Policy" })
            Assert.Contains(header + " = ", toml);
    }

    [Fact]
    public void No_page_has_inline_scripts_styles_or_event_handlers()
    {
        var site = fixture.Site;
        var offending = new List<string>();
        foreach (var url in site.HtmlPageUrls())
        {
            var page = site.Page(url);
            // A JSON-LD data block (schema.org) is never run, so the policy does not block it.
            if (page.QuerySelectorAll("script:not([src]):not([type='application/ld+json']), style").Length > 0) offending.Add($"{url}: inline script or style element");
            foreach (var element in page.All)
            {
                foreach (var attribute in element.Attributes)
                {
                    if (attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase) || attribute.Name == "style")
                        offending.Add($"{url}: <{element.LocalName} {attribute.Name}>");
                    if (attribute.Name is "href" or "src" && attribute.Value.TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase))
                        offending.Add($"{url}: javascript: address");
                }
            }
        }
        Assert.Empty(offending);
        Assert.NotEmpty(site.HtmlPageUrls());
    }

    [GeneratedRegex("Content-Security-Policy = \"([^\"]*)\"")]
    private static partial Regex Header();
}
