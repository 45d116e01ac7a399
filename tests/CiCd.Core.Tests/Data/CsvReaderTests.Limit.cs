using CiCd.Data;
using CiCd.Errors;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CiCd.Core.Tests.Data;

public sealed partial class CsvReaderTests
{
    public sealed class TheParseMethodWithARowLimit
    {
        [Fact]
        public void Should_Stop_At_The_Limit_Without_Reading_The_Row_After_It()
        {
            // Given: three rows at a limit of two, the third a quote never closed
            const string text = "a,b\n1,2\n3,4\n\"open,5\n";

            // When
            var table = CsvReader.Parse("body", text, maxRows: 2);

            // Then
            Assert.True(table.MoreRows);
            Assert.Equal([["1", "2"], ["3", "4"]], table.Rows.Select(r => r.Values));
        }

        [Fact]
        public void Should_Not_Take_Blank_Lines_After_The_Last_Row_For_One_More()
        {
            // Given
            const string text = "a,b\r\n1,2\r\n3,4\r\n\r\n\n";

            // When
            var table = CsvReader.Parse("body", text, maxRows: 2);

            // Then
            Assert.False(table.MoreRows);
            Assert.Equal(2, table.Rows.Count);
        }

        [Property(MaxTest = 1000)]
        public Property Should_Read_The_First_Rows_Of_What_The_Full_Read_Reads_And_Say_Whether_More_Follow()
        {
            // Random fields, quoted or not, holding commas, quotes, line ends and blanks; rows of one width; any line end.
            var field = Gen.Elements("", " ", "x", "1.5", ",", "\"", "\n", "\r\n", "\r", "a b", "ü");
            var quoted = Gen.Elements(true, false);
            var cell = Gen.Zip(Gen.ListOf(field), quoted).Select(p =>
            {
                var text = string.Concat(p.Item1);
                return p.Item2 || text.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
            });
            var rows = Gen.Choose(1, 4).SelectMany(width => Gen.ListOf(Gen.ArrayOf(cell, width)).Select(r => (width, r)));
            var ends = Gen.Elements("\n", "\r\n", "\r", "\n\n", "\r\n\r\n");
            return Prop.ForAll(Gen.Zip(Gen.Zip(rows, ends), Gen.Choose(0, 6)).ToArbitrary(), input =>
            {
                var (((width, records), end), limit) = input;
                var header = string.Join(',', Enumerable.Range(0, width).Select(i => $"c{i}"));
                var text = header + end + string.Join(end, records.Select(r => string.Join(',', r)));
                CsvTable full;
                try
                {
                    full = CsvReader.Parse("body", text);
                }
                catch (InputException)
                {
                    // Rows of one empty field are blank lines to the reader; a header alone has no rows: nothing to compare.
                    return true;
                }
                var limited = CsvReader.Parse("body", text, limit);
                return limited.MoreRows == full.Rows.Count > limit
                    && limited.Rows.Select(r => r.Values).SequenceEqual(full.Rows.Take(limit).Select(r => r.Values), ValuesComparer.Instance);
            });
        }

        private sealed class ValuesComparer : IEqualityComparer<string?[]>
        {
            public static readonly ValuesComparer Instance = new();

            public bool Equals(string?[]? x, string?[]? y) => x!.SequenceEqual(y!);

            public int GetHashCode(string?[] obj) => obj.Length;
        }
    }
}
