namespace Publisher.Tests.Support;

/// <summary>A fenced code block of a Markdown document: its info string ("sh", "yaml site.yml") and its text.</summary>
public sealed record FencedBlock(string Info, string Text)
{
    public static IReadOnlyList<FencedBlock> All(string markdown)
    {
        var blocks = new List<FencedBlock>();
        string? info = null;
        var text = new List<string>();
        foreach (var line in markdown.Replace("\r\n", "\n").Split('\n'))
        {
            if (!line.StartsWith("```", StringComparison.Ordinal)) { if (info is not null) text.Add(line); continue; }
            if (info is null) { info = line[3..].Trim(); text.Clear(); }
            else { blocks.Add(new FencedBlock(info, string.Join("\n", text) + "\n")); info = null; }
        }
        return blocks;
    }
}
