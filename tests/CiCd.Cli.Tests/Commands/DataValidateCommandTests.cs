using System.Text.Json;
using CiCd.Cli.Tests.Fixtures;
using CiCd.Errors;
using CiCd.Testing;

namespace CiCd.Cli.Tests.Commands;

public sealed class DataValidateCommandTests
{
    private static MlopsRun Validate(TempFolder folder, params string[] extra) =>
        Mlops.Run(["data", "validate", "--config", folder.PathOf("mlops.yaml"), "--out", folder.PathOf("out"), .. extra]);

    private static JsonElement Report(TempFolder folder) => JsonText.ReadFile(folder.PathOf("out/validation.json"));

    public sealed class TheValidateAction
    {
        [Fact]
        public void Should_Exit_0_On_Good_Data()
        {
            // Given
            using var folder = new TempFolder();
            new ConfigBuilder().WriteTo(folder);
            CsvBuilder.Tiny(40).WriteTo(folder);

            // When
            var run = Validate(folder);

            // Then
            Assert.Equal(ExitCodes.Ok, run.ExitCode);
        }

        [Fact]
        public void Should_Write_The_Report_As_Json_And_Markdown()
        {
            // Given
            using var folder = new TempFolder();
            new ConfigBuilder().WriteTo(folder);
            CsvBuilder.Tiny(40).WriteTo(folder);

            // When
            Validate(folder);

            // Then
            Assert.Equal(["validation.json", "validation.md"], folder.FilesIn("out"));
            Assert.Contains("## Data validation: ✅ passed", File.ReadAllText(folder.PathOf("out/validation.md")), StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Print_The_Dataset_Fingerprint()
        {
            // Given
            using var folder = new TempFolder();
            new ConfigBuilder().WriteTo(folder);
            CsvBuilder.Tiny(40).WriteTo(folder);

            // When
            var run = Validate(folder);

            // Then
            var fingerprint = Report(folder).GetProperty("fingerprint").GetString()!;
            Assert.Matches("^[0-9a-f]{64}$", fingerprint);
            Assert.Contains(fingerprint, run.Output, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Print_The_Report_As_Json()
        {
            // Given
            using var folder = new TempFolder();
            new ConfigBuilder().WriteTo(folder);
            CsvBuilder.Tiny(40).WriteTo(folder);

            // When
            var run = Validate(folder, "--json");

            // Then
            Assert.Equal(40, run.Json().GetProperty("rows").GetInt32());
        }

        [Fact]
        public void Should_Exit_1_When_An_Error_Rule_Fails()
        {
            // Given
            using var folder = new TempFolder();
            new ConfigBuilder().WriteTo(folder);
            CsvBuilder.Tiny(40).WithValue(0, "x", "500").WriteTo(folder);

            // When
            var run = Validate(folder);

            // Then
            Assert.Equal(ExitCodes.CheckFailed, run.ExitCode);
            Assert.Contains("range", run.Output, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Write_Both_Reports_When_A_Rule_Fails()
        {
            // Given
            using var folder = new TempFolder();
            new ConfigBuilder().WriteTo(folder);
            CsvBuilder.Tiny(40).WithValue(0, "colour", "purple").WriteTo(folder);

            // When
            Validate(folder);

            // Then
            Assert.False(Report(folder).GetProperty("passed").GetBoolean());
            Assert.Equal(["validation.json", "validation.md"], folder.FilesIn("out"));
            Assert.Contains("❌ failed", File.ReadAllText(folder.PathOf("out/validation.md")), StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Exit_0_When_Only_A_Warning_Rule_Fails()
        {
            // Given
            using var folder = new TempFolder();
            new ConfigBuilder().Column("x", "{ kind: numeric, range: [0, 100], severity: warning }").WriteTo(folder);
            CsvBuilder.Tiny(40).WithValue(0, "x", "500").WriteTo(folder);

            // When
            var run = Validate(folder);

            // Then
            Assert.Equal(ExitCodes.Ok, run.ExitCode);
        }

        [Fact]
        public void Should_Validate_The_File_Given_With_Data()
        {
            // Given
            using var folder = new TempFolder();
            new ConfigBuilder().WriteTo(folder);
            CsvBuilder.Tiny(40).WriteTo(folder);
            var other = CsvBuilder.Tiny(40).WithValue(0, "label", "ugly").WriteTo(folder, "other.csv");

            // When
            var run = Validate(folder, "--data", other);

            // Then
            Assert.Equal(ExitCodes.CheckFailed, run.ExitCode);
        }

        [Fact]
        public void Should_Exit_2_On_Malformed_Csv_Naming_File_And_Line()
        {
            // Given
            using var folder = new TempFolder();
            new ConfigBuilder().WriteTo(folder);
            var data = folder.Write("data.csv", "x,colour,label\n1,red,good\n2,blue\n");

            // When
            var run = Validate(folder);

            // Then
            Assert.Equal(ExitCodes.InputError, run.ExitCode);
            Assert.Contains($"{data}:3:", run.Error, StringComparison.Ordinal);
            Assert.Contains("ragged row", run.Error, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Exit_2_On_A_Broken_Quote_Naming_File_And_Line()
        {
            // Given
            using var folder = new TempFolder();
            new ConfigBuilder().WriteTo(folder);
            var data = folder.Write("data.csv", "x,colour,label\n1,red,good\n2,\"blue,bad\n");

            // When
            var run = Validate(folder);

            // Then
            Assert.Equal(ExitCodes.InputError, run.ExitCode);
            Assert.Contains($"{data}:3:", run.Error, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Exit_2_On_A_Header_Without_Rows()
        {
            // Given
            using var folder = new TempFolder();
            new ConfigBuilder().WriteTo(folder);
            folder.Write("data.csv", "x,colour,label\n");

            // When
            var run = Validate(folder);

            // Then
            Assert.Equal(ExitCodes.InputError, run.ExitCode);
        }

        [Fact]
        public void Should_Exit_2_When_The_Data_File_Is_Missing()
        {
            // Given
            using var folder = new TempFolder();
            new ConfigBuilder().WriteTo(folder);

            // When
            var run = Validate(folder);

            // Then
            Assert.Equal(ExitCodes.InputError, run.ExitCode);
            Assert.Contains(folder.PathOf("data.csv"), run.Error, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Exit_2_On_Bad_Yaml_Naming_File_And_Line()
        {
            // Given
            using var folder = new TempFolder();
            var config = new ConfigBuilder().Training("folds", "many");
            var path = config.WriteTo(folder);
            CsvBuilder.Tiny(40).WriteTo(folder);

            // When
            var run = Validate(folder);

            // Then
            Assert.Equal(ExitCodes.InputError, run.ExitCode);
            Assert.Contains($"{path}:{ConfigBuilder.LineOf(config.Build(), "many")}:", run.Error, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Exit_2_On_Malformed_Yaml_Naming_File_And_Line()
        {
            // Given
            using var folder = new TempFolder();
            var path = folder.Write("mlops.yaml", "dataset:\n  name: tiny\n path: data.csv\n");

            // When
            var run = Validate(folder);

            // Then
            Assert.Equal(ExitCodes.InputError, run.ExitCode);
            Assert.Contains($"{path}:3:", run.Error, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Exit_2_On_An_Unclosed_Flow_List_In_The_Config()
        {
            // Given
            using var folder = new TempFolder();
            var path = new ConfigBuilder().Column("x", "{ kind: numeric, range: [0, 100").WriteTo(folder);
            CsvBuilder.Tiny(40).WriteTo(folder);

            // When
            var run = Validate(folder);

            // Then
            Assert.Equal(ExitCodes.InputError, run.ExitCode);
            Assert.Contains(path + ":", run.Error, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Exit_2_When_The_Config_Is_Missing()
        {
            // Given
            using var folder = new TempFolder();

            // When
            var run = Validate(folder);

            // Then
            Assert.Equal(ExitCodes.InputError, run.ExitCode);
            Assert.Contains("mlops.yaml", run.Error, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Leave_No_Output_When_The_Input_Is_Bad()
        {
            // Given
            using var folder = new TempFolder();
            new ConfigBuilder().WriteTo(folder);
            folder.Write("data.csv", "x,colour,label\n1,red,\"good\n");

            // When
            Validate(folder);

            // Then
            Assert.Equal(["data.csv", "mlops.yaml"], folder.FilesIn());
        }
    }
}
