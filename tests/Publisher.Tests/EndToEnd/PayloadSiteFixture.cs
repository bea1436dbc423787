using System.Text;
using System.Text.Json;
using Publisher.Tests.Support;

namespace Publisher.Tests.EndToEnd;

/// <summary>
/// A site whose every editor-written value carries an injection payload: the site settings, region, kind and
/// group names, and every front-matter text field and Markdown body of one document per payload.
/// </summary>
public sealed class PayloadSiteFixture : IDisposable
{
    /// <summary>Strings that break out of HTML text, attributes, URLs, scripts or templates when written unencoded.</summary>
    public static readonly string[] Payloads =
    [
        "<script>alert('p0')</script>",
        "\"><img src=x onerror=alert('p1')>",
        "</script><script>alert('p2')</script>",
        "javascript:alert('p3')",
        "'><svg onload=alert('p4')><x-injected>",
        "\u202Eevil\u202C p5 \u200Fhidden",
        "{{ 7 * 7 }} {% p6 %} ${p6}",
        "&lt;b&gt;p7&amp;amp; &#x3C;i&#x3E;",
        "\\\"}]></title><style>*{display:none}</style>p8",
        "]]></description><item>p9",
    ];

    /// <summary>What each payload must show as text once the build has removed the invisible direction controls from it.</summary>
    public static string Visible(string payload) =>
        new(payload.Where(c => c is not ('\u202E' or '\u202C' or '\u200F')).ToArray());

    private readonly TempDirectory _input = new();

    public PayloadSiteFixture()
    {
        Write("site.yml", $"""
            title: {Yaml("Zápisy " + Payloads[0] + Payloads[1])}
            base_url: "https://zapisy.example.cz/"
            language: cs
            description: {Yaml("Popis " + Payloads[2] + Payloads[4])}
            accessibility:
              operator: {Yaml("Provozovatel " + Payloads[1])}
              status: none
              non_accessible: [{Yaml("Nepřístupné " + Payloads[0])}]
              assessed: 2026-11-20
              method: {Yaml("Metoda " + Payloads[4])}
              contact:
                email: "pristupnost@example.cz"
                phone: "+420 415 736 111"
                address: {Yaml("Adresa " + Payloads[8])}
            """);
        var regions = new StringBuilder();
        for (var i = 0; i < Payloads.Length; i++)
        {
            regions.AppendLine($"- id: region-{i}");
            regions.AppendLine($"  name: {Yaml("Region " + Payloads[i])}");
            regions.AppendLine($"  kind: {Yaml("druh " + Payloads[i])}");
            regions.AppendLine("  groups:");
            regions.AppendLine($"    - id: skupina-{i}");
            regions.AppendLine($"      name: {Yaml("Skupina " + Payloads[i])}");
        }
        Write("regions.yml", regions.ToString());
        for (var i = 0; i < Payloads.Length; i++)
        {
            Write($"documents/region-{i}/2021/zapis-{i}.md", Minutes(i));
            Write($"documents/region-{i}/2021/plan-{i}.md", Plan(i));
        }
        Site = new BuiltSite(_input.Path);
    }

    public BuiltSite Site { get; }

    public static string Title(int i) => "Zápis " + Payloads[i];

    private static string Minutes(int i)
    {
        var p = Payloads[i];
        return $"""
            ---
            title: {Yaml(Title(i))}
            type: minutes
            date: 2021-03-0{i % 9 + 1}
            time: "9:30"
            region: region-{i}
            group: skupina-{i}
            place: {Yaml("Místo " + p)}
            attendees:
              present: [{Yaml("Přítomen " + p)}]
              excused: [{Yaml("Omluven " + p)}]
              absent: [{Yaml("Nepřítomen " + p)}]
              guests: [{Yaml("Host " + p)}]
            agenda:
              - {Yaml("Bod " + p)}
            tasks:
              - task: {Yaml("Úkol " + p)}
                owner: {Yaml("Odpovídá " + p)}
                due: 2021-04-30
            next_meeting: "2021-06-01 14:00"
            author: {Yaml("Zapsal " + p)}
            tags: [{Yaml("štítek " + p)}]
            plans: [plan-{i}]
            summary: {Yaml("Shrnutí " + p)}
            ---
            ## Průběh

            Text {p} a [odkaz s {p}](https://www.example.cz/?q={Uri.EscapeDataString(p)}).

            <p title="{p.Replace("\"", "&quot;")}">Odstavec</p>

            {p}
            """;
    }

    private static string Plan(int i)
    {
        var p = Payloads[i];
        return $"""
            ---
            title: {Yaml("Plán " + p)}
            type: plan
            date: 2021-01-15
            region: region-{i}
            id: plan-{i}
            period: {Yaml("2021–2023 " + p)}
            status: approved
            approved_by: {Yaml("Schválilo " + p)}
            ---
            Plán {p}
            """;
    }

    /// <summary>A YAML double-quoted scalar: JSON string syntax is valid YAML.</summary>
    private static string Yaml(string value) => JsonSerializer.Serialize(value);

    private void Write(string relativePath, string content)
    {
        var path = _input.Combine(relativePath.Split('/'));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content.Replace("\r\n", "\n"));
    }

    public void Dispose()
    {
        Site.Dispose();
        _input.Dispose();
    }
}
