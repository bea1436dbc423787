using System.Text;
using System.Text.Json.Nodes;
using CsvHelper;
using Publisher.Core.Extensions;
using Publisher.Core.Extensions.OpenData;
using Publisher.Core.Model;
using Publisher.Tests.EndToEnd;
using Publisher.Tests.Support;
using static Publisher.Tests.Support.TestContent;

namespace Publisher.Tests.OpenData;

/// <summary>documents.csv read back with a real CSV parser holds the records of documents.json, safely for spreadsheets.</summary>
public sealed class DocumentsCsvTests(ExtendedSiteFixture extended, PayloadSiteFixture payloads)
    : IClassFixture<ExtendedSiteFixture>, IClassFixture<PayloadSiteFixture>
{
    private static readonly string[] Formulas = ["=1+1", "+420 123", "-5", "@SUM(A1)"];

    /// <summary>The header and the rows of a CSV file, read by CsvHelper.</summary>
    private static (string[] Header, List<Dictionary<string, string>> Rows) Read(byte[] bytes)
    {
        using var reader = CsvReader.Create(bytes, new CsvReaderOptions { Separator = ',' });
        var header = reader.Headers.ToArray();
        var rows = new List<Dictionary<string, string>>();
        while (reader.Read())
        {
            Assert.Equal(header.Length, reader.FieldCount);
            rows.Add(header.Select((h, i) => (h, i)).ToDictionary(c => c.h, c => reader.GetString(c.i)));
        }
        return (header, rows);
    }

    private static string Neutralised(string value) =>
        value.Length > 0 && "=+-@\t\r".Contains(value[0]) ? "'" + value : value;

    private static string Joined(JsonNode? list) =>
        list is null ? "" : string.Join("; ", list.AsArray().Select(i => (string)i!));

    /// <summary>Each row is the entry of documents.json at the same place: every plain field, list and nested field.</summary>
    private static void AssertSameRecords(BuiltSite site)
    {
        var (header, rows) = Read(System.IO.File.ReadAllBytes(OpenDataFiles.PathOf(site, "documents.csv")));
        var entries = OpenDataFiles.Json(site, "documents.json")["documents"]!.AsArray();

        Assert.Equal(entries.Count, rows.Count);
        Assert.Equal("url", header[0]);
        Assert.Equal("summary", header[^1]);
        for (var i = 0; i < rows.Count; i++)
        {
            var entry = entries[i]!;
            var row = rows[i];
            foreach (var field in new[] { "url", "absolute_url", "source", "title", "type", "date", "time", "region", "region_name", "group", "group_name", "place", "author", "next_meeting", "summary" })
                Assert.Equal(Neutralised((string?)entry[field] ?? ""), row[field]);
            foreach (var field in new[] { "tags", "agenda", "plans" })
                Assert.Equal(Neutralised(Joined(entry[field])), row[field]);
            foreach (var group in new[] { "present", "excused", "absent", "guests" })
                Assert.Equal(Neutralised(Joined(entry["attendees"]?[group])), row["attendees_" + group]);
            foreach (var field in new[] { "id", "period", "status", "approved_by" })
                Assert.Equal(Neutralised((string?)entry["plan"]?[field] ?? ""), row["plan_" + field]);
            foreach (var task in entry["tasks"]?.AsArray() ?? [])
                Assert.Contains((string)task!["task"]!, row["tasks"]);
        }
    }

    [Fact]
    public void The_real_sites_table_holds_the_records_of_the_json_file()
    {
        AssertSameRecords(extended.Site);
        Assert.Contains(OpenDataFiles.Json(extended.Site, "documents.json")["documents"]!.AsArray(), e => e!["tasks"] is not null && e["attendees"] is not null);
    }

    [Fact]
    public void A_table_with_a_payload_in_every_field_holds_the_records_of_the_json_file()
    {
        AssertSameRecords(payloads.Site);
    }

    [Fact]
    public void The_file_starts_with_a_byte_order_mark_and_every_row_ends_with_crlf()
    {
        var bytes = System.IO.File.ReadAllBytes(OpenDataFiles.PathOf(extended.Site, "documents.csv"));

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Equal("url,", Encoding.UTF8.GetString(bytes, 3, 4));
        Assert.Equal("\r\n", Encoding.UTF8.GetString(bytes[^2..]));
        var (_, rows) = Read(bytes);
        // Outside quoted cells every line break is CRLF: as many as rows plus the header.
        var text = Encoding.UTF8.GetString(bytes);
        Assert.Equal(rows.Count + 1, CountOutsideQuotes(text, "\r\n"));
        Assert.Equal(0, CountOutsideQuotes(text.Replace("\r\n", ""), "\n"));
    }

    private static int CountOutsideQuotes(string text, string what)
    {
        var count = 0;
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '"') quoted = !quoted;
            else if (!quoted && string.CompareOrdinal(text, i, what, 0, what.Length) == 0) count++;
        }
        return count;
    }

    [Fact]
    public void Commas_quotes_line_breaks_and_formulas_in_values_read_back_as_written_with_formulas_neutralised()
    {
        var documents = new[]
        {
            Doc("Zápis, \"uvozovky\" a konec\nřádku", "2020-09-15") with
            {
                Place = Formulas[0],
                Author = Formulas[1],
                Agenda = [Formulas[2], "Bod, s čárkou"],
                Tags = [new Tag(Formulas[3], "sum", UrlScheme.Tag("sum"))],
                Summary = "=HYPERLINK(\"https://evil.example\")",
            },
        }.Concat(Formulas.Select((f, i) => Doc(f, $"2019-01-0{i + 1}"))).ToArray();
        var site = RenderTestSite.Model(documents);

        var (_, rows) = Read(Bytes(site));

        var first = rows.Single(r => r["date"] == "2020-09-15");
        Assert.Equal("Zápis, \"uvozovky\" a konec\nřádku", first["title"]);
        Assert.Equal("'=1+1", first["place"]);
        Assert.Equal("'+420 123", first["author"]);
        Assert.Equal("'-5; Bod, s čárkou", first["agenda"]);
        Assert.Equal("'@SUM(A1)", first["tags"]);
        Assert.Equal("'=HYPERLINK(\"https://evil.example\")", first["summary"]);
        Assert.Equal(Formulas.Select(f => "'" + f).Order(StringComparer.Ordinal), rows.Where(r => r["date"] != "2020-09-15").Select(r => r["title"]).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Tasks_show_the_task_then_its_owner_and_due_date_in_parentheses()
    {
        var document = Doc("Zápis", "2020-09-15") with
        {
            Tasks = [new MeetingTask("Připravit zprávu", "Jana Nováková", new DateOnly(2020, 10, 31)), new MeetingTask("Svolat setkání", null, null)],
        };

        var row = Assert.Single(Read(Bytes(RenderTestSite.Model(document))).Rows);

        Assert.Equal("Připravit zprávu (Jana Nováková, 2020-10-31); Svolat setkání", row["tasks"]);
    }

    private static byte[] Bytes(SiteModel site)
    {
        var file = StandardExtensions.Create().OfType<DocumentsJsonExtension>().Single().Files(RenderTestSite.Planned(site)).Single(f => f.Path == DocumentsJsonExtension.CsvPath);
        using var stream = new MemoryStream();
        file.Write(stream);
        return stream.ToArray();
    }
}
