using System.Text;
using CiCd.Configuration;
using CiCd.Data;
using CiCd.Errors;
using CiCd.Testing;
using FsCheck;
using FsCheck.Xunit;

namespace CiCd.Core.Tests.Data;

// Reading from disk: encoding, a missing file, and the paths errors name.
public sealed partial class CsvReaderTests
{
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
