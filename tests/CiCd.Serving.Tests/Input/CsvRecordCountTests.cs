using CiCd.Data;
using CiCd.Errors;
using CiCd.Serving.Input;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CiCd.Serving.Tests.Input;

/// <summary>The count that refuses a batch before parsing it is the count the full reader reaches.</summary>
public sealed class CsvRecordCountTests
{
    public sealed class TheOfMethod
    {
        [Theory]
        [InlineData("a,b\n1,2\n", 2)]
        [InlineData("a,b\r\n1,2\r\n\r\n\n3,4", 3)]
        [InlineData("a,b\r1,2\r", 2)]
        [InlineData("a,b\n\"1\n\n2\",3\n", 2)]
        [InlineData("a\n\"\"\n", 2)]
        [InlineData("\n\n\n", 0)]
        [InlineData("", 0)]
        public void Should_Count_Records_As_The_Full_Reader_Splits_Them(string text, int expected)
        {
            // When
            var count = CsvRecordCount.Of(text);

            // Then
            Assert.Equal(expected, count);
        }

        [Property(MaxTest = 1000)]
        public Property Should_Agree_With_The_Full_Reader_On_Every_Csv_It_Reads()
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
            return Prop.ForAll(Gen.Zip(rows, ends).ToArbitrary(), input =>
            {
                var ((width, records), end) = input;
                var header = string.Join(',', Enumerable.Range(0, width).Select(i => $"c{i}"));
                var text = header + end + string.Join(end, records.Select(r => string.Join(',', r)));
                int? parsed;
                try
                {
                    parsed = CsvReader.Parse("body", text).Rows.Count + 1;
                }
                catch (InputException)
                {
                    // Rows of one empty field are blank lines to the reader; a header alone has no rows: nothing to compare.
                    parsed = null;
                }
                return parsed is null || parsed == CsvRecordCount.Of(text);
            });
        }
    }
}
