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

    public sealed class TheShowActionWithControlCharactersInTheHistory(RegisteredByCliFixture registered) : IClassFixture<RegisteredByCliFixture>
    {
        private const string Reason = "\u001b[2J wiped";

        private string[] Target(string registry) =>
            ["--config", registered.Trained.ConfigPath, "--registry", registry, "--model", RegisteredByCliFixture.Model];

        private string Promoted(CiCd.Testing.TempFolder folder)
        {
            var registry = folder.PathOf("models");
            var register = Mlops.Run(["model", "register", "--from", registered.Trained.Folder.PathOf("out"), "--skip-gate-check", .. Target(registry)]);
            Assert.True(register.ExitCode == 0, register.ToString());
            var promote = Mlops.Run(["model", "promote", "1", "--alias", "development", "--reason", Reason, .. Target(registry)]);
            Assert.True(promote.ExitCode == 0, promote.ToString());
            return registry;
        }

        [Fact]
        public void Should_Show_A_Reason_That_Clears_The_Screen_As_Escapes()
        {
            // Given: a promotion whose reason clears the terminal when printed raw
            using var folder = new CiCd.Testing.TempFolder();
            var registry = Promoted(folder);

            // When
            var show = Mlops.Run(["model", "show", .. Target(registry)]);

            // Then
            Assert.True(show.ExitCode == 0, show.ToString());
            Assert.DoesNotContain('\u001b', show.Output);
            Assert.Contains("\\e[2J wiped", show.Output, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Keep_The_Exact_Reason_In_Json()
        {
            // Given
            using var folder = new CiCd.Testing.TempFolder();
            var registry = Promoted(folder);

            // When
            var show = Mlops.Run(["model", "show", "--json", .. Target(registry)]);

            // Then: JSON escapes the ESC itself, and a reader gets the value as typed
            Assert.True(show.ExitCode == 0, show.ToString());
            var history = show.Json().GetProperty("history").EnumerateArray().Select(c => c.GetProperty("reason").GetString()).ToList();
            Assert.Contains(Reason, history);
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
