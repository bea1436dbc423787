using Publisher.Core.Render.Templates;

namespace Publisher.Tests.Render;

public sealed class CachedPartialsTests
{
    private sealed record Item(string Name);

    [Fact]
    public void Values_are_the_same_when_they_are_the_same_object_or_the_same_text_or_number()
    {
        var cache = new CachedPartials();
        var item = new Item("a");
        cache.Keep("p", item, "<li>a</li>");
        cache.Keep("p", new string('x', 3), "<li>xxx</li>");
        cache.Keep("p", 7, "<li>7</li>");

        Assert.True(cache.TryGet("p", item, out var kept));
        Assert.Equal("<li>a</li>", kept);
        // An equal record that is another object is another value: the model never makes two of one thing.
        Assert.False(cache.TryGet("p", new Item("a"), out _));
        Assert.True(cache.TryGet("p", "xxx", out kept));
        Assert.Equal("<li>xxx</li>", kept);
        Assert.True(cache.TryGet("p", 7, out _));
        Assert.False(cache.TryGet("p", 7L, out _));
        Assert.False(cache.TryGet("q", item, out _));
    }

    [Fact]
    public void A_partial_without_a_value_is_kept_once()
    {
        var cache = new CachedPartials();

        Assert.Equal("<header>", cache.Keep("header", null, "<header>"));
        Assert.Equal("<header>", cache.Keep("header", null, "<header>"));

        Assert.True(cache.TryGet("header", null, out var kept));
        Assert.Equal("<header>", kept);
    }

    [Fact]
    public void Markup_past_the_budget_is_given_back_but_not_kept()
    {
        var cache = new CachedPartials(maxCharacters: 10);
        var (first, second, third) = (new Item("1"), new Item("2"), new Item("3"));

        Assert.Equal("123456", cache.Keep("p", first, "123456"));
        Assert.Equal("12345", cache.Keep("p", second, "12345"));
        Assert.Equal("1234", cache.Keep("p", third, "1234"));

        Assert.True(cache.TryGet("p", first, out _));
        Assert.False(cache.TryGet("p", second, out _));
        Assert.True(cache.TryGet("p", third, out _));
    }

    [Fact]
    public void Pages_rendering_the_same_value_at_once_all_get_the_markup_kept_first()
    {
        var cache = new CachedPartials();
        var item = new Item("a");

        var given = new string[64];
        Parallel.For(0, given.Length, i => given[i] = cache.Keep("p", item, $"<li>{i}</li>"));

        Assert.True(cache.TryGet("p", item, out var kept));
        Assert.All(given, markup => Assert.Equal(kept, markup));
    }
}
