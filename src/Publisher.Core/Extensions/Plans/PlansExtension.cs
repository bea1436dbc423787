using Publisher.Core.Model;
using Publisher.Core.Pages;
using Publisher.Core.Theming;

namespace Publisher.Core.Extensions.Plans;

public sealed record PlanView(PlanHistory Plan);

/// <summary>A page per plan at <c>/plany/ID/</c>: its versions over the years and the meetings that discussed it.</summary>
public sealed class PlansExtension : ISiteExtension
{
    public ThemeNeeds ThemeNeeds { get; } = new([new("plan", "plan pages")], ["nav.home", "types.plan.plural"]);

    public IEnumerable<Page> Pages(SiteModel site, UiTexts texts) =>
        site.Index.Plans.Select(plan => new Page(
            plan.Url,
            "plan",
            plan.Latest.Title,
            [
                new Breadcrumb(texts.Get("nav.home"), UrlScheme.Home),
                new Breadcrumb(texts.Get("types.plan.plural"), UrlScheme.Type(DocumentType.Plan)),
                new Breadcrumb(plan.Latest.Title, plan.Url),
            ],
            new PlanView(plan),
            plan.Latest.Summary));

    public IEnumerable<OutputFile> Files(SiteModel site) => [];

    public IEnumerable<ClaimedAddress> Addresses(SiteModel site) => [];
}
