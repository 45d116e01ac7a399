using CiCd.Configuration;
using CiCd.Data;
using CiCd.Data.Arff;
using CiCd.Errors;
using CiCd.Storage;
using CiCd.Testing;

namespace CiCd.Core.Tests.Data.Arff;

public sealed class ArffImporterTests
{
    private const string Arff = """
        @relation credit
        @attribute duration numeric
        @attribute purpose {'new car', 'radio, tv'}
        @attribute note string
        @attribute class {good, bad}
        @data
        6,'radio, tv',x,good
        ?,'new car','say "hi"',bad
        """;

    public sealed class TheImportMethod
    {
        [Fact]
        public void Should_Write_A_Csv_That_Reads_Back_As_The_Arff_Rows()
        {
            // Given
            using var folder = new TempFolder();
            var arff = folder.Write("credit.arff", Arff);

            // When
            ArffImporter.Import(arff, folder.PathOf("credit.csv"));

            // Then
            var table = CsvReader.Read(folder.PathOf("credit.csv"));
            Assert.Equal(["duration", "purpose", "note", "class"], table.Header);
            Assert.Equal([["6", "radio, tv", "x", "good"], [null, "new car", "say \"hi\"", "bad"]], table.Rows.Select(r => r.Values));
        }

        [Fact]
        public void Should_Propose_A_Column_Kind_Per_Attribute_Type()
        {
            // Given
            using var folder = new TempFolder();
            var arff = folder.Write("credit.arff", Arff);

            // When
            var result = ArffImporter.Import(arff, folder.PathOf("credit.csv"));

            // Then
            Assert.Equal(
                [ColumnKind.Numeric, ColumnKind.Categorical, ColumnKind.Ignore, ColumnKind.Categorical],
                result.Columns.Select(c => c.Kind));
        }

        [Fact]
        public void Should_Count_Rows_And_Missing_Values()
        {
            // Given
            using var folder = new TempFolder();
            var arff = folder.Write("credit.arff", Arff);

            // When
            var result = ArffImporter.Import(arff, folder.PathOf("credit.csv"));

            // Then
            Assert.Equal(2, result.Rows);
            Assert.Equal([1, 0, 0, 0], result.Columns.Select(c => c.Missing));
        }

        [Fact]
        public void Should_Report_The_Sha256_Of_The_Written_Csv()
        {
            // Given
            using var folder = new TempFolder();
            var arff = folder.Write("credit.arff", Arff);

            // When
            var result = ArffImporter.Import(arff, folder.PathOf("credit.csv"));

            // Then
            Assert.Equal(ContentHash.OfFile(folder.PathOf("credit.csv")), result.Sha256);
        }

        [Fact]
        public void Should_Write_Nothing_When_The_Arff_Is_Malformed()
        {
            // Given
            using var folder = new TempFolder();
            var arff = folder.Write("credit.arff", Arff + "\n7,boat,x,good\n");

            // When
            var error = Assert.Throws<InputException>(() => ArffImporter.Import(arff, folder.PathOf("credit.csv")));

            // Then
            Assert.Equal(9, error.Line);
            Assert.Equal(["credit.arff"], folder.FilesIn());
        }
    }
}
