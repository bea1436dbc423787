using Publisher.Core.Extensions;
using Publisher.Core.Extensions.OpenData;
using Publisher.Core.Model;
using Publisher.Tests.Support;
using static Publisher.Tests.Support.TestContent;

namespace Publisher.Tests.OpenData;

/// <summary>At 100,000 documents the data files reach the output piece by piece, never as one file built in memory.</summary>
public sealed class OpenDataStreamingTests
{
    private const int Documents = 100_000;

    /// <summary>A stream that keeps only how much was written and the largest single write.</summary>
    private sealed class WriteSizes : Stream
    {
        public long Total { get; private set; }
        public int Largest { get; private set; }
        public int Writes { get; private set; }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            Total += buffer.Length;
            Largest = Math.Max(Largest, buffer.Length);
            Writes++;
        }

        public override void WriteByte(byte value) => Write([value]);
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => Total;
        public override long Position { get => Total; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
    }

    private static readonly Lazy<SiteModel> Large = new(() =>
    {
        var first = new DateOnly(2000, 1, 1);
        var documents = Enumerable.Range(0, Documents).Select(i =>
        {
            var date = first.AddDays(i % 9000);
            return Doc($"Zápis z jednání číslo {i}", IsoText.Date(date)) with
            {
                Source = $"documents/zatec/hromadne/zapis-{i}.md",
                Url = $"/zatec/seniori/{date.Year}/zapis-{i}/",
                Place = "Radnice, zasedací místnost",
                Attendees = new Attendees(["Jana Nováková", "Petr Svoboda"], [], [], []),
                Summary = "Pracovní skupina projednala plnění plánu a připravila podklady pro další jednání.",
            };
        }).ToArray();
        return RenderTestSite.Model(documents);
    });

    [Theory]
    [InlineData(DocumentsJsonExtension.FilePath)]
    [InlineData(DocumentsJsonExtension.CsvPath)]
    public void A_data_file_of_100000_documents_is_written_in_pieces(string path)
    {
        var file = StandardExtensions.Create().OfType<DocumentsJsonExtension>().Single().Files(RenderTestSite.Planned(Large.Value)).Single(f => f.Path == path);
        var stream = new WriteSizes();

        file.Write(stream);

        Assert.True(stream.Total > 30_000_000, $"only {stream.Total} bytes were written");
        Assert.True(stream.Largest < 1_000_000, $"one write of {stream.Largest} bytes: the file was built in memory");
        Assert.True(stream.Writes > 100, $"{stream.Writes} writes");
    }
}
