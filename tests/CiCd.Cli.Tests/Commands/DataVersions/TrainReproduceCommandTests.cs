using CiCd.Cli.Tests.Fixtures;
using CiCd.Errors;
using CiCd.Formats;
using CiCd.Testing;
using CiCd.Train;

namespace CiCd.Cli.Tests.Commands.DataVersions;

public sealed class TrainReproduceCommandTests
{
    public sealed class TheReproduceOption : IDisposable
    {
        private readonly TempFolder _folder = new();

        public void Dispose() => _folder.Dispose();

        [Fact]
        public void Should_Retrain_A_Registered_Version_To_Identical_Metrics_And_Predictions_After_The_Data_Changed()
        {
            // Given: version 1 trained on data v1 and registered; then the local file edited and pushed as v2, the config on v2
            var config = TrainAndRegister();
            CsvBuilder.Tiny(80, seed: 11).WriteTo(_folder);
            Assert.Equal(ExitCodes.Ok, Mlops.Run("data", "push", _folder.PathOf("data.csv"), "--tag", "v2", "--config", config).ExitCode);
            new ConfigBuilder().Dataset("version", "v2").WriteTo(_folder);
            var registered = JsonReport.Read<ModelCard>(_folder.PathOf("out/" + TrainingFiles.CardJson));

            // When
            var run = Mlops.Run("train", "--config", config, "--reproduce", registered.Name + "@1",
                "--out", _folder.PathOf("again"), "--cache", _folder.PathOf("cache-again"), "--no-track");

            // Then
            Assert.True(run.ExitCode == ExitCodes.Ok, run.ToString());
            var reproduced = JsonReport.Read<ModelCard>(_folder.PathOf("again/" + TrainingFiles.CardJson));
            Assert.Equal(registered.Data.Version, reproduced.Data.Version);
            Assert.Equal(registered.Metrics, reproduced.Metrics);
            Assert.Equal(File.ReadAllBytes(_folder.PathOf("out/" + TrainingFiles.Predictions)), File.ReadAllBytes(_folder.PathOf("again/" + TrainingFiles.Predictions)));
        }

        [Fact]
        public void Should_Warn_When_The_Config_Trains_With_Another_Seed_Than_The_Version()
        {
            // Given
            var config = TrainAndRegister();
            new ConfigBuilder().Dataset("version", "v1").Training("seed", "99").WriteTo(_folder);
            var name = JsonReport.Read<ModelCard>(_folder.PathOf("out/" + TrainingFiles.CardJson)).Name;

            // When
            var run = Mlops.Run("train", "--config", config, "--reproduce", name + "@production",
                "--out", _folder.PathOf("again"), "--cache", _folder.PathOf("cache-again"), "--no-track");

            // Then
            Assert.True(run.ExitCode == ExitCodes.Ok, run.ToString());
            Assert.Contains("warning: training.seed is 99 in the config but was", run.Output, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Refuse_A_Version_Trained_Without_A_Data_Version()
        {
            // Given: trained and registered with no dataset.version
            CsvBuilder.Tiny(80).WriteTo(_folder);
            var config = new ConfigBuilder().WriteTo(_folder);
            Assert.Equal(ExitCodes.Ok, Mlops.Run("train", "--config", config, "--out", _folder.PathOf("out"), "--cache", _folder.PathOf("cache"), "--no-track").ExitCode);
            Assert.Equal(ExitCodes.Ok, Mlops.Run("model", "register", "--config", config, "--from", _folder.PathOf("out"), "--skip-gate-check").ExitCode);
            var name = JsonReport.Read<ModelCard>(_folder.PathOf("out/" + TrainingFiles.CardJson)).Name;

            // When
            var run = Mlops.Run("train", "--config", config, "--reproduce", name + "@1", "--out", _folder.PathOf("again"), "--no-track");

            // Then
            Assert.Equal(ExitCodes.InputError, run.ExitCode);
            Assert.Contains("version 1 was trained without a data version; push the data with mlops data push and set dataset.version", run.Error, StringComparison.Ordinal);
        }

        private string TrainAndRegister()
        {
            CsvBuilder.Tiny(80).WriteTo(_folder);
            var config = new ConfigBuilder().WriteTo(_folder);
            Assert.Equal(ExitCodes.Ok, Mlops.Run("data", "push", _folder.PathOf("data.csv"), "--tag", "v1", "--config", config).ExitCode);
            new ConfigBuilder().Dataset("version", "v1").WriteTo(_folder);
            var train = Mlops.Run("train", "--config", config, "--out", _folder.PathOf("out"), "--cache", _folder.PathOf("cache"), "--no-track");
            Assert.True(train.ExitCode == ExitCodes.Ok, train.ToString());
            var register = Mlops.Run("model", "register", "--config", config, "--from", _folder.PathOf("out"), "--skip-gate-check");
            Assert.True(register.ExitCode == ExitCodes.Ok, register.ToString());
            Assert.Equal(ExitCodes.Ok, Mlops.Run("model", "promote", "--config", config, "1", "--alias", "production", "--reason", "test").ExitCode);
            return config;
        }
    }
}
