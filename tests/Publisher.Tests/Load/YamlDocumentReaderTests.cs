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

    [Fact]
    public void Syntax_error_is_reported_at_the_file_line()
    {
        // YAML line 2, column 7 → file line 3 because the front matter starts on line 2.
        var (node, diagnostics) = Parse("title: x\n  type: y\n", firstLine: 2);

        Assert.Null(node);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(Severity.Error, diagnostic.Severity);
        Assert.Equal(File, diagnostic.File);
        Assert.Equal((3, 7), (diagnostic.Line, diagnostic.Column));
        Assert.StartsWith("invalid YAML: ", diagnostic.Message);
    }

    [Fact]
    public void Syntax_error_line_is_shifted_by_the_first_line()
    {
        var (_, diagnostics) = Parse("title: x\n  type: y\n", firstLine: 10);

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal((11, 7), (diagnostic.Line, diagnostic.Column));
    }

    [Fact]
    public void Colon_inside_a_plain_value_is_reported_at_the_colon()
    {
        var (_, diagnostics) = Parse("title: A\nplace: Radnice: 2. patro\n", firstLine: 2);

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal((3, 15), (diagnostic.Line, diagnostic.Column));
        Assert.Contains("invalid YAML", diagnostic.Message);
    }

    [Fact]
    public void Unterminated_quoted_value_is_reported_at_its_opening_quote()
    {
        var (_, diagnostics) = Parse("title: \"Zápis\ntype: news\n", firstLine: 2);

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal((2, 8), (diagnostic.Line, diagnostic.Column));
    }

    [Fact]
    public void Duplicate_key_is_an_error_at_the_second_key()
    {
        var (node, diagnostics) = Parse("title: A\ntype: news\ntitle: B\n", firstLine: 2);

        Assert.Null(node);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal((4, 1), (diagnostic.Line, diagnostic.Column));
        Assert.Contains("Duplicate key title", diagnostic.Message);
    }

    [Fact]
    public void Tab_indentation_is_an_error()
    {
        var (node, diagnostics) = Parse("title: A\nattendees:\n\tpresent:\n\t\t- Jana\n", firstLine: 2);

        Assert.Null(node);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(Severity.Error, diagnostic.Severity);
        Assert.Contains("tab", diagnostic.Message);
        Assert.InRange(diagnostic.Line, 2, 5);
    }

    [Fact]
    public void Unclosed_flow_list_is_a_diagnostic_not_an_exception()
    {
        var (node, diagnostics) = Parse("title: A\ntags: [bydlení, dluhy\ndate: 2020-01-01\n", firstLine: 2);

        Assert.Null(node);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(Severity.Error, diagnostic.Severity);
        Assert.StartsWith("invalid YAML", diagnostic.Message);
        Assert.InRange(diagnostic.Line, 3, 4);
    }

    [Fact]
    public void Unclosed_flow_list_at_the_end_is_reported()
    {
        var (node, diagnostics) = Parse("title: A\ntags: [bydlení, dluhy\n", firstLine: 2);

        Assert.Null(node);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal((4, 1), (diagnostic.Line, diagnostic.Column));
        Assert.Contains("did not find expected ',' or ']'", diagnostic.Message);
    }

    [Theory]
    [InlineData("tags: [bydlení", 1, 15)]
    [InlineData("title: A\ntags: [bydlení, dluhy", 2, 22)]
    [InlineData("{title: A", 1, 10)]
    public void An_error_at_the_end_of_a_text_without_a_final_line_break_is_on_its_last_line(string yaml, int line, int column)
    {
        var (node, diagnostics) = Parse(yaml, firstLine: 1);

        Assert.Null(node);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal((line, column), (diagnostic.Line, diagnostic.Column));
        Assert.StartsWith("invalid YAML", diagnostic.Message);
    }

    [Theory]
    [InlineData("attendees:\n  : Jana\n", 3)]
    [InlineData("attendees:\n  : Petr\ntitle: A\n", 3)]
    [InlineData("tags:\n  - : x\n", 3)]
    [InlineData("title: \"Zápis\"*a\ntype: news\n", 2)]
    public void A_key_without_a_value_is_an_error_on_its_line(string yaml, int line)
    {
        // YamlDotNet's parser emits a key without its value for these, and its tree builder throws; the reader reports it instead.
        var (node, diagnostics) = Parse(yaml, firstLine: 2);

        Assert.Null(node);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(Severity.Error, diagnostic.Severity);
        Assert.Equal(line, diagnostic.Line);
        Assert.StartsWith("invalid YAML: a key without a value", diagnostic.Message);
    }

    [Theory]
    [InlineData("title: A\nplace: !<> Radnice\n", "Tag value must not be empty.")]
    [InlineData("title: A\nplace: !<[> Radnice\n", "Global tags must be valid URIs.")]
    public void A_malformed_verbatim_tag_is_an_error_not_an_exception(string yaml, string message)
    {
        // YamlDotNet's parser throws an ArgumentException for these, without a position; the last event read is on the line.
        var (node, diagnostics) = Parse(yaml, firstLine: 2);

        Assert.Null(node);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(Severity.Error, diagnostic.Severity);
        Assert.Equal(3, diagnostic.Line);
        Assert.Equal($"invalid YAML: {message}", diagnostic.Message);
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
        Assert.Contains($"nests deeper than {YamlDocumentReader.MaxDepth} levels", diagnostic.Message);
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
        Assert.Contains($"more than {YamlDocumentReader.MaxAliases} aliases", diagnostic.Message);
        Assert.InRange(diagnostic.Line, 2, 12);
    }
}
