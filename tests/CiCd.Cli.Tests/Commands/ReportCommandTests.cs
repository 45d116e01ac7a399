using System.Text.Json;
using CiCd.Cli.Tests.Fixtures;
using CiCd.Reporting;
using CiCd.Testing.Workspace;
using CiCd.Train;

namespace CiCd.Cli.Tests.Commands;

public static class ReportCommandTests
{
    [Collection(SharedWorkspace.Name)]
    public sealed class TheReportCommand(TrainedWorkspace workspace) : IDisposable
    {
        private readonly TempFolder _output = new();

        [Fact]
        public void Should_Write_Html_Markdown_And_Json_And_Say_Where()
        {
            // Given
            var args = Args(workspace.TrainFolder, workspace.GateFolder);

            // When
            var result = Mlops.Run(args);

            // Then
            Assert.Equal(0, result.ExitCode);
            foreach (var file in new[] { ReportFiles.Html, ReportFiles.Markdown, ReportFiles.Json })
            {
                Assert.True(File.Exists(_output.PathOf(file)), $"{file} was not written");
                Assert.Contains(_output.PathOf(file), result.Output, StringComparison.Ordinal);
            }
            using var json = JsonDocument.Parse(File.ReadAllText(_output.PathOf(ReportFiles.Json)));
            Assert.Equal(workspace.Card.RunId, json.RootElement.GetProperty("latest").GetProperty("content").GetProperty("run_id").GetString());
        }

        [Fact]
        public void Should_Write_A_Report_That_Says_What_Is_Missing_When_Nothing_Ran_Yet()
        {
            // Given
            using var empty = new TempFolder();
            var args = Args(empty.PathOf("out/train"), empty.PathOf("out/gate"));

            // When
            var result = Mlops.Run(args);

            // Then
            Assert.Equal(0, result.ExitCode);
            var markdown = File.ReadAllText(_output.PathOf(ReportFiles.Markdown));
            Assert.Contains("no model card in", markdown, StringComparison.Ordinal);
            Assert.Contains("no gate report in", markdown, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Exit_2_Naming_The_File_And_Line_Of_A_Corrupt_Model_Card()
        {
            // Given
            using var train = new TempFolder();
            var card = train.PathOf(TrainingFiles.CardJson);
            File.WriteAllText(card, "{\n  \"card_version\": 1,\n  \"name\": oops\n}\n");

            // When
            var result = Mlops.Run(Args(train.Root, workspace.GateFolder));

            // Then
            Assert.Equal(2, result.ExitCode);
            Assert.Contains($"{card}:3:", result.Error, StringComparison.Ordinal);
            Assert.False(File.Exists(_output.PathOf(ReportFiles.Html)), "no report should be written from corrupt input");
        }

        [Fact]
        public void Should_Exit_2_Naming_The_File_And_Line_Of_A_Corrupt_Gate_Report()
        {
            // Given
            using var gate = new TempFolder();
            var path = gate.PathOf("gate.json");
            File.WriteAllText(path, "{\n  \"candidate\": \"x\",\n  \"checks\": [,]\n}\n");

            // When
            var result = Mlops.Run(Args(workspace.TrainFolder, gate.Root));

            // Then
            Assert.Equal(2, result.ExitCode);
            Assert.Contains($"{path}:3:", result.Error, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Exit_2_When_The_Run_Limit_Is_Not_Positive()
        {
            // Given
            string[] args = [.. Args(workspace.TrainFolder, workspace.GateFolder), "--runs", "0"];

            // When
            var result = Mlops.Run(args);

            // Then
            Assert.Equal(2, result.ExitCode);
            Assert.Contains("--runs must be at least 1", result.Error, StringComparison.Ordinal);
        }

        public void Dispose() => _output.Dispose();

        private string[] Args(string train, string gate) =>
        [
            "report", "--config", workspace.ConfigPath, "--train", train, "--gate", gate, "--tracking", workspace.TrackingPath,
            "--registry", workspace.RegistryRoot, "--out", _output.Root,
        ];
    }
}
