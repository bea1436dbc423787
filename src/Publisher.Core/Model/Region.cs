namespace Publisher.Core.Model;

/// <summary>A planning region (ORP, MAS, microregion, town) and its working groups, from <c>regions.yml</c>.</summary>
/// <param name="At">Where <c>regions.yml</c> gives the region its id, for messages about the addresses the id makes.</param>
public sealed record Region(string Id, string Name, string? Kind, IReadOnlyList<WorkingGroup> Groups, string Url, Diagnostics.SourcePosition? At = null)
{
    public WorkingGroup? FindGroup(string id) => Groups.FirstOrDefault(g => g.Id == id);
}

public sealed record WorkingGroup(string Id, string Name, string RegionId, string Url);
