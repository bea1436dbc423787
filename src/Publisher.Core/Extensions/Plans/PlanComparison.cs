namespace Publisher.Core.Extensions.Plans;

public enum SectionChange { Unchanged, Changed, Added, Removed }

/// <summary>One section of two versions compared: its heading, what happened to it and its words.</summary>
/// <param name="Heading">The section's heading; empty for the text before the first heading.</param>
/// <param name="Diff">The section's text, word by word: the whole text inserted for an added section, deleted for a removed one.</param>
public sealed record SectionComparison(string Heading, SectionChange Change, TextDiff Diff)
{
    /// <summary>The change as the theme's texts name it (<c>t.plan_compare.change[...]</c>).</summary>
    public string ChangeKey => Change.ToString().ToLowerInvariant();

    public bool IsUnchanged => Change == SectionChange.Unchanged;
}

/// <summary>
/// Two versions of a plan compared section by section. Sections are matched by their heading text (the second
/// "Cíle" of one version with the second of the other), as a reader follows a plan by its chapters; matched sections
/// are compared word by word (<see cref="WordDiff"/>), the others are added or removed whole. The sections are in
/// the newer version's order, each removed one where it stood in the older version, after the sections that came
/// before it there.
/// </summary>
public static class PlanComparison
{
    public static IReadOnlyList<SectionComparison> Compare(IReadOnlyList<PlanSection> older, IReadOnlyList<PlanSection> newer)
    {
        // Older sections by heading and occurrence, each heading's occurrences in order.
        var olderByHeading = new Dictionary<(string, int), int>();
        var occurrences = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < older.Count; i++)
            olderByHeading[(older[i].Heading, Occurrence(occurrences, older[i].Heading))] = i;

        occurrences.Clear();
        var matches = new int[newer.Count];
        var matched = new bool[older.Count];
        for (var i = 0; i < newer.Count; i++)
        {
            matches[i] = olderByHeading.GetValueOrDefault((newer[i].Heading, Occurrence(occurrences, newer[i].Heading)), -1);
            if (matches[i] >= 0) matched[matches[i]] = true;
        }

        var sections = new List<SectionComparison>(Math.Max(older.Count, newer.Count));
        var nextOlder = 0;
        for (var i = 0; i < newer.Count; i++)
        {
            if (matches[i] >= 0)
            {
                // The removed sections that stood before this one in the older version.
                for (; nextOlder < matches[i]; nextOlder++)
                    if (!matched[nextOlder]) sections.Add(Removed(older[nextOlder]));
                nextOlder = Math.Max(nextOlder, matches[i] + 1);
                sections.Add(Matched(older[matches[i]], newer[i]));
            }
            else
            {
                sections.Add(Added(newer[i]));
            }
        }
        for (; nextOlder < older.Count; nextOlder++)
            if (!matched[nextOlder]) sections.Add(Removed(older[nextOlder]));
        return sections;
    }

    private static int Occurrence(Dictionary<string, int> occurrences, string heading)
    {
        var count = occurrences.GetValueOrDefault(heading) + 1;
        occurrences[heading] = count;
        return count;
    }

    private static SectionComparison Matched(PlanSection older, PlanSection newer)
    {
        var diff = WordDiff.Compare(older.Text, newer.Text);
        return new SectionComparison(newer.Heading, diff.HasChanges ? SectionChange.Changed : SectionChange.Unchanged, diff);
    }

    private static SectionComparison Added(PlanSection section) =>
        new(section.Heading, SectionChange.Added, WordDiff.Compare("", section.Text));

    private static SectionComparison Removed(PlanSection section) =>
        new(section.Heading, SectionChange.Removed, WordDiff.Compare(section.Text, ""));
}
