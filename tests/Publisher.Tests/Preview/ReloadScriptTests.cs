using System.Text;
using Publisher.Core.Preview;

namespace Publisher.Tests.Preview;

public sealed class ReloadScriptTests
{
    private const string Tag = "<script src=\"/_preview/reload.js\" defer></script>";

    [Theory]
    [InlineData("<html><body><p>Text</p></body></html>", "<html><body><p>Text</p>" + Tag + "</body></html>")]
    [InlineData("<BODY><p>&lt;/body&gt;</p></BODY>", "<BODY><p>&lt;/body&gt;</p>" + Tag + "</BODY>")]
    [InlineData("<body><pre></body></pre></body>\n", "<body><pre></body></pre>" + Tag + "</body>\n")]
    [InlineData("<p>no body end", "<p>no body end" + Tag)]
    [InlineData("<p>Žatec</p></body>", "<p>Žatec</p>" + Tag + "</body>")]
    public void The_tag_goes_before_the_last_end_of_the_body(string html, string served)
    {
        var page = Encoding.UTF8.GetBytes(html);

        Assert.Equal(served, Encoding.UTF8.GetString(ReloadScript.AddTo(page)));
        Assert.Equal(html, Encoding.UTF8.GetString(page));
    }
}
