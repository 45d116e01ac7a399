using System.Globalization;
using CiCd.Cli.Tests.Fixtures;
using CiCd.Formats;
using CiCd.Train;

namespace CiCd.Cli.Tests.Commands.Model;

public sealed class ModelDiffCommandTests
{
    public sealed class TheDiffActionOnAClassifier(RegisteredByCliFixture registered) : IClassFixture<RegisteredByCliFixture>
    {
        [Fact]
        public void Should_Show_Each_Versions_Class_Balance_Below_The_Metrics()
        {
            // Given
            Assert.True(registered.Registered.ExitCode == 0, registered.Registered.ToString());
            var card = JsonReport.Read<ModelCard>(Path.Combine(registered.Trained.Folder.PathOf("out"), TrainingFiles.CardJson));

            // When
            var diff = Mlops.Run("model", "diff", "1", "1", "--config", registered.Trained.ConfigPath, "--registry", registered.RegistryRoot, "--model", RegisteredByCliFixture.Model);

            // Then
            Assert.True(diff.ExitCode == 0, diff.ToString());
            var lines = diff.Output.Split('\n').Where(l => l.Contains($"class balance of {card.Target} (test split): ", StringComparison.Ordinal)).ToList();
            Assert.Equal(2, lines.Count);
            Assert.All(lines, line => Assert.Contains($"{card.ConfusionMatrix.Classes[0]} {card.ConfusionMatrix.Counts[0].Sum()} (", line, StringComparison.Ordinal));
            Assert.Contains("target: the same in both versions", diff.Output, StringComparison.Ordinal);
        }
    }

    [Collection(SharedTrainedRegressionModel.Name)]
    public sealed class TheDiffActionOnARegressionModel(TrainedRegressionModel model)
    {
        [Fact]
        public void Should_Show_Both_Versions_Target_Distributions()
        {
            // Given: the same training run registered twice
            var registry = Path.Combine(model.NewFolder(), "models");
            for (var i = 0; i < 2; i++)
            {
                var register = Mlops.Run("model", "register", "--config", model.Config, "--from", model.TrainFolder, "--skip-gate-check", "--registry", registry, "--model", "diabetes");
                Assert.True(register.ExitCode == 0, register.ToString());
            }
            var target = JsonReport.Read<ModelCard>(Path.Combine(model.TrainFolder, TrainingFiles.CardJson)).TargetDistribution!;

            // When
            var diff = Mlops.Run("model", "diff", "1", "2", "--config", model.Config, "--registry", registry, "--model", "diabetes");

            // Then
            Assert.True(diff.ExitCode == 0, diff.ToString());
            var expected = $"target progression (training split): count {target.Count}, min {F(target.Min)}, ";
            Assert.Single(diff.Output.Split('\n'), l => l.StartsWith("v1 " + expected, StringComparison.Ordinal));
            Assert.Single(diff.Output.Split('\n'), l => l.StartsWith("v2 " + expected, StringComparison.Ordinal));
        }

        private static string F(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
    }
}
