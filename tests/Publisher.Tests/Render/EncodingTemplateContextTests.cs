using AngleSharp.Html.Parser;
using Publisher.Core.Render.Templates;
using Scriban;
using Scriban.Runtime;

namespace Publisher.Tests.Render;

public class EncodingTemplateContextTests
{
    private sealed class Shouting
    {
        public override string ToString() => "<Ahoj & nazdar>";
    }

    private static string Render(string template, object? x)
    {
        var parsed = Template.Parse(template);
        Assert.False(parsed.HasErrors, string.Join("\n", parsed.Messages));
        var context = new EncodingTemplateContext(TemplateContext.GetDefaultBuiltinObject());
        context.PushGlobal(new ScriptObject { ["x"] = x });
        return parsed.Render(context);
    }

    [Fact]
    public void Values_are_html_encoded()
    {
        Assert.Equal("&lt;b&gt;A &amp; B&lt;/b&gt;", Render("{{ x }}", "<b>A & B</b>"));
    }

    [Fact]
    public void Literal_template_text_is_not_encoded()
    {
        Assert.Equal("<p class=\"lead\">A &amp; B</p>", Render("<p class=\"lead\">{{ x }}</p>", "A & B"));
        Assert.Equal("<p>\"ahoj\" & <br></p>", Render("<p>\"ahoj\" & <br></p>", null));
    }

    [Fact]
    public void Raw_html_is_written_as_it_is()
    {
        Assert.Equal("<div><b>tučně</b> &amp; dál</div>", Render("<div>{{ x }}</div>", new RawHtml("<b>tučně</b> &amp; dál")));
    }

    [Fact]
    public void Multi_line_values_written_after_indentation_are_indented_as_scriban_indents_them()
    {
        var indented = "<main>\n  {{ x }}\n</main>";

        Assert.Equal("<main>\n  <p>a</p>\n  <p>b</p>\n</main>", Render(indented, new RawHtml("<p>a</p>\n<p>b</p>")));
        Assert.Equal("<main>\n  a &amp; b\n  c\n</main>", Render(indented, "a & b\nc"));
        Assert.Equal("<main>\n<p>a</p>\n<p>b</p>\n</main>", Render("<main>\n{{ x }}\n</main>", new RawHtml("<p>a</p>\n<p>b</p>")));
    }

    [Fact]
    public void Raw_function_result_is_written_as_it_is_but_other_function_results_are_encoded()
    {
        var template = Template.Parse("{{ raw x }}|{{ x | string.upcase }}");
        var context = new EncodingTemplateContext(TemplateContext.GetDefaultBuiltinObject());
        var globals = new ScriptObject { ["x"] = "<i>a</i>" };
        globals.Import(typeof(TemplateFunctions));
        context.PushGlobal(globals);

        Assert.Equal("<i>a</i>|&lt;I&gt;A&lt;/I&gt;", template.Render(context));
    }

    [Fact]
    public void Numbers_are_written_in_their_string_form()
    {
        Assert.Equal("<span>42</span>", Render("<span>{{ x }}</span>", 42));
        Assert.Equal("<span>43</span>", Render("<span>{{ x + 1 }}</span>", 42));
    }

    [Fact]
    public void Other_objects_are_encoded_through_their_string_form()
    {
        Assert.Equal("&lt;Ahoj &amp; nazdar&gt;", Render("{{ x }}", new Shouting()));
    }

    [Fact]
    public void Null_writes_nothing()
    {
        Assert.Equal("[]", Render("[{{ x }}]", null));
    }

    [Fact]
    public void Czech_text_is_written_unchanged()
    {
        Assert.Equal("<h1>Příliš žluťoučký kůň</h1>", Render("<h1>{{ x }}</h1>", "Příliš žluťoučký kůň"));
    }

    [Theory]
    [InlineData("\"><img src=x onerror=alert(1)>")]
    [InlineData("\" onmouseover=\"alert(1)")]
    [InlineData("' onmouseover='alert(1)")]
    public void A_value_cannot_break_out_of_a_quoted_attribute(string payload)
    {
        var html = Render("<a href=\"/\" title=\"{{ x }}\" data-single='{{ x }}'>odkaz</a>", payload);

        var document = new HtmlParser().ParseDocument(html);
        var link = Assert.Single(document.QuerySelectorAll("a"));
        Assert.Empty(document.QuerySelectorAll("img"));
        Assert.Equal(payload, link.GetAttribute("title"));
        Assert.Equal(payload, link.GetAttribute("data-single"));
        Assert.Equal(["href", "title", "data-single"], link.Attributes.Select(a => a.Name));
        Assert.Equal("odkaz", link.TextContent);
    }
}
