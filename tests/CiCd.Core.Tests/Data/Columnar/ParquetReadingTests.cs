using System.Globalization;
using CiCd.Configuration;
using CiCd.Data;
using CiCd.Data.Columnar;
using CiCd.Errors;
using CiCd.Testing;
using CiCd.Validate;

namespace CiCd.Core.Tests.Data.Columnar;

public sealed class ParquetReadingTests
{
    private static readonly double?[] Numbers = [1.5, 0.1, null, 42, 7, 250];
    private static readonly string?[] Colours = ["red", "blue", null, " green ", "red", "mauve"];
    private static readonly string?[] Labels = ["good", "bad", "good", "bad", "good", "bad"];

    private static DatasetConfig Config() => new ConfigBuilder().Parse().Dataset;

    private static string Csv()
    {
        var csv = new CsvBuilder("x", "colour", "label");
        for (var i = 0; i < Numbers.Length; i++)
        {
            csv.Row(Numbers[i]?.ToString("R", CultureInfo.InvariantCulture), Colours[i], Labels[i]);
        }
        return csv.Build();
    }

    public sealed class TheReadMethod
    {
        [Theory]
        [InlineData(1)]
        [InlineData(3)]
        public void Should_Read_The_Same_Columns_Fingerprint_And_Findings_As_The_Same_Data_In_Csv(int rowGroups)
        {
            // Given
            using var folder = new TempFolder();
            var parquet = folder.PathOf("data.parquet");
            ParquetFile.Write(parquet, "x", Numbers, [("colour", Colours), ("label", Labels)], rowGroups);
            var csv = ColumnarReader.Read(folder.Write("data.csv", Csv()), Config());

            // When
            var table = ColumnarReader.Read(parquet, Config());

            // Then
            Assert.Equal(csv.Fingerprint, table.Fingerprint);
            Assert.Equal(csv.Column("x")!.Numbers, table.Column("x")!.Numbers);
            Assert.Equal(csv.Column("x")!.OutOfRangeRows, table.Column("x")!.OutOfRangeRows);
            Assert.Equal(csv.Column("colour")!.Levels, table.Column("colour")!.Levels);
            Assert.Equal(csv.Column("colour")!.Codes, table.Column("colour")!.Codes);
            Assert.Equal(csv.Lines, table.Lines);
        }

        [Fact]
        public void Should_Validate_A_Parquet_File_With_The_Same_Rules()
        {
            // Given
            using var folder = new TempFolder();
            var parquet = folder.PathOf("data.parquet");
            ParquetFile.Write(parquet, "x", Numbers, [("colour", Colours), ("label", Labels)]);
            var csvReport = DataValidator.Validate(ColumnarReader.Read(folder.Write("data.csv", Csv()), Config()), Config(), new ConfigBuilder().Parse().Validation);

            // When
            var report = DataValidator.Validate(ColumnarReader.Read(parquet, Config()), Config(), new ConfigBuilder().Parse().Validation);

            // Then
            Assert.Equal(csvReport.Results.Select(r => (r.Rule, r.Column, r.Passed, r.Message)), report.Results.Select(r => (r.Rule, r.Column, r.Passed, r.Message)));
        }

        [Fact]
        public void Should_Name_A_Declared_Column_The_Parquet_Schema_Lacks()
        {
            // Given
            using var folder = new TempFolder();
            var parquet = folder.PathOf("data.parquet");
            ParquetFile.Write(parquet, "x", Numbers, [("label", Labels)]);

            // When
            var error = Assert.Throws<InputException>(() => DatasetLoader.Load(ColumnarReader.Read(parquet, Config()), Config()));

            // Then
            Assert.Equal($"{parquet}:1: column 'colour' is declared in the config but not in the header (x, label)", error.Message);
        }

        [Fact]
        public void Should_Name_The_Row_And_Column_Of_Text_In_A_Numeric_Column()
        {
            // Given
            using var folder = new TempFolder();
            var parquet = folder.PathOf("data.parquet");
            ParquetFile.Write(parquet, "y", Numbers, [("x", ["1", "2", "many", "4", "5", "6"]), ("colour", Colours), ("label", Labels)]);

            // When
            var error = Assert.Throws<InputException>(() => DatasetLoader.Load(ColumnarReader.Read(parquet, Config()), Config()));

            // Then
            Assert.Equal($"{parquet}:4:2: 'many' is not a number, but column 'x' is numeric", error.Message);
        }

        [Fact]
        public void Should_Reject_A_File_That_Is_Not_Parquet_As_Input()
        {
            // Given
            using var folder = new TempFolder();
            var path = folder.Write("data.parquet", "x,colour,label\n1,red,good\n");

            // When
            var error = Assert.Throws<InputException>(() => ColumnarReader.Read(path, Config()));

            // Then
            Assert.Contains("not a readable Parquet file", error.Message, StringComparison.Ordinal);
        }
    }
}
