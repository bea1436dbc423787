using System.Reflection;
using System.Text.RegularExpressions;
using Publisher.Core.Diagnostics;
using Publisher.Tests.Support;

namespace Publisher.Tests.Diagnostics;

/// <summary>
/// Every message the program prints exists in Czech and in English: each catalog entry is made with sample values and
/// both texts are checked, and messages are made nowhere but in the catalogs.
/// </summary>
public sealed partial class MessageCatalogTests
{
    private static readonly Assembly[] ProgramAssemblies = [typeof(Message).Assembly, typeof(Publisher.PublisherCli).Assembly];

    public static TheoryData<string> Entries()
    {
        var data = new TheoryData<string>();
        foreach (var (name, _) in CatalogEntries()) data.Add(name);
        return data;
    }

    [Fact]
    public void The_catalogs_hold_the_programs_messages()
    {
        var catalogs = CatalogEntries().Select(e => e.Name.Split('.')[0]).Distinct().ToList();
        Assert.Contains("PersonalDataMessages", catalogs);
        Assert.True(CatalogEntries().Count() >= 10, string.Join(", ", catalogs));
    }

    [Theory]
    [MemberData(nameof(Entries))]
    public void Each_message_is_written_in_both_languages(string entry)
    {
        var (_, make) = CatalogEntries().Single(e => e.Name == entry);
        var (message, quoted) = make();

        Assert.False(string.IsNullOrWhiteSpace(message.English), $"{entry} has no English text");
        Assert.False(string.IsNullOrWhiteSpace(message.Czech), $"{entry} has no Czech text");
        Assert.NotEqual(message.English, message.Czech);
        Assert.True(CzechLetter().IsMatch(message.Czech), $"{entry}: the Czech text reads as if it were not translated: {message.Czech}");
        foreach (var value in quoted)
        {
            Assert.True(message.English.Contains(value, StringComparison.Ordinal), $"{entry}: the English text does not show {value}: {message.English}");
            Assert.True(message.Czech.Contains(value, StringComparison.Ordinal), $"{entry}: the Czech text does not show {value}: {message.Czech}");
        }
    }

    [Fact]
    public void Messages_are_made_only_in_the_catalogs()
    {
        var source = Path.Combine(RepositoryPaths.Root, "src");
        var offenders = Directory.EnumerateFiles(source, "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && !path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"))
            .Where(path => !path.EndsWith("Messages.cs", StringComparison.Ordinal) && !path.EndsWith($"{Path.DirectorySeparatorChar}Message.cs", StringComparison.Ordinal))
            .Where(path => MessageConstruction().IsMatch(File.ReadAllText(path)))
            .Select(path => Path.GetRelativePath(source, path))
            .ToList();
        Assert.Empty(offenders);
    }

    /// <summary>Every catalog entry, made with sample values.</summary>
    public static IEnumerable<Message> SampleMessages() => CatalogEntries().Select(e => e.Make().Message);

    /// <summary>Each public static method or property of a <c>*Messages</c> class that gives a <see cref="Message"/>, with a way to make it.</summary>
    private static IEnumerable<(string Name, Func<(Message Message, IReadOnlyList<string> Quoted)> Make)> CatalogEntries()
    {
        foreach (var type in ProgramAssemblies.SelectMany(a => a.GetTypes()).Where(t => t.Name.EndsWith("Messages", StringComparison.Ordinal) && t.IsAbstract && t.IsSealed))
        {
            const BindingFlags members = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.DeclaredOnly;
            foreach (var property in type.GetProperties(members).Where(p => p.PropertyType == typeof(Message)))
                yield return ($"{type.Name}.{property.Name}", () => ((Message)property.GetValue(null)!, []));
            foreach (var field in type.GetFields(members).Where(f => f.FieldType == typeof(Message) && f.IsPublic))
                yield return ($"{type.Name}.{field.Name}", () => ((Message)field.GetValue(null)!, []));
            foreach (var method in type.GetMethods(members).Where(m => m.ReturnType == typeof(Message) && !m.IsSpecialName && m.IsPublic))
            {
                yield return ($"{type.Name}.{method.Name}({string.Join(",", method.GetParameters().Select(p => p.ParameterType.Name))})", () =>
                {
                    var quoted = new List<string>();
                    var arguments = method.GetParameters().Select((p, i) => Sample(p, i, quoted)).ToArray();
                    return ((Message)method.Invoke(null, arguments)!, quoted);
                });
            }
        }
    }

    /// <summary>A value for a parameter; texts are distinctive, so that both languages can be seen to show them.</summary>
    private static object? Sample(ParameterInfo parameter, int index, List<string> quoted)
    {
        var type = parameter.ParameterType;
        if (type == typeof(string))
        {
            var text = $"«{parameter.Name}{index}»";
            quoted.Add(text);
            return text;
        }
        if (type == typeof(int) || type == typeof(long)) return Convert.ChangeType(7 + index, type);
        if (type == typeof(double)) return 2.5 + index;
        if (type == typeof(TimeSpan)) return TimeSpan.FromSeconds(1.5 + index);
        if (type == typeof(Message)) return new Message($"«en{index}»", $"«cs{index}»");
        if (type == typeof(bool)) return index % 2 == 0;
        if (type.IsAssignableFrom(typeof(string[])))
        {
            string[] items = [$"«{parameter.Name}{index}a»", $"«{parameter.Name}{index}b»"];
            quoted.AddRange(items);
            return items;
        }
        if (type.IsEnum) return Enum.GetValues(type).GetValue(0);
        if (Nullable.GetUnderlyingType(type) is not null || !type.IsValueType) return null;
        throw new InvalidOperationException($"{parameter.Member.DeclaringType!.Name}.{parameter.Member.Name}: add a sample value for {type.Name} to this test");
    }

    [GeneratedRegex("[áčďéěíňóřšťúůýžÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ]")]
    private static partial Regex CzechLetter();

    [GeneratedRegex(@"new\s+Message\s*\(")]
    private static partial Regex MessageConstruction();
}
