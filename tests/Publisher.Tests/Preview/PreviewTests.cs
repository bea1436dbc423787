using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Publisher.Core.Preview;
using Publisher.Tests.Support;

namespace Publisher.Tests.Preview;

/// <summary>
/// The preview of a copy of the seed site, served over HTTP in this process: the site's addresses as the published
/// site answers them, changes on disk served within seconds, errors shown until they are fixed.
/// </summary>
public sealed partial class PreviewTests : IDisposable
{
    private readonly RunningPreview _preview = new();

    public void Dispose() => _preview.Dispose();

    private string MinutesTitle => FrontMatter.Read(_preview.Minutes).Scalar("title")!;

    [Fact]
    public async Task The_site_answers_at_localhost_too_but_only_on_this_computer()
    {
        using var preview = new RunningPreview();

        var (status, response) = await preview.GetRaw("/", $"localhost:{preview.Address.Port}");

        Assert.Equal(200, status);
        Assert.Contains("<html", response);
        Assert.DoesNotContain(System.Net.NetworkInformation.IPGlobalProperties.GetIPGlobalProperties().GetActiveTcpListeners(),
            endpoint => endpoint.Port == preview.Address.Port && !System.Net.IPAddress.IsLoopback(endpoint.Address));
    }

    /// <summary>The types netlify.toml gives by address (feeds, calendars) are the types the preview gives the files there.</summary>
    [Fact]
    public void Files_get_the_content_types_netlify_toml_gives_them()
    {
        var netlify = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "netlify.toml"));
        var rules = System.Text.RegularExpressions.Regex.Matches(netlify, "for = \"(?<for>[^\"]+)\"\n  \\[headers\\.values\\]\n(?:    [^\n]*\n)*?    Content-Type = \"(?<type>[^\"]+)\"");
        Assert.True(rules.Count >= 6, $"{rules.Count} rules read from netlify.toml");

        Assert.All(rules, rule => Assert.Equal(rule.Groups["type"].Value,
            ContentTypes.Of(rule.Groups["for"].Value.Replace(":region", "zatec").Replace(":group", "seniori").TrimStart('/'))));
    }

    [Fact]
    public async Task A_document_page_is_served_with_its_title()
    {
        var answer = await _preview.Get(RunningPreview.MinutesUrl);

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal("text/html; charset=utf-8", answer.ContentType);
        Assert.Contains(MinutesTitle, answer.Page().Title);
    }

    [Fact]
    public async Task An_edited_body_is_served_within_seconds_and_the_reload_script_is_sent_the_new_build()
    {
        using var builds = await _preview.ListenForBuilds();
        Assert.Equal("text/event-stream", builds.ContentType);
        Assert.Equal(1, await builds.Next());

        File.WriteAllText(_preview.Minutes, File.ReadAllText(_preview.Minutes) + "\nNově doplněný odstavec o terénní práci.\n");

        var answer = await _preview.GetWhen(RunningPreview.MinutesUrl, a => a.Body.Contains("Nově doplněný odstavec", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.True(await builds.Next() > 1);
    }

    [Fact]
    public async Task A_broken_file_is_shown_as_the_error_page_until_it_is_fixed()
    {
        var original = File.ReadAllText(_preview.Minutes);
        var line = Array.IndexOf(original.Split('\n'), "date: 2020-06-10") + 1;

        File.WriteAllText(_preview.Minutes, original.Replace("date: 2020-06-10", "date: 2020-13-45"));

        var broken = await _preview.GetWhen(RunningPreview.MinutesUrl, a => a.Status == HttpStatusCode.InternalServerError);
        Assert.Equal("text/html; charset=utf-8", broken.ContentType);
        var problems = broken.Page().QuerySelectorAll("li").Select(li => li.TextContent).ToList();
        Assert.Contains(problems, p => Regex.IsMatch(p, $@"^{Regex.Escape(_preview.Minutes)}:{line}:\d+: error: "));
        Assert.Contains(ReloadScriptTag, broken.Body);
        Assert.Equal(HttpStatusCode.InternalServerError, (await _preview.Get("/")).Status);

        File.WriteAllText(_preview.Minutes, original);

        var fixedPage = await _preview.GetWhen(RunningPreview.MinutesUrl, a => a.Status == HttpStatusCode.OK);
        Assert.Contains(MinutesTitle, fixedPage.Page().Title);
    }

    [Fact]
    public async Task A_deleted_document_is_not_found_and_no_longer_listed()
    {
        const string group = "/zatec/socialni-prevence-a-odborne-socialni-poradenstvi/";
        Assert.Contains(RunningPreview.MinutesUrl, Links(await _preview.Get(group)));

        File.Delete(_preview.Minutes);

        var gone = await _preview.GetWhen(RunningPreview.MinutesUrl, a => a.Status == HttpStatusCode.NotFound);
        Assert.Equal("text/html; charset=utf-8", gone.ContentType);
        Assert.DoesNotContain(RunningPreview.MinutesUrl, Links(await _preview.Get(group)));
    }

    [Fact]
    public async Task A_folder_address_without_its_slash_is_redirected_to_it()
    {
        var answer = await _preview.Get("/zatec?strana=2");

        Assert.Equal(HttpStatusCode.MovedPermanently, answer.Status);
        Assert.Equal("/zatec/?strana=2", answer.Location);
    }

    [Fact]
    public async Task Unknown_addresses_get_the_sites_not_found_page()
    {
        var answer = await _preview.Get("/zadna-takova-stranka/");

        Assert.Equal(HttpStatusCode.NotFound, answer.Status);
        Assert.Equal(Encoding.UTF8.GetString(_preview.Current.Files["404.html"]), answer.Body.Replace(ReloadScriptTag, ""));
    }

    [Theory]
    [InlineData("/../site.yml")]
    [InlineData("/%2e%2e/site.yml")]
    [InlineData("/%2e%2e/")]
    [InlineData("/..%2fsite.yml")]
    [InlineData("/..%2f..%2fetc%2fpasswd")]
    [InlineData("/%2E%2E%5Csite.yml")]
    [InlineData("/..\\site.yml")]
    [InlineData("/index.html%00.css")]
    [InlineData("/zatec/%2e%2e/%2e%2e/input/site.yml")]
    [InlineData("//etc/passwd")]
    [InlineData("/%ff%fe/")]
    [InlineData("/%2")]
    public async Task Tricks_in_the_path_never_reach_anything_but_the_sites_files(string target)
    {
        var (status, response) = await _preview.GetRaw(target);

        Assert.Equal(404, status);
        Assert.DoesNotContain("base_url:", response);
        Assert.DoesNotContain("root:x:0:0", response);
    }

    [Fact]
    public async Task The_reload_script_is_added_to_html_only_and_never_to_the_built_files()
    {
        var page = await _preview.Get("/");
        var stylesheet = page.Page().QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;
        var css = await _preview.Get(stylesheet);
        var script = await _preview.Get(ReloadScript.Path);

        Assert.EndsWith(ReloadScriptTag + "</body>\n</html>\n", page.Body);
        Assert.Equal("text/css; charset=utf-8", css.ContentType);
        Assert.DoesNotContain("_preview", css.Body);
        Assert.Equal("text/javascript; charset=utf-8", script.ContentType);
        Assert.Contains("new EventSource(\"/_preview/events\")", script.Body);
        Assert.DoesNotContain(_preview.Current.Files, file => Encoding.UTF8.GetString(file.Value).Contains("/_preview/", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/_preview/")]
    [InlineData("/_preview/index.html")]
    [InlineData("/_preview/unknown.js")]
    public async Task The_previews_own_addresses_are_not_the_sites(string path)
    {
        var answer = await _preview.Get(path);

        Assert.Equal(HttpStatusCode.NotFound, answer.Status);
        Assert.Equal("", answer.Body);
    }

    [Fact]
    public async Task Every_answer_carries_the_published_sites_content_security_policy()
    {
        var policy = NetlifyPolicy().Match(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "netlify.toml"))).Groups[1].Value;

        Assert.Equal(PreviewServer.ContentSecurityPolicy, policy);
        foreach (var path in new[] { "/", "/zatec", "/nic/", ReloadScript.Path })
            Assert.Equal(policy, (await _preview.Get(path)).ContentSecurityPolicy);
    }

    private const string ReloadScriptTag = "<script src=\"/_preview/reload.js\" defer></script>";

    private static IEnumerable<string> Links(PreviewAnswer answer) => answer.Page().QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!);

    [GeneratedRegex("""(?m)^\s*Content-Security-Policy = "([^"]*)"$""")]
    private static partial Regex NetlifyPolicy();
}
