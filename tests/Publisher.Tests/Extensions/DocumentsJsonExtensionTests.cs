using System.Globalization;
using System.Text.Json;
using Publisher.Core.Extensions.OpenData;
using Publisher.Core.Model;
using Publisher.Tests.Render;
using static Publisher.Tests.Support.TestContent;

using Publisher.Tests.Support;
using Publisher.Core.Extensions;
using Publisher.Core.Extensions.Plans;

namespace Publisher.Tests.Extensions;

public class DocumentsJsonExtensionTests
{
    private static readonly Document Full = Discussing(Doc("Zápis \"A & B\" <i>kurzíva</i>", "2020-09-15", time: "09:30"), "kp-zatec") with
    {
        Place = "Radnice Žatec",
        Author = "Jana Nováková",
        Attendees = new Attendees(["Jana Nováková"], [], [], ["Host & spol."]),
        Agenda = ["Plnění plánu"],
        Tasks = [new MeetingTask("Připravit zprávu", "Jana Nováková", new DateOnly(2020, 10, 31)), new MeetingTask("Svolat setkání", null, null)],
        NextMeeting = new MeetingTime(new DateOnly(2020, 11, 10), new TimeOnly(14, 0)),
        Tags = [new Tag("Bydlení", "bydleni", UrlScheme.Tag("bydleni"))],
        Summary = "Souhrn.",
    };

    private static readonly Document Minimal = Doc("Aktualita", "2019-01-05", DocumentType.News, region: Chomutov, groupId: null);

    private static readonly SiteModel Site = RenderTestSite.Model(Minimal, Full);

    private static string Json(SiteModel site)
    {
        var file = Assert.Single(StandardExtensions.Create().OfType<DocumentsJsonExtension>().Single().Files(RenderTestSite.Planned(site)), f => f.Path == "data/documents.json");
        return file.Text();
    }

    private static JsonElement[] Entries(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("documents").EnumerateArray().Select(e => e.Clone()).ToArray();
    }

    [Fact]
    public void Every_document_has_its_url_and_source_newest_first()
    {
        var entries = Entries(Json(Site));

        Assert.Equal([Full.Url, Minimal.Url], entries.Select(e => e.GetProperty("url").GetString()));
        Assert.Equal([Full.Source, Minimal.Source], entries.Select(e => e.GetProperty("source").GetString()));
        Assert.Equal(["https://zapisy.example.cz" + Full.Url, "https://zapisy.example.cz" + Minimal.Url],
            entries.Select(e => e.GetProperty("absolute_url").GetString()));
    }

    [Fact]
    public void The_file_is_valid_json_ending_with_a_newline()
    {
        var json = Json(Site);

        using var document = JsonDocument.Parse(json);
        Assert.Equal(JsonValueKind.Object, document.RootElement.ValueKind);
        Assert.Equal(["documents"], document.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.EndsWith("}\n", json);
    }

    [Fact]
    public void Czech_letters_are_written_unescaped()
    {
        var json = Json(Site);

        Assert.Contains("\"region_name\": \"Žatec\"", json);
        Assert.Contains("Jana Nováková", json);
        Assert.Contains("Připravit zprávu", json);
        Assert.DoesNotContain("\\u017D", json, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Markup_characters_survive_a_round_trip_and_are_not_raw_in_the_file()
    {
        var json = Json(Site);
        var entry = Entries(json)[0];

        Assert.Equal("Zápis \"A & B\" <i>kurzíva</i>", entry.GetProperty("title").GetString());
        Assert.DoesNotContain("<i>", json);
    }

    [Fact]
    public void A_full_document_has_all_its_metadata()
    {
        var entry = Entries(Json(Site))[0];

        Assert.Equal("minutes", entry.GetProperty("type").GetString());
        Assert.Equal("2020-09-15", entry.GetProperty("date").GetString());
        Assert.Equal("09:30", entry.GetProperty("time").GetString());
        Assert.Equal("zatec", entry.GetProperty("region").GetString());
        Assert.Equal("seniori", entry.GetProperty("group").GetString());
        Assert.Equal("Senioři", entry.GetProperty("group_name").GetString());
        Assert.Equal("Radnice Žatec", entry.GetProperty("place").GetString());
        Assert.Equal("Jana Nováková", entry.GetProperty("author").GetString());
        Assert.Equal(["Jana Nováková"], entry.GetProperty("attendees").GetProperty("present").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["Host & spol."], entry.GetProperty("attendees").GetProperty("guests").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["Plnění plánu"], entry.GetProperty("agenda").EnumerateArray().Select(e => e.GetString()));
        var tasks = entry.GetProperty("tasks").EnumerateArray().ToList();
        Assert.Equal("2020-10-31", tasks[0].GetProperty("due").GetString());
        Assert.False(tasks[1].TryGetProperty("owner", out _));
        Assert.Equal("2020-11-10 14:00", entry.GetProperty("next_meeting").GetString());
        Assert.Equal(["Bydlení"], entry.GetProperty("tags").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["kp-zatec"], entry.GetProperty("plans").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("Souhrn.", entry.GetProperty("summary").GetString());
    }

    [Fact]
    public void Missing_optional_values_are_left_out()
    {
        var entry = Entries(Json(Site))[1];

        Assert.Equal("news", entry.GetProperty("type").GetString());
        Assert.Equal("chomutov", entry.GetProperty("region").GetString());
        foreach (var name in new[] { "group", "group_name", "time", "place", "author", "attendees", "agenda", "tasks", "next_meeting", "plan" })
            Assert.False(entry.TryGetProperty(name, out _), name);
        Assert.Equal(0, entry.GetProperty("tags").GetArrayLength());
        Assert.Equal(0, entry.GetProperty("plans").GetArrayLength());
    }

    [Fact]
    public void A_plan_document_has_its_plan_data()
    {
        var plan = AsPlanVersion(Doc("Komunitní plán", "2021-02-01", DocumentType.Plan, groupId: null), new PlanInfo("kp-zatec", "2021–2023", "in-force", null));

        var entry = Entries(Json(RenderTestSite.Model(plan)))[0];

        var info = entry.GetProperty("plan");
        Assert.Equal("kp-zatec", info.GetProperty("id").GetString());
        Assert.Equal("2021–2023", info.GetProperty("period").GetString());
        Assert.Equal("in-force", info.GetProperty("status").GetString());
        Assert.False(info.TryGetProperty("approved_by", out _));
    }

    [Fact]
    public void An_empty_site_has_an_empty_list()
    {
        Assert.Empty(Entries(Json(RenderTestSite.Model())));
        Assert.Equal(["/otevrena-data/"], StandardExtensions.Create().OfType<DocumentsJsonExtension>().Single().Pages(RenderTestSite.Model(), RenderTestSite.Texts).Select(p => p.Url));
    }

    // With fi-FI (time separator ".") the file must still say "09:30" and "2020-11-10 14:00".
    [Fact]
    public void Times_do_not_depend_on_the_current_culture()
    {
        var saved = CultureInfo.CurrentCulture;
        string json;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("fi-FI");
            json = Json(Site);
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
        var entry = Entries(json)[0];

        Assert.Equal("09:30", entry.GetProperty("time").GetString());
        Assert.Equal("2020-11-10 14:00", entry.GetProperty("next_meeting").GetString());
        Assert.Equal("2020-10-31", entry.GetProperty("tasks")[0].GetProperty("due").GetString());
    }
}
