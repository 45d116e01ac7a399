using System.Text;
using CiCd.Configuration;
using CiCd.Data;
using CiCd.Data.Columnar;
using CiCd.Errors;
using CiCd.Testing;

namespace CiCd.Core.Tests.Data.Columnar;

public sealed class ColumnarReaderTests
{
    private const string Header = "x,colour,label\n";

    private static DatasetConfig Config() => new ConfigBuilder().Parse().Dataset;

    // The strict reader's view of the same file: what the fast path must reproduce exactly.
    private static ColumnarTable Strict(string path) => ColumnarReader.FromTable(CsvReader.Read(path), Config());

    public static TheoryData<string> WellFormedFiles() => new()
    {
        Header + "1,red,good\n2,blue,bad\n",
        "x,colour,label\r\n1,red,good\r\n2,blue,bad\r\n",
        "\uFEFF" + Header + "1,red,good\n2,blue,bad",
        Header + "\"1\",\"red, or so\",good\n\"2\",\"say \"\"blue\"\"\",bad\n",
        Header + "1,red,good\n\n2,blue,bad\n\n\n",
        Header + " 1 , red ,good \n?,,bad\n,?,good\n",
        Header + "0.1,red,good\n1e3,red,bad\n-0,red,good\n+5,red,bad\n007,red,good\n-12,red,bad\n123456789012,red,good\n",
        Header + "ten,red,good\n1,red,good\n1,red,good\n1, red,good\n101,mauve,bad\n\"\",\"\",bad\n",
        Header + "1,\"two\nlines\",good\n2,blue,bad\n",
        "label,unused,colour,x\n good ,zz,red,1\nbad,zz,green,2\n",
    };

    public static TheoryData<string> MalformedFiles() => new()
    {
        "",
        "\n\n",
        Header,
        "x,x,label\n1,2,good\n",
        "\n\nx,x,label\n1,2,good\n",
        "x,,label\n1,2,good\n",
        Header + "1,red,good\n2,blue\n",
        Header + "1,re\"d,good\n",
        Header + "1,\"red\"x,good\n",
        Header + "1,\"red,good\n2,blue,bad\n",
        Header + "1,red,good\n2,bl\0ue,bad\n",
        Header + "1,red,good\n2,\"bl\0ue\",bad\n",
    };

    public sealed class TheReadMethod
    {
        [Theory]
        [MemberData(nameof(WellFormedFiles), MemberType = typeof(ColumnarReaderTests))]
        public void Should_Read_A_File_Exactly_As_The_Strict_Reader_Types_It(string text)
        {
            // Given
            using var folder = new TempFolder();
            var path = folder.Write("data.csv", text);

            // When
            var table = ColumnarReader.Read(path, Config());

            // Then
            var expected = Strict(path);
            Assert.Equal(expected.Header, table.Header);
            Assert.Equal(expected.Lines, table.Lines);
            Assert.Equal(expected.DuplicateLines, table.DuplicateLines);
            Assert.Equal(expected.Fingerprint, table.Fingerprint);
            foreach (var name in new[] { "x", "colour", "label" })
            {
                var (actual, wanted) = (table.Column(name)!, expected.Column(name)!);
                Assert.Equal(wanted.Numbers, actual.Numbers);
                Assert.Equal(wanted.Codes, actual.Codes);
                Assert.Equal(wanted.Levels, actual.Levels);
                Assert.Equal(wanted.MissingRows, actual.MissingRows);
                Assert.Equal(wanted.NotNumberRows, actual.NotNumberRows);
                Assert.Equal(wanted.OutOfRangeRows, actual.OutOfRangeRows);
                Assert.Equal((wanted.FirstNotNumber, wanted.FirstOutOfRange), (actual.FirstNotNumber, actual.FirstOutOfRange));
            }
        }

        [Theory]
        [MemberData(nameof(WellFormedFiles), MemberType = typeof(ColumnarReaderTests))]
        public void Should_Compute_The_Fingerprint_The_Whole_Canonical_Text_Gave(string text)
        {
            // Given
            using var folder = new TempFolder();
            var path = folder.Write("data.csv", text);

            // When
            var table = ColumnarReader.Read(path, Config());

            // Then
            Assert.Equal(CanonicalText.Fingerprint(CsvReader.Read(path), Config()), table.Fingerprint);
        }

        [Theory]
        [MemberData(nameof(MalformedFiles), MemberType = typeof(ColumnarReaderTests))]
        public void Should_Fail_With_The_Strict_Readers_File_Line_And_Column(string text)
        {
            // Given
            using var folder = new TempFolder();
            var path = folder.Write("data.csv", text);
            var expected = Assert.Throws<InputException>(() => CsvReader.Read(path));

            // When
            var error = Assert.Throws<InputException>(() => ColumnarReader.Read(path, Config()));

            // Then
            Assert.Equal(expected.Message, error.Message);
        }

        [Fact]
        public void Should_Name_The_Line_And_Byte_Of_Text_That_Is_Not_Utf8()
        {
            // Given
            using var folder = new TempFolder();
            var bytes = Encoding.UTF8.GetBytes(Header + "1,red,good\n2,bl").Concat(new byte[] { 0xE9 }).Concat(Encoding.UTF8.GetBytes("u,bad\n")).ToArray();
            var path = folder.WriteBytes("data.csv", bytes);

            // When
            var error = Assert.Throws<InputException>(() => ColumnarReader.Read(path, Config()));

            // Then
            Assert.Equal((3, 5), (error.Line, error.Column));
            Assert.Contains("not UTF-8", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Keep_One_String_Per_Category_Shared_By_Every_Row()
        {
            // Given
            using var folder = new TempFolder();
            var path = folder.Write("data.csv", Header + string.Concat(Enumerable.Repeat("1,red,good\n2,blue,bad\n", 50)));

            // When
            var dataset = DatasetLoader.Load(ColumnarReader.Read(path, Config()), Config());

            // Then
            var texts = dataset.Columns[1].Texts!;
            Assert.Equal(["red", "blue"], ColumnarReader.Read(path, Config()).Column("colour")!.Levels);
            Assert.All(texts.Where(t => t == "red"), t => Assert.Same(texts[0], t));
        }

        [Fact]
        public void Should_Report_A_Missing_File_Where_The_Config_Names_It()
        {
            // Given
            using var folder = new TempFolder();
            var config = Config() with { Path = folder.PathOf("absent.csv"), PathFrom = "mlops.yaml:3:9" };

            // When
            var error = Assert.Throws<InputException>(() => ColumnarReader.Read(config));

            // Then
            Assert.Equal(Assert.Throws<InputException>(() => CsvReader.Read(config)).Message, error.Message);
        }

        [Fact]
        public void Should_Keep_Texts_That_Look_Like_The_Same_Small_Number_As_Distinct_Levels()
        {
            // Given: a categorical column of whole numbers, some written with leading zeros or spaces
            using var folder = new TempFolder();
            var path = folder.Write("data.csv", Header + "1,7,good\n2,07,bad\n3, 7 ,good\n4,007,bad\n5,7,good\n6,0,bad\n7,00,good\n8,0,bad\n");

            // When
            var colour = ColumnarReader.Read(path, Config()).Column("colour")!;

            // Then
            Assert.Equal(["7", "07", "007", "0", "00"], colour.Levels);
            Assert.Equal([0, 1, 0, 2, 0, 3, 4, 3], colour.Codes!);
        }

        [Fact]
        public void Should_Count_The_Missing_Cells_Written_As_A_Question_Mark()
        {
            // Given: two empty fields (one of spaces) and two question marks
            using var folder = new TempFolder();
            var path = folder.Write("data.csv", Header + "?,,good\n,red,bad\n ? ,  ,good\n1,?,bad\n");

            // When
            var table = ColumnarReader.Read(path, Config());

            // Then
            Assert.Equal((3, 2), (table.Column("x")!.MissingRows.Count, table.Column("x")!.MissingAsQuestionMark));
            Assert.Equal((3, 1), (table.Column("colour")!.MissingRows.Count, table.Column("colour")!.MissingAsQuestionMark));
        }

        [Fact]
        public void Should_Read_Under_The_Config_Made_From_The_Header()
        {
            // Given: a file with a column the fixed config does not declare
            using var folder = new TempFolder();
            var path = folder.Write("data.csv", "x,colour,extra,label\n1,red,a,good\n2,blue,b,bad\n");
            var text = new ColumnSpec("extra", ColumnKind.Categorical, [], [], null, 1, Severity.Warning);

            // When
            var table = ColumnarReader.Read(path, header => Config() with { Columns = [.. Config().Columns, text] });

            // Then
            Assert.Equal(["a", "b"], table.Column("extra")!.Levels);
        }
    }
}
