using System.Globalization;
using CiCd.Cli.Tests.Fixtures;
using CiCd.Formats;
using CiCd.Train;

namespace CiCd.Cli.Tests.Commands.Model;

public sealed class ModelShowCommandTests
{
    public sealed class TheShowActionOnAClassifier(RegisteredByCliFixture registered) : IClassFixture<RegisteredByCliFixture>
    {
        [Fact]
        public void Should_Show_The_Class_Balance_Beside_The_Metrics()
        {
            // Given
            Assert.True(registered.Registered.ExitCode == 0, registered.Registered.ToString());
            var card = JsonReport.Read<ModelCard>(Path.Combine(registered.Trained.Folder.PathOf("out"), TrainingFiles.CardJson));

            // When
            var show = Mlops.Run("model", "show", "1", "--config", registered.Trained.ConfigPath, "--registry", registered.RegistryRoot, "--model", RegisteredByCliFixture.Model);

            // Then
            Assert.True(show.ExitCode == 0, show.ToString());
            var line = show.Output.Split('\n').Single(l => l.Contains($"class balance of {card.Target} (test split)", StringComparison.Ordinal));
            for (var i = 0; i < card.ConfusionMatrix.Classes.Count; i++)
            {
                Assert.Contains($"{card.ConfusionMatrix.Classes[i]} {card.ConfusionMatrix.Counts[i].Sum()} (", line, StringComparison.Ordinal);
            }
        }
    }

    [Collection(SharedTrainedRegressionModel.Name)]
    public sealed class TheShowActionOnARegressionModel(TrainedRegressionModel model)
    {
        [Fact]
        public void Should_Show_The_Targets_Distribution_On_The_Training_Split()
        {
            // Given
            var registry = Path.Combine(model.NewFolder(), "models");
            var register = Mlops.Run("model", "register", "--config", model.Config, "--from", model.TrainFolder, "--skip-gate-check", "--registry", registry, "--model", "diabetes");
            Assert.True(register.ExitCode == 0, register.ToString());
            var target = JsonReport.Read<ModelCard>(Path.Combine(model.TrainFolder, TrainingFiles.CardJson)).TargetDistribution!;

            // When
            var show = Mlops.Run("model", "show", "1", "--config", model.Config, "--registry", registry, "--model", "diabetes");

            // Then
            Assert.True(show.ExitCode == 0, show.ToString());
            var line = show.Output.Split('\n').Single(l => l.Contains("target progression (training split)", StringComparison.Ordinal));
            Assert.Contains($"count {target.Count}, min {F(target.Min)}, ", line, StringComparison.Ordinal);
            Assert.Contains($", median {F(target.Median)}, mean {F(target.Mean)}, ", line, StringComparison.Ordinal);
            Assert.Contains($", max {F(target.Max)}, ", line, StringComparison.Ordinal);
            Assert.Contains("metric rmse", show.Output, StringComparison.Ordinal);
        }

        private static string F(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
    }
}
