using System.Text;
using CiCd.Configuration;
using CiCd.Data;
using CiCd.Errors;
using CiCd.Testing;
using FsCheck;
using FsCheck.Xunit;

namespace CiCd.Core.Tests.Data;

public sealed class CsvReaderTests
{
    private static InputException ParseError(string text) =>
        Assert.Throws<InputException>(() => CsvReader.Parse("data.csv", text));

    public sealed class TheParseMethod
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

        [Fact]
        public void Should_Reject_A_Ragged_Row_Naming_Its_Line()
        {
            // Given
            const string csv = "x,colour,label\n1,red,good\n2,blue\n3,green,bad\n";

            // When
            var error = ParseError(csv);

            // Then
            Assert.Equal("data.csv", error.File);
            Assert.Equal(3, error.Line);
            Assert.Contains("ragged row: 2 fields where the header has 3", error.Problem, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Reject_A_Row_With_Too_Many_Fields_Naming_Its_Line()
        {
            // Given
            const string csv = "x,label\n1,good\n2,bad,extra\n";

            // When
            var error = ParseError(csv);

            // Then
            Assert.Equal(3, error.Line);
        }

        [Fact]
        public void Should_Reject_An_Unterminated_Quote_Naming_The_Line_It_Opens_On()
        {
            // Given
            const string csv = "note,label\nplain,good\n\"never closed,bad\nmore,good\n";

            // When
            var error = ParseError(csv);

            // Then
            Assert.Equal(3, error.Line);
            Assert.Contains("never closed", error.Problem, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Reject_A_Stray_Quote_In_An_Unquoted_Field_With_Line_And_Column()
        {
            // Given
            const string csv = "note,label\nfine,good\nsay \"hi\",bad\n";

            // When
            var error = ParseError(csv);

            // Then
            Assert.Equal(3, error.Line);
            Assert.Equal(5, error.Column);
            Assert.Contains("a quote inside an unquoted field", error.Problem, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Reject_Text_After_A_Closing_Quote()
        {
            // Given
            const string csv = "note,label\n\"quoted\"tail,good\n";

            // When
            var error = ParseError(csv);

            // Then
            Assert.Equal(2, error.Line);
            Assert.Equal(9, error.Column);
            Assert.Contains("text after a closing quote", error.Problem, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Reject_An_Empty_File()
        {
            // Given
            const string csv = "";

            // When
            var error = ParseError(csv);

            // Then
            Assert.Equal(1, error.Line);
            Assert.Contains("the file is empty", error.Problem, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Reject_A_File_Of_Blank_Lines_As_Empty()
        {
            // Given
            const string csv = "\r\n\n\n";

            // When
            var error = ParseError(csv);

            // Then
            Assert.Contains("the file is empty", error.Problem, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Reject_A_Header_Without_Rows()
        {
            // Given
            const string csv = "x,label\n";

            // When
            var error = ParseError(csv);

            // Then
            Assert.Equal(2, error.Line);
            Assert.Contains("a header but no data rows", error.Problem, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Reject_A_Duplicate_Header_Name()
        {
            // Given
            const string csv = "x,label,x\n1,good,2\n";

            // When
            var error = ParseError(csv);

            // Then
            Assert.Equal(1, error.Line);
            Assert.Contains("header names column 'x' twice", error.Problem, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Reject_A_Header_Column_Without_A_Name()
        {
            // Given
            const string csv = "x,,label\n1,2,good\n";

            // When
            var error = ParseError(csv);

            // Then
            Assert.Equal(1, error.Line);
            Assert.Contains("header column 2 has no name", error.Problem, StringComparison.Ordinal);
        }

        [Property(MaxTest = 200)]
        public void Should_Read_Back_Any_Fields_The_Writer_Wrote(NonNull<string> a, NonNull<string> b, NonNull<string> c)
        {
            // Given
            string[] header = ["a", "b", "c"];
            string?[][] rows = [[a.Get, b.Get, c.Get], [c.Get, a.Get, b.Get]];
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

    public sealed class TheReadMethod
    {
        [Fact]
        public void Should_Read_A_File_With_Bom_And_Crlf()
        {
            // Given
            using var folder = new TempFolder();
            var path = new CsvBuilder("x", "label").Row("1", "good").WithBom().WithCrlf().WriteTo(folder);

            // When
            var table = CsvReader.Read(path);

            // Then
            Assert.Equal(path, table.File);
            Assert.Equal(["x", "label"], table.Header);
            Assert.Equal<IEnumerable<string?>>(["1", "good"], table.Rows[0].Values);
        }

        [Fact]
        public void Should_Fail_When_The_File_Does_Not_Exist()
        {
            // Given
            using var folder = new TempFolder();
            var path = folder.PathOf("missing.csv");

            // When
            var error = Assert.Throws<InputException>(() => CsvReader.Read(path));

            // Then
            Assert.Equal(path, error.File);
            Assert.Contains("not found", error.Problem, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Reject_A_File_That_Is_Not_Utf8()
        {
            // Given
            using var folder = new TempFolder();
            var path = folder.WriteBytes("latin1.csv", [.. "name,label\n"u8, 0x4D, 0xFC, 0x6C, 0x6C, .. ",good\n"u8]);

            // When
            var error = Assert.Throws<InputException>(() => CsvReader.Read(path));

            // Then
            Assert.Equal(path, error.File);
            Assert.Contains("not UTF-8", error.Problem, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Place_The_First_Byte_That_Is_Not_Utf8_At_Its_Line_And_Column()
        {
            // Given: "Müller" in Latin-1 on the third line
            using var folder = new TempFolder();
            var path = folder.WriteBytes("latin1.csv", [.. "name,label\nAnn,good\nM"u8, 0xFC, .. "ller,bad\n"u8]);

            // When
            var error = Assert.Throws<InputException>(() => CsvReader.Read(path));

            // Then
            Assert.Equal((3, 2), (error.Line, error.Column));
            Assert.StartsWith($"{path}:3:2: the file is not UTF-8 text: byte 0xFC", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Name_The_Config_Line_That_Points_At_A_Missing_Data_File()
        {
            // Given
            using var folder = new TempFolder();
            var config = ConfigLoader.Load(new ConfigBuilder().Dataset("path", "gone.csv").WriteTo(folder));

            // When
            var error = Assert.Throws<InputException>(() => CsvReader.Read(config.Dataset));

            // Then
            var yaml = File.ReadAllText(config.SourceFile);
            Assert.Equal(config.Dataset.Path, error.File);
            Assert.Contains($"data file not found (named by dataset.path at {config.SourceFile}:{ConfigBuilder.LineOf(yaml, "gone.csv")}:"
                + $"{ConfigBuilder.ColumnOf(yaml, "gone.csv")})", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Name_The_File_Path_In_Errors()
        {
            // Given
            using var folder = new TempFolder();
            var path = folder.Write("ragged.csv", "x,label\n1\n");

            // When
            var error = Assert.Throws<InputException>(() => CsvReader.Read(path));

            // Then
            Assert.StartsWith($"{path}:2:", error.Message, StringComparison.Ordinal);
        }
    }
}
