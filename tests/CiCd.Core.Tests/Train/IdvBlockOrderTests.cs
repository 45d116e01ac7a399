using CiCd.Train;
using Microsoft.ML;

namespace CiCd.Core.Tests.Train;

public sealed class IdvBlockOrderTests
{
    private sealed class Row
    {
        public float Amount { get; set; }

        public string Level { get; set; } = "";
    }

    // 20,000 rows of two columns: ML.NET's saver puts 8,192 rows in a block, so six blocks, three per column.
    private static readonly Row[] Rows = [.. Enumerable.Range(0, 20_000).Select(i => new Row { Amount = i * 0.5f, Level = $"level-{i % 37}" })];

    internal static byte[] Saved()
    {
        var ml = new MLContext(seed: 1);
        using var stream = new MemoryStream();
        ml.Data.SaveAsBinary(ml.Data.LoadFromEnumerable(Rows), stream);
        return stream.ToArray();
    }

    // The blocks as a race between the saver's compression threads could leave them: last block first.
    internal static byte[] Raced(byte[] idv) =>
        IdvBlockOrder.Reorder(idv, (a, b) => a.Index != b.Index ? b.Index.CompareTo(a.Index) : b.Column.CompareTo(a.Column));

    private static List<(float, string)> Read(byte[] idv)
    {
        var ml = new MLContext(seed: 1);
        var path = Path.Combine(Path.GetTempPath(), $"cicd-idv-{Guid.NewGuid():N}.idv");
        File.WriteAllBytes(path, idv);
        try
        {
            return [.. ml.Data.CreateEnumerable<Row>(ml.Data.LoadFromBinary(path), reuseRowObject: false).Select(r => (r.Amount, r.Level))];
        }
        finally
        {
            File.Delete(path);
        }
    }

    public sealed class TheCanonicalMethod
    {
        [Fact]
        public void Should_Give_The_Same_Bytes_Whatever_Order_The_Blocks_Were_Written_In()
        {
            // Given
            var saved = Saved();
            var raced = Raced(saved);

            // When
            var fromSaved = IdvBlockOrder.Canonical(saved);
            var fromRaced = IdvBlockOrder.Canonical(raced);

            // Then
            Assert.NotEqual(saved, raced);
            Assert.Equal(fromSaved, fromRaced);
        }

        [Fact]
        public void Should_Keep_Every_Row_ML_Net_Reads_Back()
        {
            // Given
            var raced = Raced(Saved());

            // When
            var canonical = IdvBlockOrder.Canonical(raced);

            // Then: both layouts are data views ML.NET reads, row for row the data saved
            var expected = Rows.Select(r => (r.Amount, r.Level)).ToList();
            Assert.Equal(expected, Read(raced));
            Assert.Equal(expected, Read(canonical));
        }

        [Theory]
        [InlineData(0)]
        [InlineData(300)]
        [InlineData(-1)]
        public void Should_Return_Bytes_That_Are_Not_A_Whole_Data_View_As_They_Are(int length)
        {
            // Given: nothing, a data view cut before its table of contents, or one cut inside it (blocks out of order)
            var raced = Raced(Saved());
            var bytes = length >= 0 ? raced[..length] : raced[..^40];

            // When
            var result = IdvBlockOrder.Canonical(bytes);

            // Then
            Assert.Equal(bytes, result);
        }
    }
}
