using Publisher.Core.Authoring.Import;
using Publisher.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Publisher.Tests.Authoring.Import;

/// <summary>
/// Each of the real legacy minutes, imported, gives the date, time, place, author, attendees, agenda and next meeting
/// its hand-made Markdown file states: both front matters are read with YamlDotNet and compared field by field.
/// </summary>
public sealed class SeedImportTests
{
    public static string Seed(string name) => Path.Combine(RepositoryPaths.Root, "tests", "Publisher.Tests", "Authoring", "Import", "Seeds", name);

    private static readonly string[] ComparedKeys = ["date", "time", "author", "next_meeting"];

    [Fact]
    public void Velke_Hamry_minutes_from_a_table_like_header() =>
        AssertImportedAsHandMade("000_f61603d39d997322.txt", "mas-rozvoj-tanvaldska/2022/2022-03-04-akcni-plan-opz-velke-hamry.md");

    [Fact]
    public void Liberec_minutes_with_date_time_and_place_on_one_line() =>
        AssertImportedAsHandMade("001_815f600563b47a09.txt", "liberec/2020/2020-02-17-setkani-skupiny-pro-cizince.md");

    [Fact]
    public void Rozvodi_news_gives_its_date_and_nothing_it_does_not_state() =>
        AssertImportedAsHandMade("002_8e6cdc51613eae3a.txt", "mikroregion-rozvodi/2018/2018-10-27-zacina-strategicke-planovani.md");

    [Fact]
    public void Zatec_minutes_with_four_lists_of_attendees() =>
        AssertImportedAsHandMade("003_0a41da91c81234f4.txt", "zatec/2020/2020-06-10-socialni-prevence-a-poradenstvi.md");

    [Fact]
    public void Jindrichuv_Hradec_minutes_with_a_date_in_words_and_an_announced_meeting() =>
        AssertImportedAsHandMade("004_bb2f382388c739f4.txt", "jindrichuv-hradec/2018/2018-03-29-osoby-ohrozene-socialnim-vyloucenim.md");

    /// <summary>The front matter the import writes for a file, read back with YamlDotNet.</summary>
    public static YamlMappingNode ImportedFrontMatter(string path, string region = "zatec", string group = "socialni-prevence-a-odborne-socialni-poradenstvi")
    {
        var fields = MinutesRecogniser.Recognise(LegacyFile.Read(path, Path.GetFileName(path)));
        var text = FrontMatterWriter.Write(new MinutesPlacement(fields.Title ?? "Zápis", fields.Date!.Value, region, group), fields);
        var stream = new YamlStream();
        stream.Load(new StringReader(text[4..text.LastIndexOf("---", StringComparison.Ordinal)]));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static void AssertImportedAsHandMade(string seed, string handMade)
    {
        var expected = FrontMatter.Read(Path.Combine(RepositoryPaths.Input, "documents", handMade));
        var imported = ImportedFrontMatter(Seed(seed));

        foreach (var key in ComparedKeys)
            Assert.True(expected.Scalar(key) == imported.Scalar(key), $"{key}: expected '{expected.Scalar(key)}', imported '{imported.Scalar(key)}'");
        Assert.Equal(PlaceWords(expected.Scalar("place")), PlaceWords(imported.Scalar("place")));
        Assert.Equal(expected.List("agenda"), imported.List("agenda"));
        foreach (var list in new[] { "present", "excused", "absent", "guests" })
            Assert.Equal(expected.Map("attendees")?.List(list) ?? [], imported.Map("attendees")?.List(list) ?? []);
    }

    /// <summary>
    /// A place compared by the stems of its words: the first four letters of each word longer than two, lower case, in
    /// order. Minutes often name the place inside a sentence, declined ("v prostorách Mateřského centra Sedmikráska v
    /// kreativní dílně"), where the hand-made file gives its nominative ("Mateřské centrum Sedmikráska, kreativní dílna");
    /// Czech declension changes the ends of words, and prepositions like "v" are not part of the name. Words are divided at
    /// any space (minutes bind "v" to the next word with a no-break space) and punctuation.
    /// </summary>
    private static IReadOnlyList<string>? PlaceWords(string? place) =>
        place?.Split(place.Where(c => char.IsWhiteSpace(c) || char.IsPunctuation(c)).Distinct().ToArray(), StringSplitOptions.RemoveEmptyEntries)
            .Where(word => word.Length > 2)
            .Select(word => word.ToLowerInvariant()[..Math.Min(4, word.Length)])
            .ToList();
}
