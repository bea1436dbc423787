using Publisher.Tests.Support;

namespace Publisher.Tests.Plans;

/// <summary>
/// A site written for the plans feature: a plan of Cheb in three versions (two of them on one day) whose sections stay,
/// change by a few words, appear and disappear; minutes and news that discuss it; plans in regions whose Czech order
/// differs from the order of their codes (Cvikov, Čáslav, Hodonín, Cheb); and a plan with a hostile title and heading.
/// </summary>
public sealed class PlanHistorySiteFixture : IDisposable
{
    public const string HostileTitle = "<script>alert(1)</script> & „test“";

    private readonly TempDirectory _input = new();

    public PlanHistorySiteFixture()
    {
        File.Copy(Path.Combine(RepositoryPaths.Input, "site.yml"), _input.Combine("site.yml"));
        Write("regions.yml", """
            - id: cheb
              name: Cheb
              kind: ORP
              groups:
                - id: prace
                  name: Pracovní skupina
            - id: caslav
              name: Čáslav
              kind: ORP
            - id: cvikov
              name: Cvikov
              kind: město
            - id: hodonin
              name: Hodonín
              kind: ORP
            """);

        Write("documents/cheb/2019/kp-2019.md", """
            ---
            title: "Komunitní plán Cheb 2019–2021"
            type: plan
            date: 2019-01-15
            region: cheb
            id: kp-cheb
            period: "2019-2021"
            status: expired
            approved_by: "Zastupitelstvo města Cheb"
            ---
            Úvodní slovo starosty.

            ## Cíle plánu

            Podpořit seniory a rodiny s dětmi v Chebu.

            ## Financování

            Rozpočet činí 5 milionů korun ročně.

            ## Zrušená opatření

            Noclehárna bude uzavřena.
            """);
        Write("documents/cheb/2021/kp-navrh.md", """
            ---
            title: "Komunitní plán Cheb – návrh"
            type: plan
            date: 2021-02-01
            region: cheb
            id: kp-cheb
            period: "2022-2024"
            status: draft
            ---
            Úvodní slovo starosty.

            ## Cíle plánu

            Podpořit seniory a rodiny s dětmi v Chebu.

            ## Financování

            Rozpočet činí 7 milionů korun ročně, včetně dotací.

            ## Nová opatření

            Vznikne terénní služba.
            """);
        Write("documents/cheb/2021/kp.md", """
            ---
            title: "Komunitní plán Cheb"
            type: plan
            date: 2021-02-01
            region: cheb
            id: kp-cheb
            period: "2022-2024"
            status: in-force
            approved_by: "Rada města Cheb"
            ---
            Úvodní slovo starosty.

            ## Cíle plánu

            Podpořit seniory, rodiny s dětmi a lidi bez domova v Chebu.

            ## Financování

            Rozpočet činí 7 milionů korun ročně, včetně dotací. Podrobnosti jsou [v oddílu o opatřeních](#nova-opatreni)
            a v [zápisech roku 2020](../../2020/).

            ## Nová opatření

            Vznikne terénní služba.
            """);
        Write("documents/cheb/prace/2018/priprava.md", """
            ---
            title: "Zápis o přípravě plánu"
            type: minutes
            date: 2018-12-01
            region: cheb
            group: prace
            plans: [kp-cheb]
            ---
            Skupina připravila návrh plánu.
            """);
        Write("documents/cheb/prace/2020/pripominky.md", """
            ---
            title: "Zápis z jednání o plnění plánu"
            type: minutes
            date: 2020-06-10
            region: cheb
            group: prace
            plans: [kp-cheb]
            ---
            Skupina projednala plnění plánu.
            """);
        Write("documents/cheb/2021/zprava.md", """
            ---
            title: "Město zveřejnilo nový plán"
            type: news
            date: 2021-02-01
            region: cheb
            plans: [kp-cheb]
            ---
            Nový plán je schválen.
            """);

        Write("documents/cvikov/2024/ap.md", """
            ---
            title: "Akční plán Cvikov"
            type: plan
            date: 2024-05-05
            region: cvikov
            id: ap-cvikov
            period: "2024-2026"
            status: draft
            ---
            Návrh akčního plánu.
            """);
        Write("documents/caslav/2023/sp.md", """
            ---
            title: "Střednědobý plán Čáslav"
            type: plan
            date: 2023-04-04
            region: caslav
            id: sp-caslav
            period: "2023-2025"
            status: approved
            ---
            Plán rozvoje služeb.
            """);
        foreach (var (file, date, text) in new[] { ("2020/hostile-1.md", "2020-01-01", "Původní znění."), ("2022/hostile-2.md", "2022-01-01", "Nové znění.") })
        {
            Write($"documents/hodonin/{file}", $"""
                ---
                title: '{HostileTitle}'
                type: plan
                date: {date}
                region: hodonin
                id: hostile
                status: approved
                ---
                ## {HostileTitle.Replace("<", "\\<")}

                {text}
                """);
        }

        Site = new BuiltSite(_input.Path);
    }

    public BuiltSite Site { get; }

    public const string PlanUrl = "/plany/kp-cheb/";
    public const string FirstComparison = "/plany/kp-cheb/srovnani/2019-01-15-2021-02-01/";
    public const string SecondComparison = "/plany/kp-cheb/srovnani/2021-02-01-2021-02-01-2/";

    private void Write(string path, string text)
    {
        var file = _input.Combine(path.Split('/'));
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, text + "\n");
    }

    public void Dispose()
    {
        Site.Dispose();
        _input.Dispose();
    }
}
