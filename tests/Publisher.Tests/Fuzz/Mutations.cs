using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace Publisher.Tests.Fuzz;

/// <summary>
/// Generators that damage a seed the way editors, exports and attackers do: tokens that mean something to
/// YAML or Markdown inserted anywhere, ranges and lines deleted or doubled, characters replaced, two files
/// spliced together, and at the byte level encodings broken. A mutated input applies one to eight of these in a row.
/// </summary>
public static class Mutations
{
    /// <summary>
    /// The most times a token is repeated. Markdig takes time quadratic in the number of unclosed links on a
    /// line: rendering and summarising 10,000 "[x](" takes under a second, 40,000 about twelve. Longer runs
    /// would only measure that known slowness again.
    /// </summary>
    public const int MaxRepeat = 10_000;

    /// <summary>Anchors, aliases, merge keys, tags, flow and block indicators, document markers, escapes and the keys documents use.</summary>
    public static readonly string[] YamlTokens =
    [
        "&a ", "*a", "<<: *a", "<<: ", "!!binary ", "!tag ", "!!str ", "!!int ", "!!map ", "!!timestamp ", "!<tag:x> ", "? ",
        "[", "]", "{", "}", ",", "- ", ": ", ":", "|", "|-", "|+2", ">", ">-", "---", "...", "\n---\n", "\n...\n",
        "#", "\"", "'", "\\", "\\u", "~", "null", "@", "`", "%YAML 1.1\n", "%TAG ! tag:x,2000:\n",
        "\t", "\0", "\uFEFF", "\r", "\r\n", "\u2028", "\u0085",
        "title: ", "type: plan\n", "date: ", "region: ", "group: ", "time: ", "id: ", "aliases:\n  - ", "plans:\n  - ", "draft: ",
        "tasks:\n  - task: úkol\n    due: ", "attendees:\n  present:\n    - ", "next_meeting: ", "tags: [", "2020-02-30", "25:00",
        "  ", "\n  - ", "\n    ",
        // Escapes of what is no character, other escapes YAML refuses, tabs as indentation, ': ' and commas in values,
        // keys of another mapping, and the slug.
        "\"\\uFFFE\"", "\"\\uFFFF\"", "\"\\uD800\"", "\"\\uDC00\\uD800\"", "\"\\uD83D\\uDE00\"", "\"\\U0000FFFE\"", "\"\\U00110000\"",
        "\\uFFFE", "\\uD800", "\\x", "\"C:\\Users\"", "\n\t", "\t- ", "\n \t", "Zápis: leden", ": x: ", ", ", "senioři, katalog",
        "guests: ", "owner: ", "\n  agenda:\n    - ", "slug: ", "@", "`", "%",
        // Old addresses the site publishes itself, or that need one of its files as a folder.
        "aliases:\n  - /rok/2020/\n", "aliases:\n  - /data/documents.json\n", "aliases:\n  - /_redirects\n", "aliases:\n  - /regiony/\n",
    ];

    /// <summary>Raw HTML, script-capable links, tables, footnotes, code, emphasis, quotes, entities and invisible characters.</summary>
    public static readonly string[] MarkdownTokens =
    [
        "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<svg onload=alert(1)>", "<iframe src=//x>", "<a href=\"javascript:alert(1)\">x</a>",
        "[x](javascript:alert(1))", "[x](JaVaScRiPt:alert(1))", "[x](java\tscript:alert(1))", "[x](&#106;avascript:alert(1))", "![x](data:text/html,<script>)",
        "[x][r]\n\n[r]: javascript:alert(1)\n", "<javascript:alert(1)>", "<http://example.cz>", "https://example.cz/a_b", "www.example.cz", "[x](/neexistuje/)",
        "|", "| a | b |\n|---|:-:|\n| 1 | 2 |\n", "|---|", "[^1]", "[^1]: poznámka\n", "[^", "`", "``", "```", "```\n", "~~~\n",
        "*", "**", "***", "_", "__", ">", "> ", "\n> > > ", "<!--", "-->", "<!-- x -->", "<", "</", "<div>", "</div>", "<?php", "<![CDATA[",
        "&amp;", "&#0;", "&#x0;", "&#xD800;", "&nbsp;", "&", "&#", "[", "]", "(", ")", "](", "![", "\\", "# ", "## ", "\n=====\n", "\n-----\n",
        "    ", "1. ", "* ", "- ", "- [ ] ", "+ ", "\"", "'", "...", "--", "---",
        "\u202E", "\u2066", "\u200B", "\uD800", "\uDC00", "\uFFFE", "\u0000", "\u0085", "\u00A0",
        // Links to documents' files and to addresses the site publishes, markup that would swallow the rest of the
        // body, impossible ports, and ids the layout uses itself.
        "[x](../2020/2020-06-10-socialni-prevence-a-poradenstvi.md)", "[x](a.md#b)", "[x](../../../x.md)", "[x](/documents/a.md)",
        "[x](/rok/2020)", "[x](/zapisy/strana/2/)", "[x](#meta-program)", "<textarea>", "<title>", "<xmp>", "<plaintext>", "<select>",
        "</textarea>", "<a href=\"\\/h:65536/\">x</a>", "[x](//h:99999/)", "<img src=\"http://[::1\">", "## Meta program\n",
        "<span id=\"meta-program\">x</span>", "<span id=\"main-content\">x</span>",
    ];

    /// <summary>Repeated to build very long lines and deep nesting.</summary>
    private static readonly string[] RepeatedTokens = ["[", "{", "- ", "> ", "*", "_", "`", "(", "<", "[x](", "&a ", "#", "|", "x", " ", "\t", "\n", "a: ", "  - ", "[^1]"];

    /// <summary>Characters that end or start syntax, invisible or ill-formed ones, and raw Latin-1 / C1 codes (0x80–0xFF).</summary>
    private static readonly Gen<char> InterestingChar = Gen.OneOf(
        Gen.Elements('\n', '\r', '\t', '\0', ':', '-', '#', '[', ']', '{', '}', '"', '\'', '|', '>', '*', '`', '<', '&', '\\', ' '),
        Gen.Elements('\uFEFF', '\u202E', '\u200F', '\u2028', '\uD800', '\uDFFF', '\uFFFF', 'ž', 'Ř'),
        Gen.Choose(0x80, 0xFF).Select(c => (char)c),
        Gen.Choose(0, char.MaxValue).Select(c => (char)c));

    /// <summary>Byte sequences that break decoding: BOMs, NUL, lone CR, stray continuation and lead bytes, surrogates, overlong forms.</summary>
    private static readonly byte[][] InterestingBytes =
    [
        [0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xFE, 0xFF], [0x00], [0x0D], [0x80], [0xBF], [0xC3], [0xE2, 0x80], [0xF0, 0x9F],
        [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xC0, 0xAF], [0xFF], [0x9A], [0xE8],
    ];

    /// <summary>One to eight mutations of <paramref name="text"/>; <paramref name="partners"/> are the texts it may be spliced with.</summary>
    public static Gen<string> Mutate(string text, string[] tokens, string[] partners) =>
        Gen.Choose(1, 8).SelectMany(times => Repeat(text, times, t => Once(t, tokens, partners)));

    /// <summary>One to four byte-level mutations: an encoding broken somewhere in otherwise reasonable text.</summary>
    public static Gen<byte[]> MutateBytes(byte[] bytes) =>
        Gen.Choose(1, 4).SelectMany(times => Repeat(bytes, times, OnceBytes));

    /// <summary>Text assembled from syntax tokens and arbitrary characters, with no seed behind it.</summary>
    public static Gen<string> TokenSoup(string[] tokens) =>
        Gen.ListOf(Gen.Frequency(
                (3, Gen.Elements(tokens)),
                (2, InterestingChar.Select(c => c.ToString())),
                (1, Gen.Elements("title", "zatec", "2020-06-10", "Zápis", "minutes", "\n", " "))))
            .Select(string.Concat);

    /// <summary>Arbitrary bytes, mostly short.</summary>
    public static Gen<byte[]> RandomBytes() =>
        Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b));

    private static Gen<string> Once(string text, string[] tokens, string[] partners)
    {
        var line = Gen.Choose(0, text.Count(c => c == '\n'));
        return Gen.Frequency(
            (4, from at in Position(text) from token in Gen.Elements(tokens) select text.Insert(at, token)),
            (3, from at in LineStart(text) from token in Gen.Elements(tokens) select text.Insert(at, token)),
            (3, from at in Position(text) from c in InterestingChar select Replace(text, at, c)),
            (2, from at in Position(text) from length in Length() select text.Remove(at, Math.Min(length, text.Length - at))),
            (2, from at in Position(text) from length in Length() from to in Position(text)
                select text.Insert(to, text.Substring(at, Math.Min(length, text.Length - at)))),
            (2, from index in line select EditLines(text, lines => lines.RemoveAt(index))),
            (2, from index in line select EditLines(text, lines => lines.Insert(index, lines[index]))),
            (1, from a in line from b in line select EditLines(text, lines => (lines[a], lines[b]) = (lines[b], lines[a]))),
            (1, from partner in Gen.Elements(partners) from cut in Position(text) from start in Position(partner)
                select text[..cut] + partner[start..]),
            (1, from at in Position(text) from token in Gen.Elements(RepeatedTokens) from count in RepeatCount()
                select text.Insert(at, string.Concat(Enumerable.Repeat(token, count)))));
    }

    private static Gen<byte[]> OnceBytes(byte[] bytes) =>
        Gen.Frequency(
            (3, from at in Gen.Choose(0, Math.Max(0, bytes.Length - 1)) from b in Gen.Choose(0, 255) select SetByte(bytes, at, (byte)b)),
            (3, from at in Gen.Choose(0, bytes.Length) from sequence in Gen.Elements(InterestingBytes) select (byte[])[.. bytes[..at], .. sequence, .. bytes[at..]]),
            (1, from at in Gen.Choose(0, bytes.Length) select bytes[..at]));

    private static Gen<T> Repeat<T>(T value, int times, Func<T, Gen<T>> step) =>
        times == 0 ? Gen.Constant(value) : step(value).SelectMany(next => Repeat(next, times - 1, step));

    private static Gen<int> Position(string text) => Gen.Choose(0, text.Length);

    /// <summary>A position at the start of a line, where '- ', '---', '#' and '>' change the meaning of the whole line.</summary>
    private static Gen<int> LineStart(string text) =>
        Position(text).Select(at => at == 0 ? 0 : text.LastIndexOf('\n', at - 1) + 1);

    private static Gen<int> Length() => Gen.Frequency((4, Gen.Choose(1, 8)), (2, Gen.Choose(9, 200)), (1, Gen.Choose(201, 5000)));

    /// <summary>
    /// Mostly a few, sometimes enough for a very long line or nesting far past any sane limit. At most
    /// <see cref="MaxRepeat"/>, which keeps an input within the tens of kilobytes real documents have.
    /// </summary>
    private static Gen<int> RepeatCount() => Gen.Frequency((4, Gen.Choose(2, 40)), (2, Gen.Choose(41, 2000)), (1, Gen.Choose(2001, MaxRepeat)));

    private static string Replace(string text, int at, char c) =>
        at < text.Length ? string.Concat(text.AsSpan(0, at), [c], text.AsSpan(at + 1)) : text + c;

    private static string EditLines(string text, Action<List<string>> edit)
    {
        var lines = text.Split('\n').ToList();
        edit(lines);
        return string.Join('\n', lines);
    }

    private static byte[] SetByte(byte[] bytes, int at, byte value)
    {
        if (bytes.Length == 0) return [value];
        var copy = (byte[])bytes.Clone();
        copy[at] = value;
        return copy;
    }

    /// <summary>The text as a file would hold it: UTF-8 (an unpaired surrogate becomes U+FFFD, as any editor would save it).</summary>
    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
