using System.Text.Json;
using CiCd.Cli.Tests.Fixtures;
using CiCd.Errors;
using CiCd.Formats;
using CiCd.Gate;
using CiCd.Storage;
using CiCd.Train;

namespace CiCd.Cli.Tests.Commands.Model;

public sealed class ModelRegisterCommandTests
{
    public sealed class TheRegisterAction(RegisteredByCliFixture registered) : IClassFixture<RegisteredByCliFixture>
    {
        [Fact]
        public void Should_Copy_The_Drift_Reference_Into_The_Version()
        {
            // Given
            Assert.True(registered.Registered.ExitCode == 0, registered.Registered.ToString());
            var trained = registered.Trained.Folder.PathOf("out");

            // When
            var version = Path.Combine(registered.RegistryRoot, RegisteredByCliFixture.Model, "v1");

            // Then
            Assert.Equal(File.ReadAllBytes(Path.Combine(trained, TrainingFiles.ReferenceProfile)),
                File.ReadAllBytes(Path.Combine(version, "reference-profile.json")));
            Assert.Equal(File.ReadAllBytes(Path.Combine(trained, TrainingFiles.Predictions)),
                File.ReadAllBytes(Path.Combine(version, "test-predictions.csv")));
        }

        [Fact]
        public void Should_Keep_The_Training_Data_Profile_And_List_It_In_Model_Show()
        {
            // Given
            Assert.True(registered.Registered.ExitCode == 0, registered.Registered.ToString());
            var trained = registered.Trained.Folder.PathOf("out");

            // When
            string[] version = ["model", "show", "1", "--config", registered.Trained.ConfigPath, "--registry", registered.RegistryRoot, "--model", RegisteredByCliFixture.Model];
            var show = Mlops.Run(version);
            var json = Mlops.Run([.. version, "--json"]);

            // Then
            Assert.Equal(File.ReadAllBytes(Path.Combine(trained, TrainingFiles.DataProfile)),
                File.ReadAllBytes(Path.Combine(registered.RegistryRoot, RegisteredByCliFixture.Model, "v1", "data-profile.json")));
            Assert.True(show.ExitCode == 0, show.ToString());
            Assert.Contains("data profile", show.Output, StringComparison.Ordinal);
            Assert.Equal("v1/data-profile.json", json.Json().GetProperty("data_profile").GetProperty("file").GetString());
        }

        [Fact]
        public void Should_Record_The_Reference_Files_Sha256_In_The_Version()
        {
            // Given
            var printed = registered.Registered.Json();

            // When
            var drift = printed.GetProperty("drift_reference");

            // Then
            var root = Path.Combine(registered.RegistryRoot, RegisteredByCliFixture.Model);
            Assert.Equal(ContentHash.OfFile(Path.Combine(root, drift.GetProperty("profile_file").GetString()!)), drift.GetProperty("profile_sha256").GetString());
            Assert.Equal(ContentHash.OfFile(Path.Combine(root, drift.GetProperty("predictions_file").GetString()!)),
                drift.GetProperty("predictions_sha256").GetString());
        }

        [Fact]
        public void Should_Say_The_Gate_Ran_And_Failed_And_Why()
        {
            // Given: the gate ran for this run and failed, so it left a verdict and no blessing
            var folder = registered.Trained.Folder;
            var runId = JsonReport.Read<ModelCard>(folder.PathOf("out/" + TrainingFiles.CardJson)).RunId;
            var check = new GateCheck("min", "roc_auc", 0.58, 0.6, null, null, GateOutcome.Fail, "0.58 is below the minimum 0.6");
            JsonReport.Write(folder.PathOf("failed-gate/" + GateFiles.Json), new GateReport("card.json", runId, null, null, [check]));

            // When
            var run = Mlops.Run("model", "register", "--config", registered.Trained.ConfigPath, "--registry", folder.PathOf("failed-registry"),
                "--from", folder.PathOf("out"), "--gate", folder.PathOf("failed-gate"));

            // Then
            Assert.Equal(ExitCodes.CheckFailed, run.ExitCode);
            Assert.Contains($"the gate ran for run {runId} and failed (roc_auc min: 0.58 is below the minimum 0.6)", run.Error, StringComparison.Ordinal);
            Assert.DoesNotContain("run 'mlops gate' first", run.Error, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Say_Where_The_Alias_Went_And_That_The_Run_Was_Already_Registered()
        {
            // Given: the run is version 1 already, and the user registers it again only to set an alias
            var folder = registered.Trained.Folder;
            var runId = JsonReport.Read<ModelCard>(folder.PathOf("out/" + TrainingFiles.CardJson)).RunId;
            string[] register = ["model", "register", "--config", registered.Trained.ConfigPath, "--registry", folder.PathOf("again-registry"),
                "--from", folder.PathOf("out"), "--skip-gate-check"];
            Mlops.Run(register);

            // When
            var run = Mlops.Run([.. register, "--alias", "production"]);

            // Then: before, one line said only "registered tiny version 2"
            Assert.True(run.ExitCode == ExitCodes.Ok, run.ToString());
            Assert.Contains("production → version 2", run.Output, StringComparison.Ordinal);
            Assert.Contains($"run {runId} is also version 1", run.Output, StringComparison.Ordinal);
            Assert.Contains("mlops model promote 1 --alias production", run.Output, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Register_An_Older_Training_Output_Without_A_Reference()
        {
            // Given: a training output from before `mlops train` wrote the profile
            var folder = registered.Trained.Folder;
            var older = folder.PathOf("older-out");
            foreach (var file in TrainingFiles.Engine)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(older, file))!);
                File.Copy(folder.PathOf("out/" + file), Path.Combine(older, file));
            }
            var registry = folder.PathOf("older-registry");

            // When
            var run = Mlops.Run("model", "register", "--config", registered.Trained.ConfigPath, "--registry", registry, "--from", older, "--skip-gate-check", "--json");

            // Then
            Assert.True(run.ExitCode == 0, run.ToString());
            Assert.Equal(JsonValueKind.Null, run.Json().GetProperty("drift_reference").ValueKind);
            Assert.False(File.Exists(Path.Combine(registry, RegisteredByCliFixture.Model, "v1", "reference-profile.json")));
        }
    }
}
