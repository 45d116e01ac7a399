using System.Text.Json.Nodes;
using CiCd.Cli.Tests.Fixtures;

namespace CiCd.Cli.Tests.Commands;

public sealed partial class DriftCommandTests
{
    /// <summary>`mlops drift --model name@alias`: the reference the registry keeps with each version, in a registry of the test's own.</summary>
    [Collection(SharedTrainedModel.Name)]
    public sealed class TheRegistryReference(TrainedModel model) : WithTheTrainedModel(model)
    {
        private string Config => Path.Combine(Folder, "mlops.yaml");

        private string RegistryFile => Path.Combine(Folder, "models", "german-credit", "registry.json");

        private void RegisterProduction()
        {
            File.WriteAllText(Config, TinyConfig.Text());
            var register = Mlops.Run("model", "register", "--config", Config, "--from", Model.TrainFolder, "--skip-gate-check", "--alias", "production");
            Assert.True(register.ExitCode == 0, register.ToString());
        }

        private MlopsRun DriftOfProduction() =>
            Mlops.Run("drift", "--config", Config, "--model", "german-credit@production", "--current", Repository.GermanCredit, "--out", OutFolder, "--json");

        [Fact]
        public void Should_Compare_With_The_Profile_Kept_With_The_Version()
        {
            // Given
            RegisterProduction();

            // When
            var run = DriftOfProduction();

            // Then
            Assert.True(run.ExitCode is 0 or 1, run.ToString());
            var reference = Report().GetProperty("reference").GetString()!;
            Assert.Equal(Path.Combine(Folder, "models", "german-credit", "v1", "reference-profile.json"), reference);
        }

        [Fact]
        public void Should_Give_The_Same_Verdict_As_The_Training_Output()
        {
            // Given
            RegisterProduction();
            var fromFolder = Drift("--current", Repository.GermanCredit, "--json");
            var direct = Report().GetProperty("features").ToString();

            // When
            var fromRegistry = DriftOfProduction();

            // Then
            Assert.Equal(fromFolder.ExitCode, fromRegistry.ExitCode);
            Assert.Equal(direct, Report().GetProperty("features").ToString());
        }

        [Fact]
        public void Should_Say_A_Version_Registered_Before_The_Registry_Kept_References_Has_None()
        {
            // Given: the registry file as an earlier mlops wrote it, without drift_reference
            RegisterProduction();
            var document = JsonNode.Parse(File.ReadAllText(RegistryFile))!;
            document["versions"]![0]!.AsObject().Remove("drift_reference");
            File.WriteAllText(RegistryFile, document.ToJsonString());

            // When
            var run = DriftOfProduction();

            // Then
            Assert.True(run.ExitCode == 2, run.ToString());
            Assert.Contains("(version 1) has no reference-profile.json", run.Error, StringComparison.Ordinal);
            Assert.Contains("--reference", run.Error, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Refuse_A_Profile_Changed_After_Registration()
        {
            // Given
            RegisterProduction();
            var profile = Path.Combine(Folder, "models", "german-credit", "v1", "reference-profile.json");
            File.AppendAllText(profile, "\n");

            // When
            var run = DriftOfProduction();

            // Then
            Assert.True(run.ExitCode == 2, run.ToString());
            Assert.Contains($"{profile} is corrupt", run.Error, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Refuse_A_Model_Argument_Without_An_Alias()
        {
            // Given
            RegisterProduction();

            // When
            var run = Mlops.Run("drift", "--config", Config, "--model", "german-credit", "--current", Repository.GermanCredit, "--out", OutFolder);

            // Then
            Assert.True(run.ExitCode == 2, run.ToString());
            Assert.Contains("expected <name>@<alias or version>", run.Error, StringComparison.Ordinal);
        }
    }
}
