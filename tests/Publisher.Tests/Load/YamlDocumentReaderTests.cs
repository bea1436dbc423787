using Publisher.Core.Diagnostics;
using Publisher.Core.Load;
using YamlDotNet.RepresentationModel;

namespace Publisher.Tests.Load;

public class YamlDocumentReaderTests
{
    private const string File = "input/documents/zatec/2020/zapis.md";

    private static (YamlNode? Node, IReadOnlyList<Diagnostic> Diagnostics) Parse(string yaml, int firstLine = 2)
    {
        var bag = new DiagnosticBag();
        var node = YamlDocumentReader.Parse(yaml, File, firstLine, bag);
        return (node, bag.Sorted());
    }

    [Fact]
    public void Valid_yaml_gives_the_root_mapping_with_yaml_positions()
    {
        var (node, diagnostics) = Parse("title: A\ntype: news\n");

        Assert.Empty(diagnostics);
        var mapping = Assert.IsType<YamlMappingNode>(node);
        Assert.Equal(2, mapping.Children.Count);
        Assert.Equal("news", ((YamlScalarNode)mapping.Children[new YamlScalarNode("type")]).Value);
        // Node marks stay relative to the YAML text: 1-based line and column.
        Assert.Equal(1, mapping.Start.Line);
        Assert.Equal(1, mapping.Start.Column);
    }

    [Fact]
    public void Empty_text_has_no_document_and_no_error()
    {
        var (node, diagnostics) = Parse("");

        Assert.Null(node);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void Comment_only_text_has_no_document_and_no_error()
    {
        var (node, diagnostics) = Parse("# jen komentář\n");

        Assert.Null(node);
        Assert.Empty(diagnostics);
    }

    /// <summary>Parses YAML that starts on file line 2, as front matter does, and returns its only diagnostic, an error.</summary>
    private static Diagnostic SingleError(string yaml)
    {
        var (node, diagnostics) = Parse(yaml, firstLine: 2);

        Assert.Null(node);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(Severity.Error, diagnostic.Severity);
        Assert.Equal(File, diagnostic.File);
        return diagnostic;
    }

    private static void AssertError(string yaml, int line, int column, string message)
    {
        var diagnostic = SingleError(yaml);
        Assert.Equal((line, column, message), (diagnostic.Line, diagnostic.Column, diagnostic.Message.English));
    }

    [Fact]
    public void Syntax_error_line_is_shifted_by_the_first_line()
    {
        var (_, diagnostics) = Parse("title: x\n  type: y\n", firstLine: 10);

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal((11, 3), (diagnostic.Line, diagnostic.Column));
        Assert.Equal("this line is indented differently from the keys above it; line it up with 'title:' on line 10 (no indentation)", diagnostic.Message.English);
    }

    [Theory]
    [InlineData("title: x\r  type: y\r")]
    [InlineData("title: x\r\n  type: y\r\n")]
    public void Carriage_returns_end_lines_as_they_do_for_yaml(string yaml)
    {
        // A lone CR is a line break to YamlDotNet; positions and the lines that messages name must agree with it.
        AssertError(yaml, 3, 3, "this line is indented differently from the keys above it; line it up with 'title:' on line 2 (no indentation)");
    }

    private const string TabMessage = "a tab character is used for indentation; use spaces";

    [Theory]
    // YamlDotNet reports the first two at the start of the text and the others at the value before the tab.
    [InlineData("title: A\nattendees:\n\tpresent:\n\t\t- Jana\n", 4, 1)]
    [InlineData("title: A\nattendees:\n  present:\n\t- Jana\n", 5, 1)]
    [InlineData("agenda:\n  - a\n\t- b\n", 4, 1)]
    [InlineData("title: A\n\ttype: news\n", 3, 1)]
    [InlineData("tasks:\n  - task: a\n\t  owner: b\n", 4, 1)]
    [InlineData("title: A\n\t\ntype: news\n", 3, 1)]
    [InlineData("title: A\n  \tb: c\n", 3, 3)]
    public void A_tab_in_the_indentation_is_reported_at_the_tab(string yaml, int line, int column)
    {
        AssertError(yaml, line, column, TabMessage);
    }

    [Theory]
    [InlineData("title: \"A\"\n\ttags: [a]\n")]
    [InlineData("summary: |\n\tText\ntype: news\n")]
    public void A_tab_after_a_quoted_value_or_a_text_block_is_found_too(string yaml)
    {
        AssertError(yaml, 3, 1, TabMessage);
    }

    [Theory]
    [InlineData("title:\t\"A\"\n")]
    [InlineData("tags: [a,\n\tb]\n")]
    [InlineData("summary: |\n  a\n  \tb\n")]
    public void A_tab_that_is_not_indentation_is_read(string yaml)
    {
        var (node, diagnostics) = Parse(yaml);

        Assert.NotNull(node);
        Assert.Empty(diagnostics);
    }

    [Theory]
    // Over-indented: YamlDotNet reads the key as part of the value above and stops at its ':'.
    [InlineData("title: x\n  type: y\n", 3, 3, "'title:' on line 2 (no indentation)")]
    [InlineData("title: A\ntype: news\n  date: 2020-01-01\n", 4, 3, "'type:' on line 3 (no indentation)")]
    [InlineData("tasks:\n  - task: A\n     owner: B\n", 4, 6, "'task:' on line 3 (4 spaces)")]
    [InlineData("tasks:\n  - task: A\n      owner: B\n", 4, 7, "'task:' on line 3 (4 spaces)")]
    [InlineData("title: A\n  B\n  type: x\n", 4, 3, "'title:' on line 2 (no indentation)")]
    // Under-indented: YamlDotNet stops at the line, but says only that it did not find a key or a '-'.
    [InlineData("attendees:\n  present:\n    - Jana\n   excused:\n    - Eva\n", 5, 4, "'present:' on line 3 (2 spaces)")]
    [InlineData("attendees:\n  present:\n    - Jana\n excused:\n    - Eva\n", 5, 2, "'present:' on line 3 (2 spaces) or with 'attendees:' on line 2 (no indentation)")]
    [InlineData("attendees:\n    present:\n      - Jana\n  excused:\n      - Eva\n", 5, 3, "'present:' on line 3 (4 spaces) or with 'attendees:' on line 2 (no indentation)")]
    [InlineData("attendees:\n  present:\n  - Jana\n absent: [Eva]\n", 5, 2, "'present:' on line 3 (2 spaces) or with 'attendees:' on line 2 (no indentation)")]
    [InlineData("tasks:\n  - task: A\n   owner: B\n", 4, 4, "'task:' on line 3 (4 spaces) or with 'tasks:' on line 2 (no indentation)")]
    [InlineData("tasks:\n  - task: A\n    owner: B\n   due: 2020-01-01\n", 5, 4, "'owner:' on line 4 (4 spaces) or with 'tasks:' on line 2 (no indentation)")]
    [InlineData("agenda:\n  - a\n  title: x\n", 4, 3, "'agenda:' on line 2 (no indentation)")]
    [InlineData("- id: zatec\n  name: Žatec\n groups:\n  - id: a\n", 4, 2, "'name:' on line 3 (2 spaces)")]
    public void A_wrongly_indented_key_is_reported_at_its_line_with_the_keys_it_may_belong_with(string yaml, int line, int column, string choices)
    {
        AssertError(yaml, line, column, $"this line is indented differently from the keys above it; line it up with {choices}");
    }

    [Theory]
    [InlineData("agenda:\n  - Úvod\n - Druhý\n", 4, 2, "the '-' on line 3 (2 spaces)")]
    [InlineData("- id: zatec\n  groups:\n    - id: a\n      name: A\n     - id: b\n", 6, 6, "the '-' on line 4 (4 spaces)")]
    [InlineData("- id: zatec\n  groups:\n    - id: a\n      name: A\n   - id: b\n", 6, 4, "the '-' on line 4 (4 spaces) or with the '-' on line 2 (no indentation)")]
    public void An_under_indented_list_item_is_reported_at_its_line(string yaml, int line, int column, string choices)
    {
        AssertError(yaml, line, column, $"this list item is indented differently from the items above it; line it up with {choices}");
    }

    [Theory]
    [InlineData("agenda:\n  - Úvod\n   - Druhý\n", 4, 4, 3, 3, "2 spaces")]
    [InlineData("agenda:\n  - Úvod\n    - Druhý\n", 4, 5, 3, 3, "2 spaces")]
    [InlineData("attendees:\n  present:\n  - Jana\n   - Petr\n  - Eva\n", 5, 4, 4, 4, "2 spaces")]
    [InlineData("agenda:\n- a\n- b\n - c\n", 5, 2, 4, 3, "no indentation")]
    public void An_over_indented_list_item_is_an_error_although_yaml_reads_it_as_part_of_the_item_above(
        string yaml, int line, int column, int itemAbove, int firstItem, string spaces)
    {
        // Valid YAML: the item is read as the end of the text of the one above ("Úvod - Druhý").
        AssertError(yaml, line, column,
            $"this list item is indented more than the one on line {itemAbove}, so both are read as one item; line it up with the '-' on line {firstItem} ({spaces})");
    }

    [Fact]
    public void A_multi_line_value_that_is_not_a_list_item_is_read()
    {
        var (node, diagnostics) = Parse("summary: Skupina projednala\n  - rozpočet\ntags:\n  - a\n");

        Assert.Empty(diagnostics);
        var mapping = Assert.IsType<YamlMappingNode>(node);
        Assert.Equal("Skupina projednala - rozpočet", ((YamlScalarNode)mapping.Children[new YamlScalarNode("summary")]).Value);
    }

    [Theory]
    [InlineData("title: A\n- b\n", 3, 1, "a list item ('- …') stands where a 'key: value' line belongs; put it under the key of its list, indented like that list's items")]
    [InlineData("title: A # x\n - b\n", 3, 2, "a list item ('- …') stands where a 'key: value' line belongs; put it under the key of its list, indented like that list's items")]
    [InlineData("  title: A\ntype: news\n", 2, 3, "the first line is indented; start it and the other top-level lines at the beginning of the line")]
    [InlineData("agenda:\n  - Bod\n  -Druhý\n", 4, 3, "put a space after '-' to make this line a list item: - Druhý")]
    [InlineData("type: minutes\ntitle:Zápis\n", 3, 1, "put a space after ':' to make this line a 'key: value' line: title: Zápis")]
    [InlineData("title: A\nnějaký text\n", 3, 1, "this line is neither a 'key: value' line nor indented under a key; if it goes on from the line above, indent it or join the two lines")]
    [InlineData("title: A\n\"x\"\n", 3, 1, "this line is neither a 'key: value' line nor indented under a key; if it goes on from the line above, indent it or join the two lines")]
    [InlineData("- a\nb: c\n", 3, 1, "this 'key: value' line does not fit into the list above it; start it with '- ' if it begins a new item")]
    [InlineData("title: A\nguests: - Eva Malá\n", 3, 9, "a list cannot start on the line of its key; put '- Eva Malá' on the next line, indented under 'guests:'")]
    [InlineData("title: A\ndate: : 2020-01-01\n", 3, 7, "this ':' has no key before it; delete it, or put the value in quotes if the ':' is part of the text")]
    public void A_line_out_of_place_is_explained_at_its_line(string yaml, int line, int column, string message)
    {
        AssertError(yaml, line, column, message);
    }

    [Theory]
    [InlineData("title: Zápis: leden\n", 2, 13, "the value contains ': '; put the value in quotes: title: \"Zápis: leden\"")]
    [InlineData("title: A\nplace: Radnice: 2. patro # kde\n", 3, 15, "the value contains ': '; put the value in quotes: place: \"Radnice: 2. patro\"")]
    [InlineData("tasks:\n  - task: Zápis: leden\n", 3, 16, "the value contains ': '; put the value in quotes: - task: \"Zápis: leden\"")]
    [InlineData("title: \"x\" y: z\n", 2, 13, "the value contains ': '; put the value in quotes: title: '\"x\" y: z'")]
    [InlineData("agenda:\n  - Bod: a: b\n", 3, 11, "the list item contains ': '; put it in quotes: - \"Bod: a: b\"")]
    [InlineData("Zápis: leden: x\n", 2, 13, "the text contains ': '; put it in quotes: \"Zápis: leden: x\"")]
    public void A_value_with_a_colon_and_a_space_is_reported_at_the_colon_with_its_quoted_form(string yaml, int line, int column, string message)
    {
        AssertError(yaml, line, column, message);
    }

    [Theory]
    [InlineData("title: \"Zápis\ntype: news\n", '"')]
    [InlineData("title: \"Zápis\ntype: \"news\"\n", '"')]
    [InlineData("title: 'Zápis\ntype: news\n", '\'')]
    public void An_unclosed_quote_is_reported_at_the_quote(string yaml, char quote)
    {
        AssertError(yaml, 2, 8, $"the value in quotes that starts here has no closing {quote} on its line; end the value with {quote}");
    }

    [Theory]
    [InlineData("title: \"Zápis\" leden\n", "title: '\"Zápis\" leden'")]
    [InlineData("title: 'Zápis' leden\n", "title: \"'Zápis' leden\"")]
    public void Text_after_a_closing_quote_is_reported_with_the_whole_value_quoted(string yaml, string corrected)
    {
        AssertError(yaml, 2, 16, $"the value goes on after its closing quote; put the whole value in quotes: {corrected}");
    }

    [Theory]
    [InlineData("title: \"A\\q\"\n", 10, "'\\q' is not an escape that double quotes allow; write a backslash as \\\\ or put the value in single quotes")]
    [InlineData("place: \"C:\\Users\\x\"\n", 11, "'\\U' is not an escape that double quotes allow; write a backslash as \\\\ or put the value in single quotes")]
    [InlineData("title: \"\\U00110000\"\n", 9, "'\\U00110000' is not a character code; write the character itself")]
    [InlineData("title: \"A\\uD800\"\n", 10, "'\\uD800' is half of a character that is written as two codes (a surrogate pair); write the character itself")]
    [InlineData("title: \"A\\uDC00\"\n", 10, "'\\uDC00' is half of a character that is written as two codes (a surrogate pair); write the character itself")]
    [InlineData("title: \"A\\U0000D800\"\n", 10, "'\\U0000D800' is half of a character that is written as two codes (a surrogate pair); write the character itself")]
    // YamlDotNet throws these without a position: the escape is found after the last event it read.
    [InlineData("title: \"A\\uD800\\uD800\"\n", 10, "'\\uD800' is half of a character that is written as two codes (a surrogate pair); write the character itself")]
    [InlineData("title: \"A\\uDC00\\uD800\"\n", 10, "'\\uDC00' is half of a character that is written as two codes (a surrogate pair); write the character itself")]
    [InlineData("title: \"A\\uD800\\u0041\"\n", 10, "'\\uD800' is half of a character that is written as two codes (a surrogate pair); write the character itself")]
    public void An_escape_that_yaml_refuses_is_reported_at_its_backslash(string yaml, int column, string message)
    {
        AssertError(yaml, 2, column, message);
    }

    [Theory]
    [InlineData("title: \"A\\uFFFE\"\n", 2, 10, "'\\uFFFE' is U+FFFE, which is not a character; delete it")]
    [InlineData("title: \"\\U0000FFFF\"\n", 2, 9, "'\\U0000FFFF' is U+FFFF, which is not a character; delete it")]
    [InlineData("\"ti\\uFFFFtle\": A\n", 2, 4, "'\\uFFFF' is U+FFFF, which is not a character; delete it")]
    [InlineData("tags: [a, \"\\uFFFE\"]\n", 2, 12, "'\\uFFFE' is U+FFFE, which is not a character; delete it")]
    [InlineData("x: &a \"\\uFFFE\"\ny: *a\n", 2, 8, "'\\uFFFE' is U+FFFE, which is not a character; delete it")]
    [InlineData("title: A\nplan:\n  id: \"a\\uFFFEb\"\n", 4, 9, "'\\uFFFE' is U+FFFE, which is not a character; delete it")]
    // Written as they are, not escaped: the content loader refuses them, but other callers (the theme's texts) do not.
    [InlineData("title: A\uFFFEB\n", 2, 9, "the text contains U+FFFE, which is not a character; delete it")]
    public void A_character_that_is_no_character_is_an_error_in_any_value_or_key(string yaml, int line, int column, string message)
    {
        // Later stages cannot take them: Unicode normalisation throws on U+FFFE and lone surrogates.
        AssertError(yaml, line, column, message);
    }

    [Fact]
    public void A_lone_surrogate_written_as_it_is_is_an_error_at_it()
    {
        // Not theory data: the test runner would replace the lone surrogate when it passes the text on.
        AssertError("title: A\uD800B\n", 2, 9, "the text contains U+D800, half of a character whose other half is missing; delete it");
    }

    [Fact]
    public void A_surrogate_pair_written_as_two_escapes_is_one_character()
    {
        var (node, diagnostics) = Parse("title: \"\\uD83D\\uDE00 \\U0001F600\"\n");

        Assert.Empty(diagnostics);
        var mapping = Assert.IsType<YamlMappingNode>(node);
        Assert.Equal("😀 😀", ((YamlScalarNode)mapping.Children[new YamlScalarNode("title")]).Value);
    }

    [Theory]
    [InlineData("title: A\ntags: [bydlení, dluhy\ndate: 2020-01-01\n", 3, 7, "this '[' is never closed; end the list with ']'")]
    [InlineData("title: A\ntags: [bydlení, dluhy\n", 3, 7, "this '[' is never closed; end the list with ']'")]
    [InlineData("tags: [a, [b, c]\ndate: 2020\n", 2, 7, "this '[' is never closed; end the list with ']'")]
    [InlineData("tags: [a,\n", 2, 7, "this '[' is never closed; end the list with ']'")]
    [InlineData("x: {a: 1, b: 2\ndate: 2020\n", 2, 4, "this '{' is never closed; end it with '}'")]
    // Without a final line break YamlDotNet reports the end of the text on a line after the last one.
    [InlineData("tags: [bydlení", 2, 7, "this '[' is never closed; end the list with ']'")]
    [InlineData("title: A\ntags: [bydlení, dluhy", 3, 7, "this '[' is never closed; end the list with ']'")]
    [InlineData("{title: A", 2, 1, "this '{' is never closed; end it with '}'")]
    public void An_unclosed_bracket_is_reported_at_the_bracket(string yaml, int line, int column, string message)
    {
        AssertError(yaml, line, column, message);
    }

    [Theory]
    [InlineData("tags: [a, \"b\" c]\n", 2, 15, "the list in [ ] cannot go on like this; separate its items with commas, and put an item in quotes when it contains , [ ] { } : # or quotes")]
    [InlineData("tags: [a: b: c]\n", 2, 12, "the list in [ ] cannot go on like this; separate its items with commas, and put an item in quotes when it contains , [ ] { } : # or quotes")]
    [InlineData("x: {a: 1, \"b\" c: 2}\n", 2, 16, "the pairs in { } cannot go on like this; separate them with commas, and put a value in quotes when it contains , [ ] { } : # or quotes")]
    [InlineData("title: [Návrh] zápis\n", 2, 16, "the value goes on after its closing ']'; put the whole value in quotes: title: \"[Návrh] zápis\"")]
    [InlineData("title: {Návrh} zápis\n", 2, 16, "the value goes on after its closing '}'; put the whole value in quotes: title: \"{Návrh} zápis\"")]
    [InlineData("x: [a, b]]\n", 2, 10, "this ']' closes nothing; delete it")]
    [InlineData("x: {a: 1}}\n", 2, 10, "this '}' closes nothing; delete it")]
    [InlineData("tags: [a, , b]\n", 2, 11, "there is no item before this ','; delete the extra comma")]
    [InlineData("x: {a: ]}\n", 2, 8, "an item in brackets cannot start with ']'; put it in quotes: \"]\"")]
    public void A_mistake_inside_brackets_is_reported_where_it_is(string yaml, int line, int column, string message)
    {
        AssertError(yaml, line, column, message);
    }

    [Theory]
    [InlineData("title: @home\n", 8, "a value cannot start with '@'; put the value in quotes: title: \"@home\"")]
    [InlineData("title: `x`\n", 8, "a value cannot start with '`'; put the value in quotes: title: \"`x`\"")]
    [InlineData("title: ]\n", 8, "a value cannot start with ']'; put the value in quotes: title: \"]\"")]
    [InlineData("summary: *Důležité* upozornění\n", 10, "'*' at the start of a value refers to an anchor; put the value in quotes: summary: \"*Důležité* upozornění\"")]
    [InlineData("title: *x\n", 8, "'*' at the start of a value refers to an anchor; put the value in quotes: title: \"*x\"")]
    [InlineData("tags: [a, *b]\n", 11, "'*' at the start of an item refers to an anchor; put the item in quotes: \"*b\"")]
    [InlineData("title: & x\n", 8, "'&' at the start of a value names an anchor; put the value in quotes: title: \"& x\"")]
    [InlineData("title: &a &b x\n", 8, "'&' at the start of a value names an anchor; put the value in quotes: title: \"&a &b x\"")]
    [InlineData("title: | x\n", 8, "'|' at the start of a value begins a text on the lines below it; put the value in quotes: title: \"| x\"")]
    [InlineData("title: !x!y z\n", 8, "'!' at the start of a value makes it a YAML tag; put the value in quotes: title: \"!x!y z\"")]
    // Found at the error when the value does not start with the indicator: here the line has no key.
    [InlineData(">-: x\n", 1, "'>' at the start of a value begins a text on the lines below it; put the value in quotes: \">-: x\"")]
    // YamlDotNet throws an ArgumentException without a position for malformed verbatim tags.
    [InlineData("place: !<> Radnice\n", 8, "'!' at the start of a value makes it a YAML tag; put the value in quotes: place: \"!<> Radnice\"")]
    [InlineData("place: !<[> Radnice\n", 8, "'!' at the start of a value makes it a YAML tag; put the value in quotes: place: \"!<[> Radnice\"")]
    public void A_value_that_starts_with_a_character_yaml_reserves_is_shown_in_quotes(string yaml, int column, string message)
    {
        AssertError(yaml, 2, column, message);
    }

    [Theory]
    [InlineData("title: A\ntype: news\ntitle: B\n", 4, 1, "the key 'title' is already given on line 2; keep only one of them")]
    [InlineData("attendees:\n  present: a\n  present: b\n", 4, 3, "the key 'present' is already given on line 3; keep only one of them")]
    [InlineData("title: A\n\"title\": B\n", 3, 1, "the key 'title' is already given on line 2; keep only one of them")]
    [InlineData("tags: {a: 1, a: 2}\n", 2, 14, "the key 'a' is already given on line 2; keep only one of them")]
    public void A_key_given_twice_is_an_error_at_the_second_naming_the_first(string yaml, int line, int column, string message)
    {
        AssertError(yaml, line, column, message);
    }

    [Theory]
    [InlineData("%YAML 1.1\n%YAML 1.1\n---\na: b\n", 3, 1, "'%' at the start of a value makes it a YAML directive; put the value in quotes: \"%YAML 1.1\"")]
    [InlineData("% z rozpočtu\ntitle: A\n", 2, 1, "'%' at the start of a value makes it a YAML directive; put the value in quotes: \"% z rozpočtu\"")]
    public void A_line_that_starts_with_a_percent_sign_is_shown_in_quotes(string yaml, int line, int column, string message)
    {
        AssertError(yaml, line, column, message);
    }

    [Fact]
    public void A_nul_character_is_reported_where_it_is()
    {
        AssertError("title: Záp\0is\n", 2, 11, "the text contains U+0000, an invisible character YAML does not allow; delete it");
    }

    [Theory]
    [InlineData("title: A\n...  x: y\n", 3, 1)]
    // A list written as a key twice is left to the tree builder, which throws.
    [InlineData("? [a]\n: 1\n? [a]\n: 2\n", 4, 3)]
    public void Other_mistakes_get_general_guidance_never_yamldotnets_text(string yaml, int line, int column)
    {
        AssertError(yaml, line, column,
            "this cannot be read; check the quotes, brackets and indentation here, and put a value in quotes when it contains any of : # [ ] { } , & * ! | > ' \" % @ `");
    }

    [Theory]
    [InlineData("attendees:\n  : Jana\n", 3)]
    [InlineData("attendees:\n  : Petr\ntitle: A\n", 3)]
    [InlineData("tags:\n  - : x\n", 3)]
    [InlineData("title: \"Zápis\"*a\ntype: news\n", 2)]
    public void A_key_without_a_value_is_an_error_on_its_line(string yaml, int line)
    {
        // YamlDotNet's parser emits a key without its value for these, and its tree builder throws; the reader reports it instead.
        var diagnostic = SingleError(yaml);
        Assert.Equal(line, diagnostic.Line);
        Assert.Equal("invalid YAML: a key without a value (look for a ':' with no key name before it, or for text right after a value)", diagnostic.Message.English);
    }

    [Theory]
    [InlineData("title: A\u0085B\n", "A B")]
    [InlineData("title: \"A\u2028B\"\n", "A B")]
    [InlineData("title: A\n# komentář\u2029title: B\n", "A")]
    public void Yaml_1_1_line_breaks_are_read_as_the_spaces_an_editor_shows(string yaml, string title)
    {
        // YAML 1.1 ends lines at NEL, LS and PS; editors do not, so lines and positions would not match the file.
        var (node, diagnostics) = Parse(yaml);

        Assert.Empty(diagnostics);
        var mapping = Assert.IsType<YamlMappingNode>(node);
        Assert.Equal(title, ((YamlScalarNode)mapping.Children[new YamlScalarNode("title")]).Value);
    }

    [Fact]
    public void Very_deep_nesting_is_refused_without_exhausting_the_stack()
    {
        var (node, diagnostics) = Parse("title: A\nx: " + new string('[', 100_000) + new string(']', 100_000) + "\n", firstLine: 2);

        Assert.Null(node);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal((3, 3 + YamlDocumentReader.MaxDepth), (diagnostic.Line, diagnostic.Column));
        Assert.Contains($"nests deeper than {YamlDocumentReader.MaxDepth} levels", diagnostic.Message.English);
    }

    [Fact]
    public void Nesting_up_to_the_limit_is_read()
    {
        var depth = YamlDocumentReader.MaxDepth - 1;
        var (node, diagnostics) = Parse("x: " + new string('[', depth) + "1" + new string(']', depth) + "\n", firstLine: 2);

        Assert.NotNull(node);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void A_billion_laughs_alias_bomb_is_refused()
    {
        var lines = new List<string> { "a: &a [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]" };
        for (var level = 'b'; level <= 'i'; level++)
        {
            var previous = (char)(level - 1);
            lines.Add($"{level}: &{level} [{string.Join(", ", Enumerable.Repeat("*" + previous, 9))}]");
        }
        var (node, diagnostics) = Parse(string.Join("\n", lines) + "\n", firstLine: 2);

        Assert.Null(node);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Contains($"more than {YamlDocumentReader.MaxAliases} aliases", diagnostic.Message.English);
        Assert.InRange(diagnostic.Line, 2, 12);
    }
}
