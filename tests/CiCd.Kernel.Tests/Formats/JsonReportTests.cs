using CiCd.Configuration;
using CiCd.Errors;
using CiCd.Formats;
using CiCd.Gate;
using CiCd.Testing;

namespace CiCd.Kernel.Tests.Formats;

public sealed class JsonReportTests
{
    private sealed record Sample(string RunId, TaskKind Task, double Value, IReadOnlyDictionary<string, double> Metrics);

    public sealed class TheSerializeMethod
    {
        [Fact]
        public void Should_Write_Snake_Case_Names_And_Enum_Text_But_Keep_Dictionary_Keys()
        {
            // Given
            var sample = new Sample("r1", TaskKind.Multiclass, 0.5, new Dictionary<string, double> { ["MacroF1"] = 1 });

            // When
            var json = JsonReport.Serialize(sample);

            // Then
            Assert.Contains("\"run_id\": \"r1\"", json, StringComparison.Ordinal);
            Assert.Contains("\"task\": \"multiclass\"", json, StringComparison.Ordinal);
            Assert.Contains("\"MacroF1\": 1", json, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Write_Not_A_Number_As_Text()
        {
            // Given
            var sample = new Sample("r1", TaskKind.Binary, double.NaN, new Dictionary<string, double>());

            // When
            var json = JsonReport.Serialize(sample);

            // Then
            Assert.Contains("\"value\": \"NaN\"", json, StringComparison.Ordinal);
        }
    }

    public sealed class TheReadMethod
    {
        [Fact]
        public void Should_Read_Back_What_Write_Wrote()
        {
            // Given
            using var folder = new TempFolder();
            var sample = new Sample("r1", TaskKind.Binary, double.NaN, new Dictionary<string, double> { ["roc_auc"] = 0.75 });
            JsonReport.Write(folder.PathOf("sample.json"), sample);

            // When
            var read = JsonReport.Read<Sample>(folder.PathOf("sample.json"));

            // Then
            Assert.Equal(("r1", TaskKind.Binary), (read.RunId, read.Task));
            Assert.True(double.IsNaN(read.Value));
            Assert.Equal(0.75, read.Metrics["roc_auc"]);
        }

        [Fact]
        public void Should_Name_File_And_Line_Of_Invalid_Json()
        {
            // Given
            using var folder = new TempFolder();
            var path = folder.Write("card.json", "{\n  \"run_id\": \"r1\",\n  \"task\": \"clustering\"\n}\n");

            // When
            var error = Assert.Throws<InputException>(() => JsonReport.Read<Sample>(path));

            // Then
            Assert.Equal(path, error.File);
            Assert.Equal(3, error.Line);
        }

        [Fact]
        public void Should_Fail_With_An_Input_Error_When_The_File_Is_Missing()
        {
            // Given
            using var folder = new TempFolder();

            // When
            var error = Assert.Throws<InputException>(() => JsonReport.Read<GateReport>(folder.PathOf("gate.json")));

            // Then
            Assert.Contains("not found", error.Problem, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Reject_A_Json_Null()
        {
            // Given
            using var folder = new TempFolder();
            var path = folder.Write("card.json", "null");

            // When
            var error = Assert.Throws<InputException>(() => JsonReport.Read<Sample>(path));

            // Then
            Assert.Contains("JSON null", error.Problem, StringComparison.Ordinal);
        }
    }
}
