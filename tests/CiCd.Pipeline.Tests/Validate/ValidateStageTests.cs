using System.Text.Json;
using CiCd.Configuration;
using CiCd.Pipeline.Validate;

namespace CiCd.Pipeline.Tests.Validate;

public sealed class ValidateStageTests
{
    public sealed class TheRunMethod
    {
        [Fact]
        public void Should_Write_The_Report_As_Json_And_Markdown_And_Return_It()
        {
            // Given
            using var folder = new TempFolder();
            CsvBuilder.Tiny(40).WriteTo(folder);
            var stage = new ValidateStage(ConfigLoader.Load(new ConfigBuilder().WriteTo(folder)));

            // When
            var report = stage.Run(null, folder.PathOf("out"));

            // Then
            Assert.True(report.Passed);
            using var json = JsonDocument.Parse(File.ReadAllText(folder.PathOf($"out/{ValidateStage.Json}")));
            Assert.True(json.RootElement.GetProperty("passed").GetBoolean());
            Assert.True(File.Exists(folder.PathOf($"out/{ValidateStage.Markdown}")));
        }

        [Fact]
        public void Should_Write_The_Report_Of_A_File_That_Fails_Too()
        {
            // Given: another file than the configured one, with a value out of the column's range
            using var folder = new TempFolder();
            CsvBuilder.Tiny(40).WriteTo(folder);
            var other = CsvBuilder.Tiny(40).WithValue(0, "x", "500").WriteTo(folder, "other.csv");
            var stage = new ValidateStage(ConfigLoader.Load(new ConfigBuilder().WriteTo(folder)));

            // When
            var report = stage.Run(other, folder.PathOf("out"));

            // Then
            Assert.False(report.Passed);
            using var json = JsonDocument.Parse(File.ReadAllText(folder.PathOf($"out/{ValidateStage.Json}")));
            Assert.False(json.RootElement.GetProperty("passed").GetBoolean());
            Assert.Contains("x", File.ReadAllText(folder.PathOf($"out/{ValidateStage.Markdown}")), StringComparison.Ordinal);
        }
    }
}
