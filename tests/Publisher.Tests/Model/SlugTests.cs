using Publisher.Core.Model;

namespace Publisher.Tests.Model;

public class SlugTests
{
    [Theory]
    [InlineData("Žatec", "zatec")]
    [InlineData("Děti, mládež a rodina", "deti-mladez-a-rodina")]
    [InlineData("Příliš žluťoučký kůň úpěl ďábelské ódy", "prilis-zlutoucky-kun-upel-dabelske-ody")]
    [InlineData("ORP Jindřichův Hradec", "orp-jindrichuv-hradec")]
    [InlineData("  -- Ahoj   světe --  ", "ahoj-svete")]
    [InlineData("COVID-19", "covid-19")]
    [InlineData("Plán 2020–2022", "plan-2020-2022")]
    [InlineData("Akční plán OPZ+ a sociální začleňování", "akcni-plan-opz-a-socialni-zaclenovani")]
    [InlineData("Zápis č. 3/2020", "zapis-c-3-2020")]
    [InlineData("„Rozpitvání“ problému", "rozpitvani-problemu")]
    [InlineData("ŘEŠENÍ ÚČTŮ", "reseni-uctu")]
    [InlineData("", "")]
    [InlineData("–!?", "")]
    public void From_makes_lower_case_ascii_segments(string text, string expected)
    {
        Assert.Equal(expected, Slug.From(text));
    }

    [Fact]
    public void Long_title_is_cut_at_a_dash_within_60_characters()
    {
        var slug = Slug.From("Zápis z jednání pracovní skupiny Sociální prevence a odborné sociální poradenství");

        Assert.Equal("zapis-z-jednani-pracovni-skupiny-socialni-prevence-a-odborne", slug);
        Assert.Equal(60, slug.Length);
    }

    [Fact]
    public void Long_title_is_cut_before_a_word_that_would_cross_the_limit()
    {
        var slug = Slug.From("Pracovní setkání skupiny pro cizince, národnostní menšiny a osoby ohrožené sociálním vyloučením");

        Assert.Equal("pracovni-setkani-skupiny-pro-cizince-narodnostni-mensiny-a", slug);
        Assert.True(slug.Length <= Slug.MaxLength);
        Assert.False(slug.EndsWith('-'));
    }

    [Fact]
    public void Long_word_without_a_late_dash_is_cut_at_the_limit()
    {
        var slug = Slug.From("krátké " + new string('x', 80));

        Assert.Equal("kratke-" + new string('x', 53), slug);
        Assert.Equal(60, slug.Length);
    }

    [Fact]
    public void Cut_at_the_last_dash_leaves_no_trailing_dash()
    {
        // The 60th character is a dash: the slug ends just before it.
        var text = new string('a', 10) + " " + new string('b', 48) + " " + new string('c', 30);

        var slug = Slug.From(text);

        Assert.Equal(new string('a', 10) + "-" + new string('b', 48), slug);
    }

    [Fact]
    public void Very_short_limit_trims_a_dash_at_the_cut()
    {
        Assert.Equal("a", Slug.From("a b", 2));
    }

    [Fact]
    public void Custom_maximum_length_is_respected()
    {
        Assert.Equal("deti-mladez", Slug.From("Děti, mládež a rodina", 12));
        Assert.Equal("deti-mladez-a-rodina", Slug.From("Děti, mládež a rodina", int.MaxValue));
    }

    [Theory]
    [InlineData("zatec")]
    [InlineData("mesto-zatec")]
    [InlineData("2020")]
    [InlineData("kp-2020-2022")]
    public void IsValid_accepts_clean_slugs(string id)
    {
        Assert.True(Slug.IsValid(id));
    }

    [Theory]
    [InlineData("")]
    [InlineData("Zatec")]
    [InlineData("žatec")]
    [InlineData("mesto zatec")]
    [InlineData("mesto--zatec")]
    [InlineData("-zatec")]
    [InlineData("zatec-")]
    [InlineData("mesto_zatec")]
    [InlineData("../etc")]
    [InlineData("a/b")]
    [InlineData("a.b")]
    public void IsValid_rejects_anything_else(string id)
    {
        Assert.False(Slug.IsValid(id));
    }

    [Fact]
    public void IsValid_limits_the_length_to_100()
    {
        Assert.True(Slug.IsValid(new string('a', 100)));
        Assert.False(Slug.IsValid(new string('a', 101)));
    }

    [Theory]
    [InlineData("Zápis z jednání pracovní skupiny Senioři a osoby se zdravotním postižením", true)]
    [InlineData("Zápis z jednání pracovní skupiny Senioři a osoby se", false)]
    [InlineData("Zápis", false)]
    public void IsCut_tells_whether_the_slug_leaves_part_of_the_text_out(string text, bool cut)
    {
        Assert.Equal(cut, Slug.IsCut(text));
    }
}
