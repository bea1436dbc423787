using Publisher.Core.Load;

namespace Publisher.Tests.Load;

public class KeptBodiesTests
{
    [Fact]
    public void A_kept_body_comes_back_as_the_very_text_given()
    {
        var bodies = new KeptBodies(maxBytes: 1024);
        const string body = "Žluťoučký kůň\u00a0úpěl ďábelské ódy 😀\n\n| a | b |\n";

        Assert.True(bodies.TryKeep("documents/a.md", body));

        Assert.Equal(body, bodies.Get("documents/a.md"));
        Assert.Null(bodies.Get("documents/b.md"));
    }

    [Fact]
    public void Bodies_are_kept_until_their_bytes_reach_the_budget_and_no_further()
    {
        // "č" takes two bytes: the budget counts bytes as they are kept, not characters.
        var bodies = new KeptBodies(maxBytes: 10);

        Assert.True(bodies.TryKeep("a", "čččč"));
        Assert.False(bodies.TryKeep("b", "ččč"));
        Assert.False(bodies.TryKeep("c", "čč"));
        Assert.Null(bodies.TryCopy([1]));

        Assert.Equal("čččč", bodies.Get("a"));
        Assert.Null(bodies.Get("b"));
        Assert.Null(bodies.Get("c"));
    }

    [Fact]
    public void Text_that_is_not_well_formed_is_not_kept_rather_than_kept_changed()
    {
        var bodies = new KeptBodies(maxBytes: 1024);

        Assert.False(bodies.TryKeep("a", "lone \ud83d surrogate"));

        Assert.Null(bodies.Get("a"));
    }

    [Fact]
    public void Bodies_kept_from_several_threads_across_many_blocks_each_come_back_whole()
    {
        var bodies = new KeptBodies(maxBytes: long.MaxValue);
        // About 30 MB in all, some of them larger than a block shares out (a quarter of 4 MB), written from every core at once.
        var texts = Enumerable.Range(0, 4_000)
            .Select(i => $"{i}: " + string.Concat(Enumerable.Repeat("řádek zápisu ", i % 397 == 0 ? 1_500_000 / 13 : 1 + i % 300)))
            .ToArray();

        Parallel.For(0, texts.Length, i => Assert.True(bodies.TryKeep($"documents/{i}.md", texts[i])));

        for (var i = 0; i < texts.Length; i++)
            Assert.Equal(texts[i], bodies.Get($"documents/{i}.md"));
    }

    [Fact]
    public void A_body_held_elsewhere_is_kept_as_it_is_outside_the_budget()
    {
        var bodies = new KeptBodies(maxBytes: 0);
        var body = new string('x', 100);

        bodies.KeepHeld("a", body.AsMemory());
        bodies.KeepHeld("b", "---\ntitle: B\n---\nŽatec.\n".AsMemory(17));

        Assert.Same(body, bodies.Get("a"));
        Assert.Equal("Žatec.\n", bodies.Get("b"));
    }
}
