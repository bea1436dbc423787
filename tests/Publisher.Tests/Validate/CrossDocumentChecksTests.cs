using Publisher.Core.Diagnostics;
using Publisher.Core.Model;
using Publisher.Core.Build;
using Publisher.Core.Pages;
using Publisher.Core.Validate;
using Publisher.Tests.Render;
using Publisher.Tests.Support;
using static Publisher.Tests.Support.TestContent;
using Publisher.Core.Extensions;

namespace Publisher.Tests.Validate;

public class CrossDocumentChecksTests
{
    private const string PathA = "documents/zatec/2020/a.md";
    private const string PathB = "documents/zatec/2020/b.md";
    private const string PathC = "documents/zatec/2020/c.md";
    private const string SameUrl = "/zatec/seniori/2020/2020-06-10-zapis-z-jednani/";

    private static ValidatedDocument Valid(string relativePath, params (string Key, string? Line)[] overrides) =>
        Valid(relativePath, Minutes(overrides));

    private static ValidatedDocument Valid(string relativePath, string[] frontMatter)
    {
        var (result, diagnostics) = TestContent.ValidateDocument(Markdown(frontMatter), relativePath);
        Assert.Empty(diagnostics);
        Assert.NotNull(result);
        return result;
    }

    private static string[] PlanDocument(string id, string date, string region = "zatec", string title = "Komunitní plán") =>
        Minutes(
            ("title", $"title: \"{title}\""),
            ("type", "type: plan"),
            ("date", $"date: {date}"),
            ("region", $"region: {region}"),
            ("group", null),
            ("id", $"id: {id}"));

    /// <summary>
    /// The checks across documents, then the plan of the site they make: addresses are claimed when pages are planned,
    /// so two documents (or old addresses) on one address are found there.
    /// </summary>
    private static (IReadOnlyList<Document> Published, IReadOnlyList<Diagnostic> Diagnostics) Check(params ValidatedDocument[] documents)
    {
        var bag = new DiagnosticBag();
        var features = StandardExtensions.Create();
        // As SiteContent.Read does: drafts take no part, then the features check the published documents.
        var published = documents.Where(d => !d.IsDraft).Select(d => d.Document).ToList();
        foreach (var feature in features) feature.Check(published, bag);
        var site = SiteExtension.IndexAll(SiteModelBuilder.Build(RenderTestSite.Settings, Catalog(), published, PinnedBuildDay.Today), features);
        SitePlan.Make(site, RenderTestSite.Texts, RenderTestSite.Assets(RenderTestSite.Theme), features, bag);
        return (published, bag.Sorted());
    }

    [Fact]
    public void Distinct_documents_pass_and_are_published_in_input_order()
    {
        var a = Valid(PathA);
        var b = Valid(PathB, ("date", "date: 2020-06-11"));

        var (published, diagnostics) = Check(a, b);

        Assert.Empty(diagnostics);
        Assert.Equal([a.Document, b.Document], published);
    }

    [Fact]
    public void Two_documents_with_the_same_url_are_an_error_in_each_naming_the_other()
    {
        var a = Valid(PathA);
        var b = Valid(PathB);
        Assert.Equal(SameUrl, a.Document.Url);

        var (_, diagnostics) = Check(a, b);

        Assert.Equal(2, diagnostics.Count);
        Assert.All(diagnostics, d => Assert.Equal(Severity.Error, d.Severity));
        Assert.All(diagnostics, d => Assert.Equal((2, 8), (d.Line, d.Column)));
        Assert.Equal("input/" + PathA, diagnostics[0].File);
        Assert.Equal(
            $"this document publishes to the same address {SameUrl} as input/{PathB}; change the title or the date of one of them",
            diagnostics[0].Message.English);
        Assert.Equal("input/" + PathB, diagnostics[1].File);
        Assert.Equal(
            $"this document publishes to the same address {SameUrl} as input/{PathA}; change the title or the date of one of them",
            diagnostics[1].Message.English);
    }

    private const string CutTitle = "Zápis z jednání pracovní skupiny Senioři a osoby se zdravotním postižením";
    private const string CutAddress = "/zatec/seniori/2020/2020-06-10-zapis-z-jednani-pracovni-skupiny-seniori-a-osoby-se/";

    [Fact]
    public void Titles_cut_to_the_same_address_are_an_error_offering_each_a_slug_of_its_own()
    {
        var a = Valid(PathA, ("title", $"title: {CutTitle} – leden"));
        var b = Valid(PathB, ("title", $"title: {CutTitle} – únor"));
        Assert.Equal(CutAddress, a.Document.Url);

        var (_, diagnostics) = Check(a, b);

        Assert.Equal(
            [
                ("input/" + PathA, 2, 8, $"this document publishes to the same address {CutAddress} as input/{PathB}; addresses use only the first 60 characters of the title, so give one of them its own 'slug:' (e.g. slug: 2020-06-10-zapis-z-jednani-pracovni-skupiny-seniori-a-osoby-se-zdravotnim-postizenim-leden)"),
                ("input/" + PathB, 2, 8, $"this document publishes to the same address {CutAddress} as input/{PathA}; addresses use only the first 60 characters of the title, so give one of them its own 'slug:' (e.g. slug: 2020-06-10-zapis-z-jednani-pracovni-skupiny-seniori-a-osoby-se-zdravotnim-postizenim-unor)"),
            ],
            diagnostics.Select(d => (d.File, d.Line, d.Column, d.Message.English)));
    }

    [Fact]
    public void A_title_that_is_not_cut_but_collides_with_a_cut_one_is_offered_a_numbered_slug()
    {
        var a = Valid(PathA, ("title", "title: Zápis z jednání pracovní skupiny Senioři a osoby se"));
        var b = Valid(PathB, ("title", $"title: {CutTitle}"));

        var (_, diagnostics) = Check(a, b);

        Assert.Equal(
            [
                $"this document publishes to the same address {CutAddress} as input/{PathB}; addresses use only the first 60 characters of the title, so give one of them its own 'slug:' (e.g. slug: 2020-06-10-zapis-z-jednani-pracovni-skupiny-seniori-a-osoby-se-2)",
                $"this document publishes to the same address {CutAddress} as input/{PathA}; addresses use only the first 60 characters of the title, so give one of them its own 'slug:' (e.g. slug: 2020-06-10-zapis-z-jednani-pracovni-skupiny-seniori-a-osoby-se-zdravotnim)",
            ],
            diagnostics.Select(d => d.Message.English));
    }

    [Fact]
    public void Two_documents_with_the_same_slug_are_an_error_at_each_slug()
    {
        var a = Valid(PathA, ("slug", "slug: zapis-seniori"));
        var b = Valid(PathB, ("date", "date: 2020-06-11"), ("slug", "slug: zapis-seniori"));

        var (_, diagnostics) = Check(a, b);

        Assert.Equal(
            [
                ("input/" + PathA, 7, 7, $"this document publishes to the same address /zatec/seniori/2020/zapis-seniori/ as input/{PathB}; give one of them another 'slug:'"),
                ("input/" + PathB, 7, 7, $"this document publishes to the same address /zatec/seniori/2020/zapis-seniori/ as input/{PathA}; give one of them another 'slug:'"),
            ],
            diagnostics.Select(d => (d.File, d.Line, d.Column, d.Message.English)));
    }

    [Fact]
    public void A_slug_that_takes_another_documents_address_is_an_error_in_both()
    {
        var a = Valid(PathA, ("date", "date: 2020-06-11"), ("slug", "slug: 2020-06-10-zapis-z-jednani"));
        var b = Valid(PathB);

        var (_, diagnostics) = Check(a, b);

        Assert.Equal(
            [
                ("input/" + PathA, 7, 7, $"this document publishes to the same address {SameUrl} as input/{PathB}; give one of them another 'slug:'"),
                ("input/" + PathB, 2, 8, $"this document publishes to the same address {SameUrl} as input/{PathA}; give one of them another 'slug:'"),
            ],
            diagnostics.Select(d => (d.File, d.Line, d.Column, d.Message.English)));
    }

    [Fact]
    public void Titles_that_differ_only_in_accents_collide()
    {
        var a = Valid(PathA, ("title", "title: Zápis z jednání"));
        var b = Valid(PathB, ("title", "title: Zapis z jednani"));

        var (_, diagnostics) = Check(a, b);

        Assert.Equal(2, diagnostics.Count);
        Assert.All(diagnostics, d => Assert.Contains(SameUrl, d.Message.English));
    }

    [Fact]
    public void Alias_equal_to_another_documents_url_is_an_error_at_the_alias()
    {
        var a = Valid(PathA);
        var b = Valid(PathB, ("date", "date: 2020-06-11"), ("aliases", "aliases:\n  - /zatec/seniori/2020/2020-06-10-zapis-z-jednani"));

        var (_, diagnostics) = Check(a, b);

        var error = Assert.Single(diagnostics);
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Equal("input/" + PathB, error.File);
        Assert.Equal((8, 5), (error.Line, error.Column));
        Assert.Equal($"'aliases': {SameUrl} is already the address of input/{PathA}", error.Message.English);
    }

    [Fact]
    public void Alias_equal_to_a_later_documents_url_is_an_error_too()
    {
        var a = Valid(PathA, ("date", "date: 2020-06-11"), ("aliases", "aliases:\n  - " + SameUrl));
        var b = Valid(PathB);

        var (_, diagnostics) = Check(a, b);

        var error = Assert.Single(diagnostics);
        Assert.Equal("input/" + PathA, error.File);
        Assert.Equal($"'aliases': {SameUrl} is already the address of input/{PathB}", error.Message.English);
    }

    [Fact]
    public void Alias_equal_to_the_documents_own_url_is_an_error()
    {
        var a = Valid(PathA, ("aliases", "aliases:\n  - " + SameUrl));

        var (_, diagnostics) = Check(a);

        var error = Assert.Single(diagnostics);
        Assert.Equal((8, 5), (error.Line, error.Column));
        Assert.Equal($"'aliases': {SameUrl} is this document's own address", error.Message.English);
    }

    [Fact]
    public void Same_alias_in_two_documents_is_an_error_in_the_second()
    {
        var a = Valid(PathA, ("aliases", "aliases:\n  - /stare/zapis/"));
        var b = Valid(PathB, ("date", "date: 2020-06-11"), ("aliases", "aliases:\n  - /stare/zapis"));

        var (_, diagnostics) = Check(a, b);

        var error = Assert.Single(diagnostics);
        Assert.Equal("input/" + PathB, error.File);
        Assert.Equal($"'aliases': /stare/zapis/ is already the address of input/{PathA}", error.Message.English);
    }

    [Fact]
    public void Alias_listed_twice_in_one_document_is_not_called_its_own_address()
    {
        var a = Valid(PathA, ("aliases", "aliases:\n  - /stare/zapis\n  - /stare/zapis/"));

        var (_, diagnostics) = Check(a);

        Assert.DoesNotContain(diagnostics, d => d.Message.English.Contains("own address", StringComparison.Ordinal));
    }

    [Fact]
    public void Draft_with_a_colliding_url_is_not_an_error_and_not_published()
    {
        var a = Valid(PathA);
        var draft = Valid(PathB, ("draft", "draft: true"));

        var (published, diagnostics) = Check(a, draft);

        Assert.Empty(diagnostics);
        Assert.Equal([a.Document], published);
    }

    [Fact]
    public void Draft_alias_does_not_collide()
    {
        var a = Valid(PathA);
        var draft = Valid(PathB, ("date", "date: 2020-06-11"), ("draft", "draft: true"), ("aliases", "aliases:\n  - " + SameUrl));

        var (published, diagnostics) = Check(a, draft);

        Assert.Empty(diagnostics);
        Assert.Single(published);
    }

    [Fact]
    public void Reference_to_an_existing_plan_passes()
    {
        var plan = Valid(PathA, PlanDocument("komunitni-plan-zatec", "2020-01-15"));
        var minutes = Valid(PathB, ("plans", "plans:\n  - komunitni-plan-zatec"));

        var (published, diagnostics) = Check(plan, minutes);

        Assert.Empty(diagnostics);
        Assert.Equal(2, published.Count);
    }

    [Fact]
    public void Unknown_plan_reference_is_an_error_with_a_suggestion()
    {
        var plan = Valid(PathA, PlanDocument("komunitni-plan-zatec", "2020-01-15"));
        var minutes = Valid(PathB, ("plans", "plans:\n  - komunitni-plan-zatek"));

        var (_, diagnostics) = Check(plan, minutes);

        var error = Assert.Single(diagnostics);
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Equal("input/" + PathB, error.File);
        Assert.Equal((8, 5), (error.Line, error.Column));
        Assert.Equal("'plans': no plan has the id 'komunitni-plan-zatek' (did you mean 'komunitni-plan-zatec'?)", error.Message.English);
    }

    [Fact]
    public void Unknown_plan_reference_without_plans_has_no_suggestion()
    {
        var minutes = Valid(PathB, ("plans", "plans:\n  - kp-zatec"));

        var (_, diagnostics) = Check(minutes);

        var error = Assert.Single(diagnostics);
        Assert.Equal("'plans': no plan has the id 'kp-zatec'", error.Message.English);
    }

    [Fact]
    public void Plan_that_exists_only_as_a_draft_cannot_be_referenced()
    {
        var plan = Valid(PathA, [.. PlanDocument("kp-zatec", "2020-01-15"), "draft: true"]);
        var minutes = Valid(PathB, ("plans", "plans:\n  - kp-zatec"));

        var (published, diagnostics) = Check(plan, minutes);

        var error = Assert.Single(diagnostics);
        Assert.Equal("input/" + PathB, error.File);
        Assert.StartsWith("'plans': no plan has the id 'kp-zatec'", error.Message.English);
        Assert.Equal([minutes.Document], published);
    }

    [Fact]
    public void Draft_with_an_unknown_plan_reference_is_not_checked()
    {
        var draft = Valid(PathB, ("plans", "plans:\n  - neexistuje"), ("draft", "draft: true"));

        var (published, diagnostics) = Check(draft);

        Assert.Empty(diagnostics);
        Assert.Empty(published);
    }

    [Fact]
    public void Versions_of_one_plan_in_two_regions_are_an_error()
    {
        var first = Valid(PathA, PlanDocument("kp", "2019-01-15", title: "Komunitní plán 2019"));
        var second = Valid(PathB, PlanDocument("kp", "2022-01-15", region: "chomutov", title: "Komunitní plán 2022"));
        var third = Valid(PathC, PlanDocument("kp", "2023-01-15", title: "Komunitní plán 2023"));

        var (_, diagnostics) = Check(first, second, third);

        var error = Assert.Single(diagnostics);
        Assert.Equal("input/" + PathB, error.File);
        Assert.Equal((2, 1), (error.Line, error.Column));
        Assert.Equal(
            $"plan 'kp' already belongs to region 'zatec' (input/{PathA}); versions of one plan must share the region",
            error.Message.English);
    }

    [Fact]
    public void Versions_of_one_plan_in_one_region_pass()
    {
        var first = Valid(PathA, PlanDocument("kp", "2019-01-15", title: "Komunitní plán 2019"));
        var second = Valid(PathB, PlanDocument("kp", "2022-01-15", title: "Komunitní plán 2022"));

        var (published, diagnostics) = Check(first, second);

        Assert.Empty(diagnostics);
        Assert.Equal(2, published.Count);
    }
}
