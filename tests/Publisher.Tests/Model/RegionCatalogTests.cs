using Publisher.Core.Model;
using static Publisher.Tests.Support.TestContent;

namespace Publisher.Tests.Model;

public class RegionCatalogTests
{
    [Fact]
    public void Regions_are_in_czech_alphabetical_order()
    {
        var catalog = new RegionCatalog(
        [
            Region("zatec", "Žatec"),
            Region("ivancice", "Ivančice"),
            Region("chomutov", "Chomutov"),
            Region("hradec-kralove", "Hradec Králové"),
            Region("cheb", "Cheb"),
            Region("ceska-lipa", "Česká Lípa"),
            Region("cvikov", "Cvikov"),
        ]);

        Assert.Equal(
            ["Cvikov", "Česká Lípa", "Hradec Králové", "Cheb", "Chomutov", "Ivančice", "Žatec"],
            catalog.Regions.Select(r => r.Name));
        Assert.Equal(["cvikov", "ceska-lipa", "hradec-kralove", "cheb", "chomutov", "ivancice", "zatec"], catalog.Ids);
    }

    [Fact]
    public void Regions_with_the_same_name_are_ordered_by_id()
    {
        var catalog = new RegionCatalog([Region("b", "Stejné"), Region("a", "Stejné")]);

        Assert.Equal(["a", "b"], catalog.Ids);
    }

    [Fact]
    public void Find_looks_up_by_exact_id()
    {
        var catalog = Catalog();

        Assert.Same(Zatec, catalog.Find("zatec"));
        Assert.Null(catalog.Find("Zatec"));
        Assert.Null(catalog.Find("žatec"));
        Assert.Null(catalog.Find(""));
    }

    [Fact]
    public void Region_finds_its_groups_by_id()
    {
        var group = Zatec.FindGroup("seniori");

        Assert.NotNull(group);
        Assert.Equal("zatec", group.RegionId);
        Assert.Equal("/zatec/seniori/", group.Url);
        Assert.Null(Zatec.FindGroup("dluhy"));
    }
}
