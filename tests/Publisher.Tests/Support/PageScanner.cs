using AngleSharp.Dom;
using AngleSharp.Html.Dom.Events;
using AngleSharp.Html.Parser;

namespace Publisher.Tests.Support;

/// <summary>The link targets and anchor ids of one rendered page.</summary>
/// <param name="Targets">Every <c>href</c> and <c>src</c> of the page.</param>
public sealed record PageLinks(string Url, string Origin, IReadOnlySet<string> Ids, IReadOnlyList<string> Targets)
{
    /// <summary>The page as the build's link check takes it, every link located at the page's origin.</summary>
    public void AddTo(Core.Render.LinkChecker checker) =>
        checker.AddPage(Url, Ids, Targets.Select(t => new Core.Render.LocatedLink(t, new Core.Diagnostics.SourcePosition(Origin, 1, 1))));
}

/// <summary>A flaw in a rendered page's markup, at a line and column of the page itself.</summary>
public sealed record MarkupProblem(int Line, int Column, string Message);

/// <summary>What the checks before publishing need to know about one rendered page.</summary>
public sealed record ScannedPage(PageLinks Links, IReadOnlyList<MarkupProblem> Problems);

/// <summary>
/// What the tests check on every page the theme renders, as the site's security policy and a browser need it.
/// Parses a rendered page as a browser would and reports what must not be published: HTML parse errors,
/// duplicate ids, and inline script or style that the site's content security policy would block (a JSON-LD data
/// block is data, not a script, and is allowed).
/// Also collects the page's links (<c>href</c>, <c>src</c>) and anchors (<c>id</c>) for the link check.
/// </summary>
public static class PageScanner
{
    public static ScannedPage Scan(string url, string origin, string html)
    {
        var problems = new List<MarkupProblem>();
        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
        parser.Error += (_, e) =>
        {
            if (e is HtmlErrorEvent error)
                problems.Add(new MarkupProblem(error.Position.Line, error.Position.Column, $"not well-formed HTML: {error.Message}"));
        };
        using var document = parser.ParseDocument(html);

        var ids = new HashSet<string>(StringComparer.Ordinal);
        var targets = new List<string>();
        foreach (var element in document.All)
        {
            // A JSON-LD data block is not run, so the policy lets it be; every other inline script it blocks.
            if (element.LocalName is "script" && !element.HasAttribute("src") && element.GetAttribute("type") != "application/ld+json")
                problems.Add(At(element, "an inline <script>, which the security policy blocks; load scripts from theme assets"));
            if (element.LocalName is "style")
                problems.Add(At(element, "a <style> element, which the security policy blocks; put styles in the theme's stylesheet"));
            foreach (var attribute in element.Attributes)
                Inspect(element, attribute, ids, targets, problems);
        }
        return new ScannedPage(new PageLinks(url, origin, ids, targets), problems);
    }

    private static void Inspect(IElement element, IAttr attribute, HashSet<string> ids, List<string> targets, List<MarkupProblem> problems)
    {
        var name = attribute.Name;
        switch (name)
        {
            case "id":
                if (!ids.Add(attribute.Value))
                    problems.Add(At(element, $"the id '{attribute.Value}' is used more than once"));
                break;
            case "href" or "src":
                targets.Add(attribute.Value);
                if (attribute.Value.TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase))
                    problems.Add(At(element, $"a javascript: address in {name}"));
                break;
            case "style":
                problems.Add(At(element, $"a style attribute on <{element.LocalName}>, which the security policy blocks"));
                break;
            default:
                if (name.StartsWith("on", StringComparison.OrdinalIgnoreCase))
                    problems.Add(At(element, $"an inline event handler {name} on <{element.LocalName}>, which the security policy blocks"));
                break;
        }
    }

    private static MarkupProblem At(IElement element, string message) =>
        element.SourceReference is { } source
            ? new MarkupProblem(source.Position.Line, source.Position.Column, message)
            : new MarkupProblem(1, 1, message);
}
