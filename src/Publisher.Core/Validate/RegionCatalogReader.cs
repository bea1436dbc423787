using Publisher.Core.Diagnostics;
using Publisher.Core.Load;
using Publisher.Core.Model;
using YamlDotNet.RepresentationModel;

namespace Publisher.Core.Validate;

/// <summary>Reads and checks <c>regions.yml</c>: unique, URL-safe ids for regions and their working groups.</summary>
public static class RegionCatalogReader
{
    private static readonly FileKeys RegionFileKeys = new();
    private static readonly KeySet RegionKeys = RegionFileKeys.Mapping(SiteFileMessages.ToARegion, "regions[].", "id", "name", "kind", "groups");
    private static readonly KeySet GroupKeys = RegionFileKeys.Mapping(SiteFileMessages.ToAWorkingGroup, "regions[].groups[].", "id", "name");

    public static RegionCatalog? Read(SourceFile? file, DiagnosticBag diagnostics)
    {
        if (file is null) return null;
        var root = YamlDocumentReader.ParseDataFile(file, SiteFileMessages.RegionsFileEmpty, diagnostics);
        if (root is null) return null;
        if (root is not YamlSequenceNode sequence)
        {
            diagnostics.Error(file.DisplayPath, 1, 1, SiteFileMessages.RegionsFileNotAList);
            return null;
        }

        var regions = new List<Region>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var index = 0; index < sequence.Children.Count; index++)
        {
            var item = sequence.Children[index];
            if (item is not YamlMappingNode mapping)
            {
                diagnostics.Error(file.DisplayPath, (int)item.Start.Line, (int)item.Start.Column, SiteFileMessages.RegionNotAMapping);
                continue;
            }
            var fields = new YamlFields(mapping, file.DisplayPath, 1, diagnostics, $"regions[{index}].");
            fields.CheckKeys(RegionKeys);
            var id = fields.Id("id", SiteFileMessages.RegionIdWhat);
            var name = fields.Text("name", required: true, what: SiteFileMessages.RegionNameWhat);
            var kind = fields.Text("kind");
            if (id is not null && !seen.TryAdd(id, fields.Position(fields.Get("id")!).Line))
            {
                fields.Error(fields.Get("id")!, SiteFileMessages.DuplicateRegionId(id, seen[id]));
                id = null;
            }
            var groups = Groups(fields, id);
            if (id is not null && name is not null)
            {
                var (line, column) = fields.Position(fields.Get("id")!);
                regions.Add(new Region(id, name, kind, groups, UrlScheme.Region(id), new SourcePosition(file.DisplayPath, line, column)));
            }
        }
        return new RegionCatalog(regions);
    }

    private static IReadOnlyList<WorkingGroup> Groups(YamlFields region, string? regionId)
    {
        var groups = new List<WorkingGroup>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var fields in region.MapList("groups"))
        {
            fields.CheckKeys(GroupKeys);
            var id = fields.Id("id", SiteFileMessages.GroupIdWhat);
            var name = fields.Text("name", required: true, what: SiteFileMessages.GroupNameWhat);
            if (id is not null && id.All(char.IsAsciiDigit))
            {
                fields.Error(fields.Get("id")!, SiteFileMessages.GroupIdIsANumber(id));
                id = null;
            }
            if (id is not null && !seen.TryAdd(id, fields.Position(fields.Get("id")!).Line))
            {
                fields.Error(fields.Get("id")!, SiteFileMessages.DuplicateGroupId(id, seen[id]));
                id = null;
            }
            if (id is not null && name is not null && regionId is not null)
                groups.Add(new WorkingGroup(id, name, regionId, UrlScheme.Group(regionId, id)));
        }
        return groups.OrderBy(g => g.Name, Czech.CzechCulture.Collator).ThenBy(g => g.Id, StringComparer.Ordinal).ToList();
    }
}
