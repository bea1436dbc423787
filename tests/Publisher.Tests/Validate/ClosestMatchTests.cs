using Publisher.Core.Diagnostics;
using Publisher.Core.Validate;

namespace Publisher.Tests.Validate;

public class ClosestMatchTests
{
    [Theory]
    [InlineData("", "", 0)]
    [InlineData("", "abc", 3)]
    [InlineData("abc", "", 3)]
    [InlineData("zatec", "zatec", 0)]
    [InlineData("zatek", "zatec", 1)]
    [InlineData("zatec", "zatecz", 1)]
    [InlineData("zatec", "atec", 1)]
    [InlineData("ab", "ba", 1)]
    [InlineData("titel", "title", 1)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("abc", "xyz", 3)]
    public void Distance_counts_edits_and_neighbour_swaps(string a, string b, int expected)
    {
        Assert.Equal(expected, ClosestMatch.Distance(a, b));
        Assert.Equal(expected, ClosestMatch.Distance(b, a));
    }

    [Theory]
    [InlineData("zatek", "zatec")]
    [InlineData("Žatec", "zatec")]
    [InlineData(" ZATEC ", "zatec")]
    [InlineData("Jindřichův Hradec", "jindrichuv-hradec")]
    [InlineData("chomutow", "chomutov")]
    public void Find_returns_the_id_the_editor_meant(string value, string expected)
    {
        Assert.Equal(expected, ClosestMatch.Find(value, ["zatec", "jindrichuv-hradec", "chomutov", "liberec"]));
    }

    [Theory]
    [InlineData("ostrava")]
    [InlineData("xy")]
    public void Find_returns_null_when_nothing_is_close(string value)
    {
        Assert.Null(ClosestMatch.Find(value, ["zatec", "jindrichuv-hradec", "chomutov"]));
    }

    [Fact]
    public void Value_that_is_part_of_the_only_candidate_is_accepted()
    {
        Assert.Equal("mesto-zatec", ClosestMatch.Find("zatec", ["mesto-zatec"]));
    }

    [Fact]
    public void Value_that_is_part_of_an_id_is_found_among_other_ids()
    {
        Assert.Equal("jindrichuv-hradec", ClosestMatch.Find("hradec", ["zatec", "jindrichuv-hradec", "chomutov", "liberec"]));
    }

    [Fact]
    public void Find_without_candidates_is_null()
    {
        Assert.Null(ClosestMatch.Find("zatec", []));
    }

    [Fact]
    public void Ties_are_broken_by_ordinal_order()
    {
        Assert.Equal("abd", ClosestMatch.Find("abc", ["abe", "abd"]));
    }

    [Fact]
    public void Hint_formats_the_suggestion()
    {
        var hint = ClosestMatch.Hint("aproved", ["draft", "approved", "in-force", "expired"]);
        Assert.Equal(" (did you mean 'approved'?)", hint.English);
        Assert.Equal(" (měli jste na mysli 'approved'?)", hint.Czech);
        Assert.Equal(Message.Empty, ClosestMatch.Hint("schvaleno", ["draft", "approved", "in-force", "expired"]));
    }
}
