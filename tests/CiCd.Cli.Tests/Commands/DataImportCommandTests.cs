using CiCd.Cli.Tests.Fixtures;
using CiCd.Data;
using CiCd.Errors;
using CiCd.Storage;
using CiCd.Testing;

namespace CiCd.Cli.Tests.Commands;

public sealed class DataImportCommandTests
{
    private const string Arff = """
        % A few German credit applicants
        @relation credit
        @attribute duration numeric
        @attribute purpose {'new car', radio/tv}
        @attribute class {good, bad}
        @data
        6,radio/tv,good
        48,'new car',bad
        ?,radio/tv,good
        """;

    public sealed class TheImportAction
    {
        [Fact]
        public void Should_Convert_An_Arff_File_To_Csv()
        {
            // Given
            using var folder = new TempFolder();
            var arff = folder.Write("credit.arff", Arff);

            // When
            var run = Mlops.Run("data", "import", arff, "--out", folder.PathOf("credit.csv"));

            // Then
            Assert.Equal(ExitCodes.Ok, run.ExitCode);
            Assert.Equal("duration,purpose,class\n6,radio/tv,good\n48,new car,bad\n,radio/tv,good\n", File.ReadAllText(folder.PathOf("credit.csv")));
        }

        [Fact]
        public void Should_Print_Rows_Columns_And_Sha256_As_Json()
        {
            // Given
            using var folder = new TempFolder();
            var arff = folder.Write("credit.arff", Arff);

            // When
            var run = Mlops.Run("data", "import", arff, "--out", folder.PathOf("credit.csv"), "--json");

            // Then
            Assert.Equal(ExitCodes.Ok, run.ExitCode);
            var json = run.Json();
            Assert.Equal(3, json.GetProperty("rows").GetInt32());
            Assert.Equal(3, json.GetProperty("columns").GetArrayLength());
            Assert.Equal(ContentHash.OfFile(folder.PathOf("credit.csv")), json.GetProperty("sha256").GetString());
        }

        [Fact]
        public void Should_Print_A_Table_Of_The_Imported_Columns()
        {
            // Given
            using var folder = new TempFolder();
            var arff = folder.Write("credit.arff", Arff);

            // When
            var run = Mlops.Run("data", "import", arff, "--out", folder.PathOf("credit.csv"));

            // Then
            Assert.Contains("duration", run.Output, StringComparison.Ordinal);
            Assert.Contains("purpose", run.Output, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Exit_2_Naming_File_And_Line_For_Malformed_Arff()
        {
            // Given
            using var folder = new TempFolder();
            var arff = folder.Write("credit.arff", Arff + "\n12,boat,good\n");

            // When
            var run = Mlops.Run("data", "import", arff, "--out", folder.PathOf("credit.csv"));

            // Then
            Assert.Equal(ExitCodes.InputError, run.ExitCode);
            Assert.Contains($"{arff}:10:", run.Error, StringComparison.Ordinal);
            Assert.Contains("'boat'", run.Error, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Leave_No_Output_When_The_Arff_Is_Malformed()
        {
            // Given
            using var folder = new TempFolder();
            var arff = folder.Write("credit.arff", Arff + "\n12,'unclosed,good\n");

            // When
            Mlops.Run("data", "import", arff, "--out", folder.PathOf("out/credit.csv"));

            // Then
            Assert.Equal(["credit.arff"], folder.FilesIn());
        }

        [Fact]
        public void Should_Exit_2_And_Keep_An_Existing_Csv_Without_Force()
        {
            // Given: a CSV the user already has where --out points
            using var folder = new TempFolder();
            var arff = folder.Write("credit.arff", Arff);
            var csv = folder.Write("credit.csv", "mine\n1\n");

            // When
            var run = Mlops.Run("data", "import", arff, "--out", csv);

            // Then
            Assert.Equal(ExitCodes.InputError, run.ExitCode);
            Assert.Contains($"{csv}: already exists; pass --force to replace it", run.Error, StringComparison.Ordinal);
            Assert.Equal("mine\n1\n", File.ReadAllText(csv));
        }

        [Fact]
        public void Should_Replace_An_Existing_Csv_With_Force()
        {
            // Given
            using var folder = new TempFolder();
            var arff = folder.Write("credit.arff", Arff);
            var csv = folder.Write("credit.csv", "mine\n1\n");

            // When
            var run = Mlops.Run("data", "import", arff, "--out", csv, "--force");

            // Then
            Assert.Equal(ExitCodes.Ok, run.ExitCode);
            Assert.StartsWith("duration,purpose,class\n", File.ReadAllText(csv), StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Exit_2_When_The_Arff_File_Is_Missing()
        {
            // Given
            using var folder = new TempFolder();
            var arff = folder.PathOf("missing.arff");

            // When
            var run = Mlops.Run("data", "import", arff, "--out", folder.PathOf("credit.csv"));

            // Then
            Assert.Equal(ExitCodes.InputError, run.ExitCode);
            Assert.Contains(arff, run.Error, StringComparison.Ordinal);
            Assert.Empty(folder.FilesIn());
        }
    }
}
