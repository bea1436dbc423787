using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.IO.Hashing;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Publisher.Core.Model;

namespace Publisher.Core.Render.Reuse;

/// <summary>
/// A 128-bit fingerprint of a value as templates can read it: every public property of records and classes (but those
/// made from the others, <see cref="DerivedAttribute"/>), every item of lists and dictionaries, and the text and number
/// values at the leaves, whatever their depth. Two values with the same fingerprint render the same, so a page whose
/// data has the fingerprint of a page rendered before can be kept. Values that are not plain data (delegates, cycles,
/// graphs deeper than <see cref="MaxDepth"/>, objects that show no properties) have no fingerprint: their pages are
/// always rendered.
/// </summary>
/// <remarks>
/// Thread-safe. Records are fingerprinted once each and remembered by reference, so a document shown on a hundred
/// listing pages is walked once. Sets and frozen dictionaries, whose order changes from one process to the next, are
/// fingerprinted without regard to order; other collections in the order they list their items, which is the order a
/// template shows them in.
/// </remarks>
public sealed class ValueFingerprint
{
    /// <summary>How deep a value may nest; the model's deepest (a page, its data, a document, its region, a group) is far less.</summary>
    public const int MaxDepth = 48;

    private enum Kind : byte { Null, Text, Scalar, Sequence, Unordered, Object, Unfit, Entry }

    /// <summary>A public property as the fingerprint reads it: its name and a getter bound to it, faster than reflection's.</summary>
    private sealed record Property(string Name, Func<object, object?> Get);

    /// <param name="Name">What the fingerprint says the value is: a record's or a scalar's type, and for a collection
    /// only whether templates read it by key, as which class holds the items (a list, an array, an iterator of LINQ,
    /// whose classes differ between the runtime and the native program) changes nothing a template shows.</param>
    private sealed record TypeShape(Kind Kind, string Name, Property[] Properties);

    private static readonly ConcurrentDictionary<Type, TypeShape> Shapes = new();
    private readonly ConcurrentDictionary<object, UInt128> _known = new(ReferenceEqualityComparer.Instance);
    private readonly IReadOnlySet<Type> _notShown;

    /// <param name="notShown">Types whose values are never shown, only used otherwise (where in the input a value was
    /// written, for messages): they are left out, as if they were null.</param>
    public ValueFingerprint(IReadOnlySet<Type>? notShown = null)
    {
        _notShown = notShown ?? new HashSet<Type>();
    }

    /// <summary>The fingerprint of <paramref name="values"/> taken together in order; null when any of them has none.</summary>
    public UInt128? Of(params ReadOnlySpan<object?> values)
    {
        var hash = new XxHash128();
        var visiting = new HashSet<object>(ReferenceEqualityComparer.Instance);
        try
        {
            foreach (var value in values)
            {
                if (!TryAdd(hash, value, visiting, depth: 0)) return null;
            }
        }
        catch (Exception e) when (e is InvalidOperationException or NotSupportedException)
        {
            // A collection that cannot be listed (changed while listed, say): the value is not plain data.
            return null;
        }
        return hash.GetCurrentHashAsUInt128();
    }

    private bool TryAdd(XxHash128 hash, object? value, HashSet<object> visiting, int depth)
    {
        if (value is null || _notShown.Contains(value.GetType()))
        {
            Tag(hash, Kind.Null);
            return true;
        }
        if (value is string text)
        {
            Tag(hash, Kind.Text);
            Length(hash, text.Length);
            hash.Append(MemoryMarshal.AsBytes(text.AsSpan()));
            return true;
        }
        var type = value.GetType();
        var shape = Shapes.GetOrAdd(type, ShapeOf);
        if (shape.Kind == Kind.Unfit || depth >= MaxDepth) return false;
        if (shape.Kind == Kind.Scalar)
        {
            Tag(hash, Kind.Scalar);
            // The type's name is part of a scalar's fingerprint: 1 as a number and 1 as a day of the week render differently.
            Text(hash, shape.Name);
            Scalar(hash, value);
            return true;
        }
        // A value of a struct is boxed anew each time it is read, and a list is mostly made for one page: only other
        // objects (records of the model, shown on many pages) are worth remembering.
        if (type.IsValueType || shape.Kind != Kind.Object)
            return FingerprintOf(value, shape, visiting, depth) is { } structure && Appended(hash, structure);
        if (_known.TryGetValue(value, out var known))
        {
            Append(hash, known);
            return true;
        }
        if (!visiting.Add(value)) return false;
        try
        {
            if (FingerprintOf(value, shape, visiting, depth) is not { } own) return false;
            _known.TryAdd(value, own);
            Append(hash, own);
            return true;
        }
        finally
        {
            visiting.Remove(value);
        }
    }

    private UInt128? FingerprintOf(object value, TypeShape shape, HashSet<object> visiting, int depth)
    {
        var hash = RentHasher();
        try
        {
            return FingerprintOf(hash, value, shape, visiting, depth);
        }
        finally
        {
            ReturnHasher(hash);
        }
    }

    private UInt128? FingerprintOf(XxHash128 hash, object value, TypeShape shape, HashSet<object> visiting, int depth)
    {
        Tag(hash, shape.Kind);
        Text(hash, shape.Name);
        switch (shape.Kind)
        {
            case Kind.Sequence:
                foreach (var item in Items(value))
                {
                    if (!TryAdd(hash, item, visiting, depth + 1)) return null;
                }
                break;
            case Kind.Unordered:
                var items = new List<UInt128>();
                foreach (var item in Items(value))
                {
                    var itemHash = RentHasher();
                    try
                    {
                        if (!TryAdd(itemHash, item, visiting, depth + 1)) return null;
                        items.Add(itemHash.GetCurrentHashAsUInt128());
                    }
                    finally
                    {
                        ReturnHasher(itemHash);
                    }
                }
                items.Sort();
                foreach (var item in items) Append(hash, item);
                break;
            case Kind.Entry:
                var (key, entryValue) = (Entry)value;
                if (!TryAdd(hash, key, visiting, depth + 1) || !TryAdd(hash, entryValue, visiting, depth + 1)) return null;
                break;
            default:
                foreach (var property in shape.Properties)
                {
                    Text(hash, property.Name);
                    if (!TryAdd(hash, property.Get(value), visiting, depth + 1)) return null;
                }
                break;
        }
        return hash.GetCurrentHashAsUInt128();
    }

    /// <summary>
    /// The items of a collection; a dictionary's as its entries, read through <see cref="IDictionary"/> rather than as
    /// <see cref="KeyValuePair{TKey, TValue}"/> records: the native program keeps no properties of the runtime's own
    /// types to read them by.
    /// </summary>
    private static IEnumerable Items(object collection)
    {
        if (collection is not IDictionary dictionary) return (IEnumerable)collection;
        return Entries(dictionary);

        static IEnumerable<Entry> Entries(IDictionary dictionary)
        {
            var entries = dictionary.GetEnumerator();
            while (entries.MoveNext()) yield return new Entry(entries.Key, entries.Value);
        }
    }

    /// <summary>One key and its value in a dictionary.</summary>
    private sealed record Entry(object Key, object? Value);

    // A hasher holds a buffer of half a kilobyte: one for every object of every page would be most of what this class allocates.
    [ThreadStatic] private static Stack<XxHash128>? t_spareHashers;

    private static XxHash128 RentHasher() =>
        t_spareHashers is { Count: > 0 } spare ? spare.Pop() : new XxHash128();

    private static void ReturnHasher(XxHash128 hash)
    {
        hash.Reset();
        (t_spareHashers ??= new Stack<XxHash128>()).Push(hash);
    }

    private static bool Appended(XxHash128 hash, UInt128 value)
    {
        Append(hash, value);
        return true;
    }

    /// <summary>A scalar, all of it: the most common ones as their bits, the others as text that keeps every digit and tick.</summary>
    private static void Scalar(XxHash128 hash, object value)
    {
        Span<byte> bits = stackalloc byte[16];
        switch (value)
        {
            case int number:
                BitConverter.TryWriteBytes(bits, number);
                hash.Append(bits[..sizeof(int)]);
                break;
            case bool flag:
                hash.Append([flag ? (byte)1 : (byte)0]);
                break;
            case DateOnly day:
                BitConverter.TryWriteBytes(bits, day.DayNumber);
                hash.Append(bits[..sizeof(int)]);
                break;
            case UInt128 wide:
                MemoryMarshal.Write(bits, in wide);
                hash.Append(bits);
                break;
            default:
                Text(hash, ScalarText(value));
                break;
        }
    }

    private static string ScalarText(object value) => value switch
    {
        DateTime time => time.ToString("O", CultureInfo.InvariantCulture),
        DateTimeOffset time => time.ToString("O", CultureInfo.InvariantCulture),
        DateOnly day => day.ToString("O", CultureInfo.InvariantCulture),
        TimeOnly time => time.ToString("O", CultureInfo.InvariantCulture),
        TimeSpan span => span.ToString("c", CultureInfo.InvariantCulture),
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        float number => number.ToString("R", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    // The values are the model's records and the collections holding them. The published program keeps every
    // member of the model's assembly (TrimmerRootAssembly in src/Publisher/Publisher.csproj), as templates read them
    // by reflection too.
    [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = "The model's types are kept whole in the published program.")]
    private static TypeShape ShapeOf(Type type)
    {
        if (type == typeof(Entry)) return new TypeShape(Kind.Entry, "entry", []);
        if (type.IsPrimitive || type.IsEnum || type == typeof(decimal) || type == typeof(DateOnly) || type == typeof(TimeOnly)
            || type == typeof(DateTime) || type == typeof(DateTimeOffset) || type == typeof(TimeSpan) || type == typeof(Guid) || type == typeof(Uri)
            || type == typeof(UInt128) || type == typeof(Int128) || type == typeof(Half))
            return new TypeShape(Kind.Scalar, type.FullName!, []);
        // Code, not data: what a delegate or a template function would give a template is not known until it is called.
        if (typeof(Delegate).IsAssignableFrom(type) || typeof(MemberInfo).IsAssignableFrom(type) || typeof(Scriban.Runtime.IScriptCustomFunction).IsAssignableFrom(type)
            || typeof(Stream).IsAssignableFrom(type) || typeof(Task).IsAssignableFrom(type) || type.IsPointer)
            return new TypeShape(Kind.Unfit, "", []);
        if (typeof(IEnumerable).IsAssignableFrom(type))
        {
            var unordered = Implements(type, typeof(IReadOnlySet<>)) || Implements(type, typeof(ISet<>)) || IsFrozenDictionary(type);
            var keyed = typeof(IDictionary).IsAssignableFrom(type) || Implements(type, typeof(IReadOnlyDictionary<,>)) || Implements(type, typeof(IDictionary<,>));
            return new TypeShape(unordered ? Kind.Unordered : Kind.Sequence, keyed ? "dictionary" : "list", []);
        }
        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.GetIndexParameters().Length == 0 && p.GetMethod!.IsPublic && p.GetCustomAttribute<DerivedAttribute>() is null)
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .Select(p => new Property(p.Name, GetterOf(type, p)))
            .ToArray();
        // A value without public properties shows templates nothing they could tell apart, unless it is an empty record:
        // its state, if any, is private, and two different ones would look the same.
        if (properties.Length == 0 && type.GetMethod("<Clone>$") is null) return new TypeShape(Kind.Unfit, "", []);
        return new TypeShape(Kind.Object, type.FullName ?? type.Name, properties);
    }

    /// <summary>
    /// A getter made from the property's own method, with no code generated: for objects the runtime shares one
    /// compiled body among all the types, where a compiled expression would be compiled anew for every property. A
    /// struct's method takes the struct by reference, which such a getter cannot pass: a struct's properties are read by
    /// reflection, and so is every property where no code can be generated (the published program, compiled ahead of
    /// time to native code, has no compiler to make the getter's type with).
    /// </summary>
    private static Func<object, object?> GetterOf(Type type, PropertyInfo property) =>
        type.IsValueType || !RuntimeFeature.IsDynamicCodeSupported
            ? property.GetValue
            : MadeGetter(type, property);

    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "Called only where code can be generated (RuntimeFeature.IsDynamicCodeSupported).")]
    private static Func<object, object?> MadeGetter(Type type, PropertyInfo property) =>
        ((IGetter)Activator.CreateInstance(typeof(Getter<,>).MakeGenericType(type, property.PropertyType), property.GetMethod!)!).Get;

    private interface IGetter
    {
        object? Get(object instance);
    }

    private sealed class Getter<TObject, TValue>(MethodInfo method) : IGetter
    {
        private readonly Func<TObject, TValue> _get = method.CreateDelegate<Func<TObject, TValue>>();

        public object? Get(object instance) => _get((TObject)instance);
    }

    private static bool IsFrozenDictionary(Type type)
    {
        for (var t = type; t is not null; t = t.BaseType)
        {
            if (t.IsGenericType && t.GetGenericTypeDefinition() == typeof(FrozenDictionary<,>)) return true;
        }
        return false;
    }

    [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = "The model's types are kept whole in the published program.")]
    private static bool Implements(Type type, Type openInterface) =>
        type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == openInterface);

    private static void Tag(XxHash128 hash, Kind kind) => hash.Append([(byte)kind]);

    private static void Length(XxHash128 hash, int length)
    {
        Span<byte> bytes = stackalloc byte[sizeof(int)];
        BitConverter.TryWriteBytes(bytes, length);
        hash.Append(bytes);
    }

    private static void Text(XxHash128 hash, string text)
    {
        Length(hash, text.Length);
        hash.Append(MemoryMarshal.AsBytes(text.AsSpan()));
    }

    private static void Append(XxHash128 hash, UInt128 value)
    {
        Span<byte> bytes = stackalloc byte[16];
        MemoryMarshal.Write(bytes, in value);
        hash.Append(bytes);
    }
}
