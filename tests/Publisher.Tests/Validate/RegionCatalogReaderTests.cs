using Publisher.Core.Diagnostics;
using Publisher.Core.Model;
using Publisher.Core.Validate;
using static Publisher.Tests.Support.TestContent;
using Publisher.Tests.Support;

namespace Publisher.Tests.Validate;

public class RegionCatalogReaderTests
{
    private const string DisplayPath = "input/regions.yml";

    private static (RegionCatalog? Catalog, IReadOnlyList<Diagnostic> Diagnostics) Read(string text)
    {
        var bag = new DiagnosticBag();
        var catalog = RegionCatalogReader.Read(File(text, "regions.yml"), bag);
        return (catalog, bag.Sorted());
    }

    private static Diagnostic SingleError(IReadOnlyList<Diagnostic> diagnostics) => TestContent.SingleError(diagnostics, DisplayPath);

    [Fact]
    public void Reads_regions_and_groups_with_their_urls()
    {
        var (catalog, diagnostics) = Read(Lines(
            "- id: zatec",
            "  name: Žatec",
            "  kind: město",
            "  groups:",
            "    - id: socialni-prevence",
            "      name: Sociální prevence a odborné sociální poradenství",
            "- id: jindrichuv-hradec",
            "  name: ORP Jindřichův Hradec",
            "  kind: ORP"));

        Assert.Empty(diagnostics);
        Assert.NotNull(catalog);
        var zatec = catalog.Find("zatec");
        Assert.NotNull(zatec);
        Assert.Equal("Žatec", zatec.Name);
        Assert.Equal("město", zatec.Kind);
        Assert.Equal("/zatec/", zatec.Url);
        var group = Assert.Single(zatec.Groups);
        Assert.Equal(new WorkingGroup("socialni-prevence", "Sociální prevence a odborné sociální poradenství", "zatec", "/zatec/socialni-prevence/"), group);
        Assert.Same(group, zatec.FindGroup("socialni-prevence"));
        Assert.Null(zatec.FindGroup("seniori"));

        var hradec = catalog.Find("jindrichuv-hradec");
        Assert.NotNull(hradec);
        Assert.Equal("ORP", hradec.Kind);
        Assert.Empty(hradec.Groups);
        Assert.Null(catalog.Find("Zatec"));
        // Regions are in Czech order of their names: "ORP …" before "Žatec".
        Assert.Equal(["jindrichuv-hradec", "zatec"], catalog.Ids);
    }

    [Theory]
    [InlineData("")]
    [InlineData("# jen komentář\n")]
    [InlineData("...\n\n")]
    public void A_file_without_a_yaml_document_is_reported_as_empty(string text)
    {
        var (catalog, diagnostics) = Read(text);

        Assert.Null(catalog);
        var error = SingleError(diagnostics);
        Assert.Equal((1, 1), (error.Line, error.Column));
        Assert.StartsWith("regions.yml is empty", error.Message.English);
    }

    [Fact]
    public void Reads_the_real_regions_file()
    {
        var text = System.IO.File.ReadAllText(Path.Combine(RepositoryRoot(), "input", "regions.yml"));

        var (catalog, diagnostics) = Read(text);

        Assert.Empty(diagnostics);
        Assert.NotNull(catalog);
        Assert.Equal(
            ["Liberec", "MAS Rozvoj Tanvaldska", "Mikroregion Rozvodí", "ORP Jindřichův Hradec", "Žatec"],
            catalog.Regions.Select(r => r.Name));
        Assert.Equal(
            ["bydleni", "dluhy", "prevence-rizikoveho-chovani", "stabilita-rodiny", "vzdelavani", "zamestnanost"],
            catalog.Find("mikroregion-rozvodi")!.Groups.Select(g => g.Id));
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !System.IO.File.Exists(Path.Combine(directory.FullName, "Publisher.sln")))
            directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("Publisher.sln not found above " + AppContext.BaseDirectory);
    }

    [Fact]
    public void Duplicate_region_id_is_an_error_naming_the_first_line()
    {
        var (catalog, diagnostics) = Read(Lines(
            "- id: zatec",        // 1
            "  name: Žatec",      // 2
            "  groups:",          // 3
            "    - id: seniori",  // 4
            "      name: Senioři",// 5
            "- id: zatec",        // 6
            "  name: Žatec II"));  // 7

        var error = SingleError(diagnostics);
        Assert.Equal((6, 7), (error.Line, error.Column));
        Assert.Equal("duplicate region id 'zatec' (first defined on line 1)", error.Message.English);
        var region = Assert.Single(catalog!.Regions);
        Assert.Equal("Žatec", region.Name);
        Assert.Single(region.Groups);
    }

    [Fact]
    public void Numeric_group_id_is_an_error()
    {
        var (catalog, diagnostics) = Read(Lines(
            "- id: zatec",
            "  name: Žatec",
            "  groups:",
            "    - id: 2020",
            "      name: Skupina 2020",
            "    - id: seniori",
            "      name: Senioři"));

        var error = SingleError(diagnostics);
        Assert.Equal((4, 11), (error.Line, error.Column));
        Assert.Equal("working group id '2020' must not be a number (numbers are years in the site's addresses)", error.Message.English);
        Assert.Equal(["seniori"], catalog!.Find("zatec")!.Groups.Select(g => g.Id));
    }

    [Fact]
    public void Region_id_with_accents_is_invalid_and_a_slug_is_suggested()
    {
        var (catalog, diagnostics) = Read(Lines("- id: žatec", "  name: Žatec"));

        var error = SingleError(diagnostics);
        Assert.Equal((1, 7), (error.Line, error.Column));
        Assert.Equal(
            "'regions[0].id': 'žatec' is not a valid id; use lower-case letters without accents, digits and dashes, e.g. 'zatec'",
            error.Message.English);
        Assert.Empty(catalog!.Regions);
    }

    [Fact]
    public void Group_id_with_capitals_is_invalid()
    {
        var (_, diagnostics) = Read(Lines("- id: zatec", "  name: Žatec", "  groups:", "    - id: Seniori", "      name: Senioři"));

        var error = SingleError(diagnostics);
        Assert.Equal((4, 11), (error.Line, error.Column));
        Assert.StartsWith("'regions[0].groups[0].id': 'Seniori' is not a valid id", error.Message.English);
        Assert.EndsWith("e.g. 'seniori'", error.Message.English);
    }

    [Fact]
    public void Duplicate_group_id_in_one_region_is_an_error()
    {
        var (_, diagnostics) = Read(Lines(
            "- id: zatec",
            "  name: Žatec",
            "  groups:",
            "    - id: seniori",
            "      name: Senioři",
            "    - id: seniori",
            "      name: Senioři II"));

        var error = SingleError(diagnostics);
        Assert.Equal((6, 11), (error.Line, error.Column));
        Assert.Equal("duplicate working group id 'seniori' in this region (first defined on line 4)", error.Message.English);
    }

    [Fact]
    public void Same_group_id_in_two_regions_is_fine()
    {
        var (catalog, diagnostics) = Read(Lines(
            "- id: zatec", "  name: Žatec", "  groups:", "    - id: seniori", "      name: Senioři",
            "- id: chomutov", "  name: Chomutov", "  groups:", "    - id: seniori", "      name: Senioři"));

        Assert.Empty(diagnostics);
        Assert.Equal("/chomutov/seniori/", catalog!.Find("chomutov")!.FindGroup("seniori")!.Url);
        Assert.Equal("/zatec/seniori/", catalog.Find("zatec")!.FindGroup("seniori")!.Url);
    }

    [Fact]
    public void Groups_are_sorted_in_czech_order()
    {
        var (catalog, diagnostics) = Read(Lines(
            "- id: zatec",
            "  name: Žatec",
            "  groups:",
            "    - { id: zamestnanost, name: Zaměstnanost }",
            "    - { id: chudoba, name: Chudoba }",
            "    - { id: hry, name: Hry }",
            "    - { id: cizinci, name: Cizinci }",
            "    - { id: cestina, name: Čeština }",
            "    - { id: dluhy, name: Dluhy }"));

        Assert.Empty(diagnostics);
        Assert.Equal(
            ["Cizinci", "Čeština", "Dluhy", "Hry", "Chudoba", "Zaměstnanost"],
            catalog!.Find("zatec")!.Groups.Select(g => g.Name));
    }

    [Fact]
    public void Missing_region_name_is_reported_at_the_region()
    {
        var (catalog, diagnostics) = Read(Lines("- id: zatec", "  kind: město"));

        var error = SingleError(diagnostics);
        Assert.Equal((1, 3), (error.Line, error.Column));
        Assert.Equal("missing required key 'regions[0].name' (the region's name)", error.Message.English);
        Assert.Empty(catalog!.Regions);
    }

    [Fact]
    public void Unknown_group_key_is_a_warning_with_a_suggestion()
    {
        var (_, diagnostics) = Read(Lines("- id: zatec", "  name: Žatec", "  groups:", "    - id: seniori", "      nmae: Senioři"));

        Assert.Equal(2, diagnostics.Count);
        Assert.Equal((4, 7), (diagnostics[0].Line, diagnostics[0].Column));
        Assert.Equal(Severity.Error, diagnostics[0].Severity);
        Assert.Equal("missing required key 'regions[0].groups[0].name' (the working group's name)", diagnostics[0].Message.English);
        Assert.Equal((5, 7), (diagnostics[1].Line, diagnostics[1].Column));
        Assert.Equal(Severity.Warning, diagnostics[1].Severity);
        Assert.Equal("unknown key 'regions[0].groups[0].nmae' is ignored (did you mean 'name'?)", diagnostics[1].Message.English);
    }

    [Fact]
    public void Region_key_in_a_working_group_is_an_error_naming_where_it_belongs()
    {
        var (_, diagnostics) = Read(Lines("- id: zatec", "  name: Žatec", "  groups:", "    - id: seniori", "      name: Senioři", "      kind: město"));

        var error = SingleError(diagnostics);
        Assert.Equal((6, 7), (error.Line, error.Column));
        Assert.Equal("'regions[0].groups[0].kind' belongs to a region (did you mean regions[].kind?)", error.Message.English);
    }

    [Fact]
    public void Diagnostics_name_the_region_by_its_position_in_the_file()
    {
        var (_, diagnostics) = Read(Lines("- id: rok", "  name: Rok", "- id: zatec", "  nmae: Žatec"));

        Assert.Contains(diagnostics, d => d.Message.English == "missing required key 'regions[1].name' (the region's name)");
        Assert.Contains(diagnostics, d => d.Message.English.StartsWith("unknown key 'regions[1].nmae' is ignored", StringComparison.Ordinal));
    }

    [Fact]
    public void File_that_is_not_a_list_is_an_error()
    {
        var (catalog, diagnostics) = Read(Lines("zatec:", "  name: Žatec"));

        Assert.Null(catalog);
        var error = SingleError(diagnostics);
        Assert.Equal((1, 1), (error.Line, error.Column));
        Assert.StartsWith("regions.yml must be a list of regions", error.Message.English);
    }

    [Fact]
    public void List_item_that_is_not_a_mapping_is_an_error()
    {
        var (catalog, diagnostics) = Read(Lines("- zatec", "- id: chomutov", "  name: Chomutov"));

        var error = SingleError(diagnostics);
        Assert.Equal((1, 3), (error.Line, error.Column));
        Assert.StartsWith("each region must be a set of 'key: value' lines", error.Message.English);
        Assert.Equal(["chomutov"], catalog!.Ids);
    }

    [Fact]
    public void Yaml_error_is_reported_at_its_line()
    {
        var (catalog, diagnostics) = Read(Lines("- id: zatec", "  name: Žatec", " kind: město"));

        Assert.Null(catalog);
        var error = SingleError(diagnostics);
        Assert.Equal((3, 2), (error.Line, error.Column));
        Assert.Equal("this line is indented differently from the keys above it; line it up with 'name:' on line 2 (2 spaces)", error.Message.English);
    }

    [Fact]
    public void Missing_file_gives_no_catalog()
    {
        var bag = new DiagnosticBag();

        Assert.Null(RegionCatalogReader.Read(null, bag));
        Assert.Empty(bag.Sorted());
    }

    [Fact]
    public void Empty_file_is_an_error()
    {
        var (catalog, diagnostics) = Read("# zatím žádné regiony\n");

        Assert.Null(catalog);
        var error = SingleError(diagnostics);
        Assert.Equal((1, 1), (error.Line, error.Column));
    }
}
