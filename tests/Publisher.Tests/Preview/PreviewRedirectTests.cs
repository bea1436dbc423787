using System.Net;

namespace Publisher.Tests.Preview;

/// <summary>The rules of the site's _redirects file answer as on Netlify, with their status and target.</summary>
public sealed class PreviewRedirectTests : IDisposable
{
    private readonly RunningPreview _preview = new(input =>
    {
        var minutes = Path.Combine(input, "documents", "zatec", "2020", "2020-06-10-socialni-prevence-a-poradenstvi.md");
        File.WriteAllText(minutes, File.ReadAllText(minutes).Replace("type: minutes\n", "type: minutes\naliases:\n  - /archiv/zapis-2020-06.php\n"));
    });

    public void Dispose() => _preview.Dispose();

    [Theory]
    [InlineData("/archiv/zapis-2020-06.php")]
    [InlineData("/archiv/zapis-2020-06.php/")]
    public async Task An_old_address_is_answered_by_its_rule(string path)
    {
        Assert.Contains("/archiv/zapis-2020-06.php " + RunningPreview.MinutesUrl + " 301", System.Text.Encoding.UTF8.GetString(_preview.Current.Files["_redirects"]));

        var answer = await _preview.Get(path);

        Assert.Equal(HttpStatusCode.MovedPermanently, answer.Status);
        Assert.Equal(RunningPreview.MinutesUrl, answer.Location);
    }

    [Fact]
    public async Task The_rules_file_itself_is_not_served()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await _preview.Get("/_redirects")).Status);
    }
}
