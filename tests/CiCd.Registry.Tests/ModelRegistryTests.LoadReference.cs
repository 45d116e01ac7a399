using System.Text.Json.Nodes;
using CiCd.Errors;
using CiCd.Storage;

namespace CiCd.Registry.Tests;

public static partial class ModelRegistryTests
{
    public sealed class TheLoadReferenceMethod : WithARegistry
    {
        [Fact]
        public void Should_Return_The_Verified_Profile_And_Predictions_Of_A_Version()
        {
            // Given
            var request = RequestWithReference();
            Registry.Register(request);

            // When
            var loaded = Registry.LoadReference("credit", "1");

            // Then
            Assert.Equal(File.ReadAllText(request.ReferenceProfileFile!), File.ReadAllText(loaded.ProfilePath!));
            Assert.Equal(File.ReadAllText(request.PredictionsFile!), File.ReadAllText(loaded.PredictionsPath!));
            Assert.Contains("\"auc\"", File.ReadAllText(loaded.CardPath));
        }

        [Fact]
        public void Should_Record_The_Reference_Files_With_Their_Sha256()
        {
            // When
            var version = Registry.Register(RequestWithReference());

            // Then
            var drift = version.DriftReference!;
            Assert.Equal(("v1/reference-profile.json", "v1/test-predictions.csv"), (drift.ProfileFile, drift.PredictionsFile));
            Assert.Equal(ContentHash.OfFile(Path.Combine(Options.Root, "credit", drift.ProfileFile)), drift.ProfileSha256);
            Assert.Equal(drift, Registry.GetVersion("credit", "1").DriftReference);
        }

        [Fact]
        public void Should_Keep_A_Profile_Registered_Without_Predictions()
        {
            // Given
            Registry.Register(RequestWithReference() with { PredictionsFile = null });

            // When
            var loaded = Registry.LoadReference("credit", "1");

            // Then
            Assert.NotNull(loaded.ProfilePath);
            Assert.Null(loaded.PredictionsPath);
        }

        [Theory]
        [InlineData("reference-profile.json")]
        [InlineData("test-predictions.csv")]
        public void Should_Detect_An_Edited_Reference_File_And_Name_It(string file)
        {
            // Given
            Registry.Register(RequestWithReference());
            var path = Path.Combine(Options.Root, "credit", "v1", file);
            File.AppendAllText(path, " ");

            // When
            var error = Assert.Throws<MlopsException>(() => Registry.LoadReference("credit", "1"));

            // Then
            Assert.Contains($"model 'credit' version 1: {path} is corrupt", error.Message);
        }

        [Fact]
        public void Should_Name_A_Deleted_Profile()
        {
            // Given
            Registry.Register(RequestWithReference());
            var path = Path.Combine(Options.Root, "credit", "v1", "reference-profile.json");
            File.Delete(path);

            // When
            var error = Assert.Throws<MlopsException>(() => Registry.LoadReference("credit", "1"));

            // Then
            Assert.Contains($"{path} is missing", error.Message);
        }

        [Fact]
        public void Should_Return_No_Profile_For_A_Version_Registered_Without_One()
        {
            // Given
            Register();

            // When
            var loaded = Registry.LoadReference("credit", "1");

            // Then
            Assert.Null(loaded.Version.DriftReference);
            Assert.Equal((null, null), (loaded.ProfilePath, loaded.PredictionsPath));
        }

        [Fact]
        public void Should_Load_Versions_Written_Before_The_Registry_Kept_References()
        {
            // Given: a registry file in the earlier layout, without the drift_reference field
            Register();
            var document = JsonNode.Parse(File.ReadAllText(RegistryFilePath()))!;
            Assert.True(document["versions"]![0]!.AsObject().Remove("drift_reference"));
            File.WriteAllText(RegistryFilePath(), document.ToJsonString());
            Assert.DoesNotContain("drift_reference", File.ReadAllText(RegistryFilePath()), StringComparison.Ordinal);

            // When
            var loaded = Registry.LoadReference("credit", "1");

            // Then
            Assert.Null(loaded.ProfilePath);
            Assert.Equal("weights 1", File.ReadAllText(Registry.Load("credit", "1").ModelPath));
            Assert.Equal(2, Registry.Register(RequestWithReference()).Version);
        }
    }
}
