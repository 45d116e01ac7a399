using CiCd.Errors;
using CiCd.Storage;

namespace CiCd.Registry.Tests;

public static partial class ModelRegistryTests
{
    public sealed class TheLoadDataProfileMethod : WithARegistry
    {
        [Fact]
        public void Should_Keep_The_Data_Profile_With_The_Version_And_Load_It_By_Alias()
        {
            // Given
            var request = Request() with { DataProfileFile = WriteFile("data-profile.json", "{\"overview\": {\"rows\": 800}}") };
            var version = Registry.Register(request);
            Registry.Promote("credit", "1", "production", "first");

            // When
            var path = Registry.LoadDataProfile("credit", "production");

            // Then
            Assert.Equal("v1/data-profile.json", version.DataProfile!.File);
            Assert.Equal(ContentHash.OfFile(path!), version.DataProfile.Sha256);
            Assert.Equal("{\"overview\": {\"rows\": 800}}", File.ReadAllText(path!));
            Assert.Equal(3, Registry.Verify());
        }

        [Fact]
        public void Should_Return_Null_For_A_Version_Registered_Without_One()
        {
            // Given
            Register();

            // When
            var path = Registry.LoadDataProfile("credit", "1");

            // Then
            Assert.Null(path);
            Assert.Null(Registry.GetVersion("credit", "1").DataProfile);
        }

        [Fact]
        public void Should_Refuse_A_Data_Profile_Whose_Bytes_Changed()
        {
            // Given
            var version = Registry.Register(Request() with { DataProfileFile = WriteFile("data-profile.json", "{}") });
            File.WriteAllText(Path.Combine(Options.Root, "credit", version.DataProfile!.File), "{\"tampered\": true}");

            // When
            var error = Assert.Throws<MlopsException>(() => Registry.LoadDataProfile("credit", "1"));

            // Then
            Assert.Contains("is corrupt", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Refuse_A_Missing_Data_Profile_And_Create_Nothing()
        {
            // Given
            var request = Request() with { DataProfileFile = Path.Combine(Folder, "absent.json") };

            // When
            var error = Assert.Throws<InputException>(() => Registry.Register(request));

            // Then
            Assert.Contains("data profile", error.Message, StringComparison.Ordinal);
            Assert.False(File.Exists(RegistryFilePath()));
        }
    }
}
