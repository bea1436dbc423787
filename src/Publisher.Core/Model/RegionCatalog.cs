namespace Publisher.Core.Model;

/// <summary>The regions of <c>regions.yml</c> in Czech alphabetical order, with lookup by id.</summary>
public sealed record RegionCatalog
{
    private readonly IReadOnlyDictionary<string, Region> _byId;

    public RegionCatalog(IEnumerable<Region> regions)
    {
        Regions = regions.OrderBy(r => r.Name, Czech.CzechCulture.Collator).ThenBy(r => r.Id, StringComparer.Ordinal).ToList();
        _byId = Regions.ToDictionary(r => r.Id, StringComparer.Ordinal);
    }

    public IReadOnlyList<Region> Regions { get; }

    public Region? Find(string id) => _byId.GetValueOrDefault(id);

    public IEnumerable<string> Ids => Regions.Select(r => r.Id);
}
