using CiCd.Errors;
using CiCd.Monitoring.Analysis;
using CiCd.Pipeline.Drift;
using CiCd.Pipeline.Register;
using CiCd.Pipeline.Tests.Fixtures;
using CiCd.Registry;
using CiCd.Train;

namespace CiCd.Pipeline.Tests.Drift;

public sealed class DriftStageTests
{
    public sealed class TheRunMethod(StagedModel staged) : IClassFixture<StagedModel>
    {
        private string TrainFolder => staged.First.Result.OutputFolder;

        private DriftRequest Request(TempFolder folder) => new()
        {
            Reference = TrainFolder,
            Current = CsvBuilder.Tiny(60, seed: 11).WriteTo(folder, "current.csv"),
            OutputFolder = folder.PathOf("drift"),
        };

        [Fact]
        public void Should_Write_The_Report_As_Json_Markdown_And_Html_And_Return_It()
        {
            // Given
            using var folder = new TempFolder();

            // When
            var outcome = new DriftStage(staged.Config).Run(Request(folder));

            // Then
            Assert.Equal(60, outcome.Report.CurrentRows);
            Assert.Equal(Path.Combine(TrainFolder, TrainingFiles.ReferenceProfile), outcome.Reference.ProfilePath);
            Assert.Equal(staged.First.Card.RunId, outcome.Reference.Card?.RunId);
            Assert.All([DriftFiles.Json, DriftFiles.Markdown, DriftFiles.Html], f => Assert.True(File.Exists(folder.PathOf($"drift/{f}")), f));
        }

        [Fact]
        public void Should_Take_The_Reference_Of_A_Registered_Version()
        {
            // Given: the run registered (without the gate) in a registry of its own
            using var folder = new TempFolder();
            var config = staged.Config with { Registry = staged.Config.Registry with { Root = folder.PathOf("models") } };
            new RegisterStage(new ModelRegistry(new RegistryOptions { Root = config.Registry.Root })).Run("tiny", TrainFolder, gateFolder: null);

            // When
            var outcome = new DriftStage(config).Run(Request(folder) with { Reference = folder.PathOf("nowhere"), Model = "tiny@1" });

            // Then
            Assert.StartsWith(folder.PathOf("models"), outcome.Reference.ProfilePath, StringComparison.Ordinal);
            Assert.NotNull(outcome.Reference.PredictionsPath);
        }

        [Fact]
        public void Should_Refuse_Both_A_Csv_And_A_Log()
        {
            // Given
            using var folder = new TempFolder();
            var request = Request(folder) with { Log = folder.PathOf("log.sqlite") };

            // When
            var error = Assert.Throws<InputException>(() => new DriftStage(staged.Config).Run(request));

            // Then
            Assert.Contains("exactly one of --current <csv> or --log", error.Message, StringComparison.Ordinal);
            Assert.False(Directory.Exists(folder.PathOf("drift")));
        }

        [Fact]
        public void Should_Refuse_A_Window_Over_A_Csv()
        {
            // Given: CSV rows carry no time stamps
            using var folder = new TempFolder();
            var request = Request(folder) with { Window = "1d" };

            // When
            var error = Assert.Throws<InputException>(() => new DriftStage(staged.Config).Run(request));

            // Then
            Assert.Contains("need time-stamped rows", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Name_The_Missing_Reference()
        {
            // Given
            using var folder = new TempFolder();
            var request = Request(folder) with { Reference = folder.PathOf("no-such-output") };

            // When
            var error = Assert.Throws<InputException>(() => new DriftStage(staged.Config).Run(request));

            // Then
            Assert.Contains(folder.PathOf("no-such-output"), error.Message, StringComparison.Ordinal);
            Assert.Contains("reference not found", error.Message, StringComparison.Ordinal);
        }
    }
}
