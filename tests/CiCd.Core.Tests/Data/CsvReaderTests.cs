using System.Text;
using CiCd.Configuration;
using CiCd.Data;
using CiCd.Errors;
using CiCd.Testing;
using FsCheck;
using FsCheck.Xunit;

namespace CiCd.Core.Tests.Data;

public sealed partial class CsvReaderTests
{
    private static InputException ParseError(string text) =>
        Assert.Throws<InputException>(() => CsvReader.Parse("data.csv", text));

    public sealed partial class TheParseMethod
    {
        [Fact]
        public void Should_Read_The_Header_And_Rows()
        {
            // Given
            var csv = new CsvBuilder("x", "colour", "label").Row("1", "red", "good").Row("2", "blue", "bad").Build();

            // When
            var table = CsvReader.Parse("data.csv", csv);

            // Then
            Assert.Equal(["x", "colour", "label"], table.Header);
            Assert.Equal([["1", "red", "good"], ["2", "blue", "bad"]], table.Rows.Select(r => r.Values));
        }

        [Fact]
        public void Should_Remember_The_Line_Of_Each_Row()
        {
            // Given
            var csv = new CsvBuilder("x", "label").Row("1", "good").Row("2", "bad").Build();

            // When
            var table = CsvReader.Parse("data.csv", csv);

            // Then
            Assert.Equal([2, 3], table.Rows.Select(r => r.Line));
        }

        [Fact]
        public void Should_Accept_Crlf_Line_Ends()
        {
            // Given
            var csv = new CsvBuilder("x", "label").Row("1", "good").Row("2", "bad").WithCrlf().Build();

            // When
            var table = CsvReader.Parse("data.csv", csv);

            // Then
            Assert.Equal(["x", "label"], table.Header);
            Assert.Equal<IEnumerable<string?>>(["2", "bad"], table.Rows[1].Values);
            Assert.Equal(3, table.Rows[1].Line);
        }

        [Fact]
        public void Should_Drop_A_Utf8_Bom_Before_The_Header()
        {
            // Given
            var csv = new CsvBuilder("x", "label").Row("1", "good").WithBom().Build();

            // When
            var table = CsvReader.Parse("data.csv", csv);

            // Then
            Assert.Equal("x", table.Header[0]);
            Assert.Equal(0, table.IndexOf("x"));
        }

        [Fact]
        public void Should_Keep_Commas_Inside_Quoted_Fields()
        {
            // Given
            const string csv = "name,label\n\"Smith, John\",good\n";

            // When
            var table = CsvReader.Parse("data.csv", csv);

            // Then
            Assert.Equal<IEnumerable<string?>>(["Smith, John", "good"], table.Rows[0].Values);
        }

        [Fact]
        public void Should_Keep_Line_Breaks_Inside_Quoted_Fields_And_Count_Their_Lines()
        {
            // Given
            const string csv = "note,label\n\"first\nsecond\",good\nplain,bad\n";

            // When
            var table = CsvReader.Parse("data.csv", csv);

            // Then
            Assert.Equal("first\nsecond", table.Rows[0].Values[0]);
            Assert.Equal([2, 4], table.Rows.Select(r => r.Line));
        }

        [Fact]
        public void Should_Turn_Doubled_Quotes_Into_One()
        {
            // Given
            const string csv = "note,label\n\"say \"\"hi\"\"\",good\n";

            // When
            var table = CsvReader.Parse("data.csv", csv);

            // Then
            Assert.Equal("say \"hi\"", table.Rows[0].Values[0]);
        }

        [Fact]
        public void Should_Read_Empty_Fields_As_Null_And_Quoted_Empty_Fields_As_Empty()
        {
            // Given
            const string csv = "a,b,c\n,\"\",x\n";

            // When
            var table = CsvReader.Parse("data.csv", csv);

            // Then
            Assert.Equal<IEnumerable<string?>>([null, "", "x"], table.Rows[0].Values);
        }

        [Fact]
        public void Should_Skip_Blank_Lines()
        {
            // Given
            const string csv = "x,label\n1,good\n\n2,bad\n\n\n";

            // When
            var table = CsvReader.Parse("data.csv", csv);

            // Then
            Assert.Equal([2, 4], table.Rows.Select(r => r.Line));
        }

        [Fact]
        public void Should_Read_A_Last_Row_Without_A_Line_End()
        {
            // Given
            const string csv = "x,label\n1,good";

            // When
            var table = CsvReader.Parse("data.csv", csv);

            // Then
            Assert.Equal<IEnumerable<string?>>(["1", "good"], Assert.Single(table.Rows).Values);
        }

        [Property(MaxTest = 200)]
        public void Should_Read_Back_Any_Fields_The_Writer_Wrote(NonNull<string> a, NonNull<string> b, NonNull<string> c)
        {
            // Given: any text but a NUL, which the reader refuses
            string[] header = ["a", "b", "c"];
            var (x, y, z) = (a.Get.Replace("\0", ""), b.Get.Replace("\0", ""), c.Get.Replace("\0", ""));
            string?[][] rows = [[x, y, z], [z, x, y]];
            var text = new StringBuilder();
            CsvWriter.AppendRecord(text, header);
            foreach (var row in rows)
            {
                CsvWriter.AppendRecord(text, row);
            }

            // When
            var table = CsvReader.Parse("round-trip.csv", text.ToString());

            // Then
            Assert.Equal(header, table.Header);
            Assert.Equal(rows, table.Rows.Select(r => r.Values));
        }
    }
}
