using CiCd.Configuration;
using CiCd.Gate;
using CiCd.Pipeline.Gate;
using CiCd.Pipeline.Tests.Fixtures;
using CiCd.Testing;
using CiCd.Train;

namespace CiCd.Pipeline.Tests.Gate;

public sealed class GateStageTests
{
    public sealed class TheRunMethod(StagedModel staged) : IClassFixture<StagedModel>
    {
        private string Card => Path.Combine(staged.First.Result.OutputFolder, TrainingFiles.CardJson);

        private static MlopsConfig Config(TempFolder folder, string rule) =>
            ConfigLoader.Load(new ConfigBuilder().Gates("thresholds:", "  " + rule).WriteTo(folder));

        [Fact]
        public void Should_Bless_The_Candidates_Run_When_Every_Check_Passes()
        {
            // Given
            using var folder = new TempFolder();
            var stage = new GateStage(Config(folder, "roc_auc: { min: 0 }"));

            // When
            var report = stage.Run(Card, null, folder.PathOf("gate"));

            // Then
            Assert.True(report.Passed);
            Assert.Equal(staged.First.Card.RunId + "\n", File.ReadAllText(folder.PathOf("gate/" + GateFiles.Blessing)));
            Assert.True(File.Exists(folder.PathOf("gate/" + GateFiles.Json)));
            Assert.True(File.Exists(folder.PathOf("gate/" + GateFiles.Markdown)));
        }

        [Fact]
        public void Should_Remove_An_Earlier_Blessing_When_A_Check_Fails()
        {
            // Given: a blessing left by an earlier passing gate
            using var folder = new TempFolder();
            new GateStage(Config(folder, "roc_auc: { min: 0 }")).Run(Card, null, folder.PathOf("gate"));
            var stage = new GateStage(Config(folder, "roc_auc: { min: 1.01 }"));

            // When
            var report = stage.Run(Card, null, folder.PathOf("gate"));

            // Then
            Assert.False(report.Passed);
            Assert.False(File.Exists(folder.PathOf("gate/" + GateFiles.Blessing)));
        }

        [Fact]
        public void Should_Compare_With_The_Champion_Card_It_Is_Given()
        {
            // Given
            using var folder = new TempFolder();
            var stage = new GateStage(Config(folder, "roc_auc: { min: 0 }"));

            // When
            var report = stage.Run(Card, Card, folder.PathOf("gate"));

            // Then
            Assert.Equal(staged.First.Card.RunId, report.ChampionRunId);
        }
    }
}
