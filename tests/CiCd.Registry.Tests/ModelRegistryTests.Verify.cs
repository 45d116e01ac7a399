using CiCd.Errors;

namespace CiCd.Registry.Tests;

public static partial class ModelRegistryTests
{
    public sealed class TheVerifyMethod : WithARegistry
    {
        [Fact]
        public void Should_Count_Every_File_Of_Every_Version_When_All_Match()
        {
            // Given
            Register();
            Registry.Register(RequestWithReference());
            Register("other");

            // When
            var files = Registry.Verify();

            // Then: model and card each, plus profile and predictions of the version with a reference
            Assert.Equal(8, files);
        }

        [Fact]
        public void Should_Name_The_File_When_A_Drift_Reference_Was_Changed()
        {
            // Given
            Registry.Register(RequestWithReference());
            File.AppendAllText(Path.Combine(Options.Root, "credit", "v1", "reference-profile.json"), " ");

            // When
            var error = Assert.Throws<MlopsException>(() => Registry.Verify());

            // Then
            Assert.Contains("reference-profile.json is corrupt", error.Message, StringComparison.Ordinal);
        }
    }
}
