using System.Text;
using CsvHelper;
using Publisher.Core.Extensions.OpenData;

namespace Publisher.Tests.OpenData;

public class CsvRowWriterTests
{
    private static string Write(params string?[][] rows)
    {
        var text = new StringWriter();
        var writer = new CsvRowWriter(text);
        foreach (var row in rows) writer.WriteRow(row);
        return text.ToString();
    }

    private static List<string[]> Read(string csv)
    {
        using var reader = CsvReader.Create(Encoding.UTF8.GetBytes(csv), new CsvReaderOptions { HasHeader = false, Separator = ',' });
        var rows = new List<string[]>();
        while (reader.Read()) rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(reader.GetString)]);
        return rows;
    }

    [Fact]
    public void Rows_end_with_crlf_and_plain_cells_are_not_quoted()
    {
        Assert.Equal("a,b\r\nc,\r\n", Write(["a", "b"], ["c", null]));
    }

    [Theory]
    [InlineData("Senioři, zdravotně postižení", "\"Senioři, zdravotně postižení\"")]
    [InlineData("Zápis \"A\"", "\"Zápis \"\"A\"\"\"")]
    [InlineData("první\ndruhý", "\"první\ndruhý\"")]
    [InlineData("první\r\ndruhý", "\"první\r\ndruhý\"")]
    public void Cells_with_a_comma_quote_or_line_break_are_quoted_with_quotes_doubled(string value, string written)
    {
        Assert.Equal(written + "\r\n", Write([value]));
        Assert.Equal(value, Assert.Single(Assert.Single(Read(Write([value])))));
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil.example\",\"klik\")")]
    [InlineData("+420 123 456 789")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1:A2)")]
    [InlineData("\t=1+1")]
    [InlineData("\r=1+1")]
    public void A_cell_a_spreadsheet_would_read_as_a_formula_starts_with_an_apostrophe(string value)
    {
        var cell = Assert.Single(Assert.Single(Read(Write([value, "x"]))).Take(1));

        Assert.Equal("'" + value, cell);
    }

    [Theory]
    [InlineData("2020-09-15")]
    [InlineData("Zápis = ok")]
    [InlineData("")]
    public void Other_cells_are_written_as_they_are(string value)
    {
        Assert.Equal(value, Assert.Single(Read(Write([value, "x"])))[0]);
    }
}
