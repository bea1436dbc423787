namespace Publisher.Core.Model;

/// <summary>A planning region (ORP, MAS, microregion, town) and its working groups, from <c>regions.yml</c>.</summary>
public sealed record Region(string Id, string Name, string? Kind, IReadOnlyList<WorkingGroup> Groups, string Url)
{
    public WorkingGroup? FindGroup(string id) => Groups.FirstOrDefault(g => g.Id == id);
}

public sealed record WorkingGroup(string Id, string Name, string RegionId, string Url);
