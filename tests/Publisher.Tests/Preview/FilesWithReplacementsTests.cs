using Publisher.Core.Preview;

namespace Publisher.Tests.Preview;

/// <summary>The files the preview serves early: the build before's, with the pages just rendered put in, read through rather than copied.</summary>
public sealed class FilesWithReplacementsTests
{
    private static readonly Dictionary<string, byte[]> Before = new(StringComparer.Ordinal)
    {
        ["index.html"] = [1],
        ["a/index.html"] = [2],
        ["b/index.html"] = [3],
    };

    private static readonly Dictionary<string, byte[]> Rendered = new(StringComparer.Ordinal)
    {
        ["a/index.html"] = [20],
        ["c/index.html"] = [30],
    };

    private readonly FilesWithReplacements _files = new(Before, Rendered);

    [Fact]
    public void A_rendered_page_replaces_the_one_before_and_a_new_one_is_added()
    {
        Assert.Equal([20], _files["a/index.html"]);
        Assert.Equal([30], _files["c/index.html"]);
        Assert.Equal([1], _files["index.html"]);
        Assert.True(_files.ContainsKey("c/index.html"));
        Assert.False(_files.ContainsKey("d/index.html"));
        Assert.False(_files.TryGetValue("d/index.html", out _));
        Assert.Throws<KeyNotFoundException>(() => _files["d/index.html"]);
    }

    [Fact]
    public void Every_path_is_listed_once_with_the_content_served()
    {
        var listed = _files.ToDictionary(file => file.Key, file => file.Value, StringComparer.Ordinal);

        Assert.Equal(4, _files.Count);
        Assert.Equal(["a/index.html", "b/index.html", "c/index.html", "index.html"], _files.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(4, listed.Count);
        Assert.All(listed, file => Assert.Equal(_files[file.Key], file.Value));
        Assert.Equal([20], listed["a/index.html"]);
    }
}
