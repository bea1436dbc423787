using System.Text;
using AngleSharp.Html.Parser;
using Publisher.Core.Diagnostics;
using Publisher.Core.Preview;
using Publisher.Core.Sink;

namespace Publisher.Tests.Preview;

/// <summary>The page listing a build's problems: in the chosen language, every value HTML-encoded.</summary>
public sealed class ErrorPageTests
{
    private static readonly Diagnostic Hostile = new("input/documents/<b>x</b>.md", 4, 7, Severity.Error,
        SinkMessages.OutputIsFile("<script>alert(1)</script>"));

    [Theory]
    [InlineData(MessageLanguage.Czech, "cs", "Web obsahuje chyby", "chyba")]
    [InlineData(MessageLanguage.English, "en", "The site has errors", "error")]
    public void It_speaks_the_chosen_language(MessageLanguage language, string lang, string heading, string severity)
    {
        var page = Parse(new ErrorPage(language).Render([Hostile]));

        Assert.Equal(lang, page.DocumentElement.GetAttribute("lang"));
        Assert.Equal(heading, page.QuerySelector("h1")!.TextContent);
        Assert.Equal($"input/documents/<b>x</b>.md:4:7: {severity}: {Hostile.Message.In(language)}", page.QuerySelector("li")!.TextContent);
    }

    [Fact]
    public void Values_are_encoded_so_no_message_adds_markup()
    {
        var html = Encoding.UTF8.GetString(new ErrorPage(MessageLanguage.English).Render([Hostile]));

        Assert.DoesNotContain("<script>", html);
        Assert.DoesNotContain("<b>", html);
        Assert.Contains("&lt;script&gt;", html);
    }

    [Fact]
    public void A_build_that_stopped_is_listed_without_a_position()
    {
        var page = Parse(new ErrorPage(MessageLanguage.English).Render(PreviewMessages.StoppedBySystem("No space left on device")));

        Assert.Equal("error: the build stopped: No space left on device", page.QuerySelector("li")!.TextContent);
        Assert.Null(page.QuerySelector("code"));
    }

    private static AngleSharp.Html.Dom.IHtmlDocument Parse(byte[] html) => new HtmlParser().ParseDocument(Encoding.UTF8.GetString(html));
}
