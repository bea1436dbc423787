using System.Globalization;
using System.Text;
using Publisher.Tests.Support;

namespace Publisher.Tests.EndToEnd;

/// <summary>
/// How a site shows attendees reaches everything it publishes: a name that is not to be shown is in no page, search
/// index shard, feed, calendar or open data file; one document may say otherwise for itself.
/// </summary>
public sealed class AttendeePrivacyTests
{
    private const string Zatec = "zatec/2020/2020-06-10-socialni-prevence-a-poradenstvi.md";

    // Named only among the Žatec minutes' attendees, nowhere in any body.
    private const string Attendee = "Hrdličková";

    private static BuiltSite Site(string shown, string? documentShown = null) => new(RepositoryPaths.Input, input =>
    {
        var site = Path.Combine(input, "site.yml");
        File.WriteAllText(site, File.ReadAllText(site).Replace("personal_data:\n", $"personal_data:\n  attendees: {shown}\n"));
        if (documentShown is not null)
        {
            var document = Path.Combine(input, "documents", Zatec);
            File.WriteAllText(document, File.ReadAllText(document).Replace("attendees:\n", $"attendees:\n  shown: {documentShown}\n"));
        }
    });

    /// <summary>Every output file that holds the name, with or without diacritics, in any case (the search index holds it folded).</summary>
    private static List<string> FilesNaming(BuiltSite site, string name)
    {
        var folded = Folded(name);
        return Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories)
            .Where(file => Folded(File.ReadAllText(file)).Contains(folded[..7], StringComparison.Ordinal))
            .Select(file => Path.GetRelativePath(site.Output, file))
            .ToList();
    }

    private static string Folded(string text) =>
        string.Concat(text.Normalize(NormalizationForm.FormD).Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)).ToLowerInvariant();

    [Fact]
    public void By_default_attendees_are_named_on_the_page_and_in_the_index_and_data()
    {
        using var site = Site("names");

        var files = FilesNaming(site, Attendee);

        Assert.Contains(files, f => f.StartsWith("zatec/", StringComparison.Ordinal) && f.EndsWith(".html", StringComparison.Ordinal));
        Assert.Contains(files, f => f.StartsWith("hledat/", StringComparison.Ordinal));
        Assert.Contains(files, f => f.StartsWith("data/", StringComparison.Ordinal));
    }

    [Fact]
    public void Counted_attendees_are_named_nowhere_and_the_page_shows_how_many_came()
    {
        using var site = Site("counts");

        Assert.Empty(FilesNaming(site, Attendee));
        var page = site.Page("/zatec/socialni-prevence-a-odborne-socialni-poradenstvi/2020/2020-06-10-zapis-z-jednani-pracovni-skupiny-socialni-prevence-a-odborne/");
        var attendees = page.QuerySelector("section.attendees")!;
        Assert.Empty(attendees.QuerySelectorAll("ul.people"));
        Assert.Equal(["Přítomni (20)", "Omluveni (5)", "Nepřítomni (2)", "Hosté (2)"], attendees.QuerySelectorAll("dt").Select(dt => Typeset.Untied(dt.TextContent)));
        Assert.Equal("Jména účastníků se nezveřejňují; uveden je jen jejich počet.", Typeset.Untied(attendees.QuerySelector("p.muted")!.TextContent));
        // The open data keep the counts, which journalists compare across meetings.
        using var data = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(site.Output, "data", "documents.json")));
        var entry = data.RootElement.GetProperty("documents").EnumerateArray().Single(e => e.GetProperty("source").GetString()!.EndsWith(Zatec, StringComparison.Ordinal)).GetProperty("attendees");
        Assert.Equal("counts", entry.GetProperty("shown").GetString());
        Assert.Equal(0, entry.GetProperty("present").GetArrayLength());
        Assert.Equal((20, 5, 2, 2), (entry.GetProperty("present_count").GetInt32(), entry.GetProperty("excused_count").GetInt32(),
            entry.GetProperty("absent_count").GetInt32(), entry.GetProperty("guests_count").GetInt32()));
    }

    [Fact]
    public void Organisations_replace_the_names_and_people_without_one_are_only_counted()
    {
        using var site = Site("organisations");

        Assert.Empty(FilesNaming(site, Attendee));
        var page = site.Page("/zatec/socialni-prevence-a-odborne-socialni-poradenstvi/2020/2020-06-10-zapis-z-jednani-pracovni-skupiny-socialni-prevence-a-odborne/");
        var guests = page.QuerySelectorAll("section.attendees ul.people li").Select(li => Typeset.Untied(li.TextContent));
        Assert.Equal(["koordinátorka KP", "Státní zdravotní ústav"], guests);
    }

    [Fact]
    public void A_document_may_name_its_attendees_on_a_site_that_counts_them()
    {
        using var site = Site("counts", documentShown: "names");

        Assert.Contains(FilesNaming(site, Attendee), f => f.StartsWith("zatec/", StringComparison.Ordinal));
    }
}
