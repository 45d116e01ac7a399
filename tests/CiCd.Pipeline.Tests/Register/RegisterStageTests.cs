using CiCd.Configuration;
using CiCd.Errors;
using CiCd.Pipeline.Gate;
using CiCd.Pipeline.Register;
using CiCd.Pipeline.Tests.Fixtures;
using CiCd.Registry;
using CiCd.Testing;
using CiCd.Train;

namespace CiCd.Pipeline.Tests.Register;

public sealed class RegisterStageTests
{
    public sealed class TheRunMethod(StagedModel staged) : IClassFixture<StagedModel>
    {
        private string TrainFolder => staged.First.Result.OutputFolder;

        private static ModelRegistry Registry(TempFolder folder) => new(new RegistryOptions { Root = folder.PathOf("models") });

        [Fact]
        public void Should_Refuse_A_Run_The_Gate_Did_Not_Bless()
        {
            // Given: a gate folder without a blessing
            using var folder = new TempFolder();
            var stage = new RegisterStage(Registry(folder));

            // When
            var error = Assert.Throws<MlopsException>(() => stage.Run("tiny", TrainFolder, folder.PathOf("gate")));

            // Then
            Assert.Equal(ExitCodes.CheckFailed, error.ExitCode);
            Assert.Contains("no blessing", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Register_A_Blessed_Run_With_Its_Metrics_Folds_And_Reference()
        {
            // Given
            using var folder = new TempFolder();
            var gates = ConfigLoader.Load(new ConfigBuilder().Gates("thresholds:", "  roc_auc: { min: 0 }").WriteTo(folder));
            new GateStage(gates).Run(Path.Combine(TrainFolder, TrainingFiles.CardJson), null, folder.PathOf("gate"));
            var stage = new RegisterStage(Registry(folder));

            // When
            var (version, card) = stage.Run("tiny", TrainFolder, folder.PathOf("gate"), "development");

            // Then
            Assert.Equal(1, version.Version);
            Assert.Equal(staged.First.Card.RunId, card.RunId);
            Assert.Equal(card.Metrics.Where(m => double.IsFinite(m.Value)).ToDictionary(), version.Metrics);
            Assert.Equal(card.CvFolds.Count, version.FoldMetrics[card.Training.PrimaryMetric].Count);
            Assert.Equal(card.Trainer, version.Params["trainer"]);
            Assert.False(version.Params.ContainsKey("gate"));
            Assert.NotNull(version.DriftReference);
            Assert.Equal(1, Registry(folder).Load("tiny", "development").Version.Version);
        }

        [Fact]
        public void Should_Tag_A_Registration_Without_The_Gate()
        {
            // Given
            using var folder = new TempFolder();
            var stage = new RegisterStage(Registry(folder));

            // When
            var (version, _) = stage.Run("tiny", TrainFolder, gateFolder: null);

            // Then
            Assert.Equal("skipped", version.Params["gate"]);
        }
    }
}
