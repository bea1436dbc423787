using System.Collections.Frozen;
using Publisher.Core.Render.Reuse;

namespace Publisher.Tests.Render;

public sealed class ValueFingerprintTests
{
    private sealed record Person(string Name, int Age, DateOnly Born);

    private sealed record Meeting(string Title, IReadOnlyList<Person> Present, Person? Chair, IReadOnlyDictionary<string, object> Features);

    private sealed record Node(string Name)
    {
        public Node? Next { get; set; }
    }

    private sealed record Empty;

    private sealed class Opaque(int secret)
    {
        private readonly int _secret = secret;

        public override string ToString() => _secret.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private static Meeting AMeeting(string chair = "Jana", int age = 40) => new("Jednání",
        [new Person("Petr", 31, new DateOnly(1990, 1, 2)), new Person("Eva", 52, new DateOnly(1970, 5, 6))],
        new Person(chair, age, new DateOnly(1985, 3, 4)),
        new Dictionary<string, object> { ["plans"] = new Person("Plán", 1, new DateOnly(2020, 1, 1)) });

    [Fact]
    public void Equal_values_made_apart_have_one_fingerprint()
    {
        Assert.Equal(new ValueFingerprint().Of(AMeeting()), new ValueFingerprint().Of(AMeeting()));
    }

    [Fact]
    public void Which_class_holds_the_items_of_a_list_does_not_count_whether_they_are_read_by_key_does()
    {
        var people = new List<Person> { new("Petr", 31, new DateOnly(1990, 1, 2)), new("Eva", 52, new DateOnly(1970, 5, 6)) };
        // LINQ's iterators are other classes in the native program (its LINQ is optimised for size), and templates
        // list them all alike.
        var asList = new ValueFingerprint().Of(people);
        Assert.Equal(asList, new ValueFingerprint().Of((object)people.ToArray()));
        Assert.Equal(asList, new ValueFingerprint().Of(people.Select(p => p)));
        Assert.Equal(asList, new ValueFingerprint().Of(people.Where(p => p.Age > 0)));

        var pairs = new List<KeyValuePair<string, int>> { new("a", 1) };
        Assert.NotEqual(new ValueFingerprint().Of(pairs), new ValueFingerprint().Of(new Dictionary<string, int> { ["a"] = 1 }));
        Assert.NotEqual(asList, new ValueFingerprint().Of(people.Take(1)));
    }

    [Theory]
    [InlineData("Jan", 40)]
    [InlineData("Jana", 41)]
    public void A_change_deep_inside_changes_the_fingerprint(string chair, int age)
    {
        Assert.NotEqual(new ValueFingerprint().Of(AMeeting()), new ValueFingerprint().Of(AMeeting(chair, age)));
    }

    [Fact]
    public void Order_counts_in_lists_and_not_in_sets()
    {
        var fingerprint = new ValueFingerprint();

        Assert.NotEqual(fingerprint.Of(new List<string> { "a", "b" }), fingerprint.Of(new List<string> { "b", "a" }));
        Assert.Equal(fingerprint.Of(new HashSet<string> { "a", "b" }), fingerprint.Of(new HashSet<string> { "b", "a" }));
        Assert.Equal(fingerprint.Of(new[] { "x", "y" }.ToFrozenDictionary(k => k, k => k.Length)),
            fingerprint.Of(new[] { "y", "x" }.ToFrozenDictionary(k => k, k => k.Length)));
        Assert.NotEqual(fingerprint.Of(new HashSet<string> { "a" }), fingerprint.Of(new HashSet<string> { "a", "b" }));
    }

    [Fact]
    public void Values_that_print_alike_but_differ_in_kind_differ()
    {
        var fingerprint = new ValueFingerprint();

        Assert.NotEqual(fingerprint.Of(1), fingerprint.Of("1"));
        Assert.NotEqual(fingerprint.Of(1), fingerprint.Of(1L));
        Assert.NotEqual(fingerprint.Of(null, "a"), fingerprint.Of("a", null));
        Assert.NotEqual(fingerprint.Of("ab", "c"), fingerprint.Of("a", "bc"));
        Assert.NotEqual(fingerprint.Of(new TimeOnly(10, 0, 0, 1)), fingerprint.Of(new TimeOnly(10, 0)));
    }

    [Fact]
    public void Code_cycles_and_hidden_state_have_no_fingerprint()
    {
        var fingerprint = new ValueFingerprint();
        var first = new Node("a");
        first.Next = new Node("b") { Next = first };

        Assert.Null(fingerprint.Of(new Func<int>(() => 1)));
        Assert.Null(fingerprint.Of(first));
        Assert.Null(fingerprint.Of(new Opaque(1)));
        Assert.NotNull(fingerprint.Of(new Empty()));
        Assert.Null(fingerprint.Of(new List<object> { "fine", new Func<int>(() => 1) }));
    }

    [Fact]
    public void Nesting_deeper_than_the_limit_has_no_fingerprint()
    {
        object value = "leaf";
        for (var i = 0; i < ValueFingerprint.MaxDepth + 1; i++) value = new List<object> { value };

        Assert.Null(new ValueFingerprint().Of(value));
    }

    [Fact]
    public void Types_left_out_count_as_null()
    {
        var fingerprint = new ValueFingerprint(new HashSet<Type> { typeof(Person) });

        Assert.Equal(fingerprint.Of(new Person("a", 1, default)), fingerprint.Of(new Person("b", 2, default)));
        Assert.Equal(fingerprint.Of((object?)null), fingerprint.Of(new Person("b", 2, default)));
    }

    [Fact]
    public void A_long_list_of_shared_records_is_fingerprinted_once_per_record()
    {
        var people = Enumerable.Range(0, 100_000).Select(i => new Person($"Člověk {i}", i % 90, new DateOnly(2000, 1, 1).AddDays(i % 5000))).ToList();
        var pages = Enumerable.Range(0, 1000).Select(p => people.Skip(p * 100).Take(100).ToList()).ToList();
        var fingerprint = new ValueFingerprint();

        var prints = pages.Select(page => fingerprint.Of(page)).ToList();

        Assert.Equal(1000, prints.Distinct().Count());
        Assert.Equal(prints[7], fingerprint.Of(people.Skip(700).Take(100).ToList()));
    }
}
