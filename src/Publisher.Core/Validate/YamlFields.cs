using System.Globalization;
using System.Text.RegularExpressions;
using Publisher.Core.Czech;
using Publisher.Core.Diagnostics;
using Publisher.Core.Load;
using Publisher.Core.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Publisher.Core.Validate;

/// <summary>
/// Typed, located access to the keys of one YAML mapping. Every wrong value becomes a diagnostic
/// naming the field and pointing at the value's line and column; the accessor then returns null
/// so validation can go on and report every problem of the file in one run.
/// </summary>
public sealed partial class YamlFields
{
    private readonly YamlMappingNode _node;
    private readonly string _file;
    private readonly int _lineOffset;
    private readonly string _prefix;
    private readonly DiagnosticBag _diagnostics;

    /// <param name="firstLine">The file line on which the YAML text starts.</param>
    public YamlFields(YamlMappingNode node, string file, int firstLine, DiagnosticBag diagnostics, string prefix = "")
    {
        _node = node;
        _file = file;
        _lineOffset = firstLine - 1;
        _diagnostics = diagnostics;
        _prefix = prefix;
    }

    public string File => _file;

    public (int Line, int Column) Position(YamlNode node) => ((int)node.Start.Line + _lineOffset, (int)node.Start.Column);

    public Located<T> Locate<T>(T value, YamlNode node)
    {
        var (line, column) = Position(node);
        return new Located<T>(value, line, column);
    }

    public string Name(string key) => _prefix + key;

    public void Error(YamlNode node, Message message)
    {
        var (line, column) = Position(node);
        _diagnostics.Error(_file, line, column, message);
    }

    public void Error<T>(Located<T> at, Message message) => _diagnostics.Error(_file, at.Line, at.Column, message);

    public void Warning(YamlNode node, Message message)
    {
        var (line, column) = Position(node);
        _diagnostics.Warning(_file, line, column, message);
    }

    /// <summary>Reports a required key that is absent, at the start of this mapping.</summary>
    public void Missing(string key, Message what) =>
        Error(_node, YamlFieldMessages.MissingKey(Name(key), what));

    public YamlNode? Get(string key)
    {
        foreach (var (k, v) in _node.Children)
        {
            if (k is YamlScalarNode scalar && scalar.Value == key)
                return IsNull(v) ? null : v;
        }
        return null;
    }

    /// <summary>
    /// Reports the keys no one reads here. A key of another mapping of the file is an error naming where it belongs,
    /// because its value would be lost; any other key is most often a typo and only gets a warning.
    /// </summary>
    public void CheckKeys(KeySet known)
    {
        foreach (var key in _node.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (known.Keys.Contains(name)) continue;
            if (known.ElsewhereHolding(name) is { } home)
                Error(key, YamlFieldMessages.BelongsElsewhere(Name(name), home.Place, home.PathOf(name)));
            else
                Warning(key, YamlFieldMessages.UnknownKey(Name(name), ClosestMatch.Hint(name, known.Keys)));
        }
    }

    public string? Text(string key, bool required = false, Message? what = null)
    {
        what ??= YamlFieldMessages.Text;
        var node = Get(key);
        if (node is null)
        {
            if (required) Missing(key, what);
            return null;
        }
        if (node is not YamlScalarNode scalar)
        {
            Error(node, YamlFieldMessages.WrongKind(Name(key), what, Describe(node)));
            return null;
        }
        var value = WithoutInvisibleControls(key, scalar, scalar.Value?.Trim() ?? "");
        if (value.Length == 0)
        {
            if (required) Error(node, YamlFieldMessages.EmptyValue(Name(key)));
            return null;
        }
        return value;
    }

    /// <summary>An id that becomes part of URLs: it must already be a clean slug, which also rules out paths like "../x".</summary>
    public string? Id(string key, Message what, bool required = true)
    {
        var id = Text(key, required, what);
        if (id is null) return null;
        if (Slug.IsValid(id)) return id;
        Error(Get(key)!, YamlFieldMessages.InvalidId(Name(key), id, Slug.From(id)));
        return null;
    }

    public bool Flag(string key)
    {
        var node = Get(key);
        if (node is null) return false;
        switch ((node as YamlScalarNode)?.Value?.Trim().ToLowerInvariant())
        {
            case "true" or "yes" or "ano": return true;
            case "false" or "no" or "ne": return false;
            default:
                Error(node, YamlFieldMessages.NotAFlag(Name(key)));
                return false;
        }
    }

    public DateOnly? Date(string key, bool required = false)
    {
        var text = Text(key, required, YamlFieldMessages.DateWhat);
        if (text is null) return null;
        var date = ParseDate(text);
        if (date is null) Error(Get(key)!, InvalidDateMessage(key, text));
        return date;
    }

    public TimeOnly? Time(string key)
    {
        var text = Text(key, what: YamlFieldMessages.TimeWhat);
        if (text is null) return null;
        var time = ParseTime(text);
        if (time is null) Error(Get(key)!, YamlFieldMessages.NotATime(Name(key), text));
        return time;
    }

    /// <summary>"YYYY-MM-DD" or "YYYY-MM-DD HH:MM".</summary>
    public MeetingTime? DateAndTime(string key)
    {
        var text = Text(key, what: YamlFieldMessages.DateAndTimeWhat);
        if (text is null) return null;
        var parts = text.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var date = ParseDate(parts[0]);
        TimeOnly? time = parts.Length == 2 ? ParseTime(parts[1]) : null;
        if (date is null || (parts.Length == 2 && time is null))
        {
            Error(Get(key)!, YamlFieldMessages.NotADateAndTime(Name(key), text, CzechDateHint(text)));
            return null;
        }
        return new MeetingTime(date.Value, time);
    }

    /// <summary>
    /// A list of texts; a single text is taken as a list of one, also when it has commas. An unquoted text with commas
    /// is most likely a list written out in one line, so it gets a warning showing the list form, unless
    /// <paramref name="itemsMayHaveCommas"/> (items that are sentences).
    /// </summary>
    public IReadOnlyList<string> TextList(string key, bool itemsMayHaveCommas = false) =>
        LocatedTextList(key, itemsMayHaveCommas).Select(text => text.Value).ToList();

    /// <summary>Each item of a list of texts with its position (for references checked later); see <see cref="TextList"/>.</summary>
    public IReadOnlyList<Located<string>> LocatedTextList(string key, bool itemsMayHaveCommas = false)
    {
        var node = Get(key);
        switch (node)
        {
            case null: return [];
            case YamlScalarNode scalar:
                var single = WithoutInvisibleControls(key, scalar, scalar.Value?.Trim() ?? "");
                if (single.Length == 0) return [];
                if (!itemsMayHaveCommas && scalar.Style == ScalarStyle.Plain && CommaSeparatedItems(single) is { Count: > 1 } items)
                    Warning(scalar, YamlFieldMessages.ReadAsOneItem(Name(key), single, $"{key}: [{string.Join(", ", items.Select(FlowItem))}]"));
                return [Locate(single, scalar)];
            case YamlSequenceNode sequence:
                var texts = new List<Located<string>>(sequence.Children.Count);
                for (var i = 0; i < sequence.Children.Count; i++)
                {
                    var item = sequence.Children[i];
                    if (item is YamlScalarNode { Value: { } value } && !string.IsNullOrWhiteSpace(value))
                    {
                        var text = WithoutInvisibleControls($"{key}[{i}]", item, value.Trim());
                        if (text.Length > 0) texts.Add(Locate(text, item));
                    }
                    else if (!IsNull(item))
                        Error(item, YamlFieldMessages.ItemNotText($"{Name(key)}[{i}]", Describe(item), ColonInTextHint(item)));
                }
                return texts;
            default:
                Error(node, YamlFieldMessages.NotAListOfTexts(Name(key), Describe(node)));
                return [];
        }
    }

    /// <summary>
    /// The items a text with commas most likely lists. A part that is an academic degree after a name ("Ing. Jan
    /// Novák, Ph.D.") belongs to the part before it.
    /// </summary>
    private static List<string> CommaSeparatedItems(string text)
    {
        var items = new List<string>();
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (items.Count > 0 && AcademicDegree.Is(part)) items[^1] += ", " + part;
            else items.Add(part);
        }
        return items;
    }

    /// <summary>An item as written in a list in [ ]: in quotes when YAML would otherwise read its characters as syntax.</summary>
    private static string FlowItem(string item) =>
        item.AsSpan().IndexOfAny(",[]{}:#\"'") >= 0 || "-?!&*|>%@`".Contains(item[0]) ? YamlText.Quoted(item) : item;

    /// <summary>
    /// An item written as "Komunitní plán: připomínky" without quotes, which YAML reads as a key and its value: the
    /// form in quotes that keeps it one text.
    /// </summary>
    private static Message ColonInTextHint(YamlNode item)
    {
        if (item is not YamlMappingNode { Children.Count: 1 } mapping) return Message.Empty;
        var (key, value) = mapping.Children.Single();
        return key is YamlScalarNode { Style: ScalarStyle.Plain, Value: { } keyText }
            && value is YamlScalarNode { Style: ScalarStyle.Plain, Value: { Length: > 0 } valueText }
            && key.Start.Line == value.Start.Line
                ? YamlFieldMessages.ColonInTextHint(YamlText.Quoted($"{keyText}: {valueText}"))
                : Message.Empty;
    }

    public YamlFields? Map(string key)
    {
        var node = Get(key);
        if (node is null) return null;
        if (node is YamlMappingNode mapping)
            return new YamlFields(mapping, _file, _lineOffset + 1, _diagnostics, Name(key) + ".");
        Error(node, YamlFieldMessages.NotAMapping(Name(key), Describe(node)));
        return null;
    }

    public IReadOnlyList<YamlFields> MapList(string key)
    {
        var node = Get(key);
        if (node is null) return [];
        if (node is not YamlSequenceNode sequence)
        {
            Error(node, YamlFieldMessages.NotAList(Name(key), Describe(node)));
            return [];
        }
        var maps = new List<YamlFields>();
        for (var i = 0; i < sequence.Children.Count; i++)
        {
            var item = sequence.Children[i];
            if (item is YamlMappingNode mapping)
                maps.Add(new YamlFields(mapping, _file, _lineOffset + 1, _diagnostics, $"{Name(key)}[{i}]."));
            else
                Error(item, YamlFieldMessages.NotAMapping($"{Name(key)}[{i}]", Describe(item)));
        }
        return maps;
    }

    /// <summary>Removes invisible control characters from a value, with a warning naming each one.</summary>
    private string WithoutInvisibleControls(string key, YamlNode node, string value)
    {
        if (!InvisibleCharacters.Any(value)) return value;
        Warning(node, YamlFieldMessages.InvisibleControls(Name(key), InvisibleCharacters.Describe(value)));
        return InvisibleCharacters.Remove(value).Trim();
    }

    public static DateOnly? ParseDate(string text) =>
        IsoDate().IsMatch(text) && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;

    private static TimeOnly? ParseTime(string text)
    {
        var match = ClockTime().Match(text);
        return match.Success
            ? new TimeOnly(int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture))
            : null;
    }

    private Message InvalidDateMessage(string key, string text) =>
        IsoDate().IsMatch(text)
            ? YamlFieldMessages.NotARealDate(Name(key), text)
            : YamlFieldMessages.NotADate(Name(key), text, CzechDateHint(text));

    private static Message CzechDateHint(string text)
    {
        var match = CzechDate().Match(text);
        if (!match.Success) return Message.Empty;
        var iso = $"{match.Groups[3].Value}-{int.Parse(match.Groups[2].Value):00}-{int.Parse(match.Groups[1].Value):00}";
        return ParseDate(iso) is null ? Message.Empty : YamlFieldMessages.IsoDateHint(iso);
    }

    private static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any } s
        && (s.Value is null or "" or "~" or "null" or "Null" or "NULL");

    private static Message Describe(YamlNode node) => node switch
    {
        YamlSequenceNode => YamlFieldMessages.AList,
        YamlMappingNode => YamlFieldMessages.AMapping,
        _ => YamlFieldMessages.ASingleValue,
    };


    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"^([01]?\d|2[0-3]):([0-5]\d)$")]
    private static partial Regex ClockTime();

    [GeneratedRegex(@"^(\d{1,2})\.\s*(\d{1,2})\.\s*(\d{4})")]
    private static partial Regex CzechDate();
}
