using CiCd.Errors;
using CiCd.Storage;

namespace CiCd.Registry.Tests;

public static partial class ModelRegistryTests
{
    public sealed class TheRegisterMethod : WithARegistry
    {
        [Fact]
        public void Should_Number_Versions_From_One_Upwards()
        {
            // Given
            Register();

            // When
            var second = Register();

            // Then
            Assert.Equal(2, second.Version);
            Assert.Equal([1, 2], Registry.Show("credit").Versions.Select(v => v.Version));
        }

        [Fact]
        public void Should_Copy_The_Files_And_Keep_Them_When_The_Sources_Change()
        {
            // Given
            var request = Request();

            // When
            var version = Registry.Register(request);
            File.WriteAllText(request.ModelFile, "retrained weights");

            // Then
            var stored = Path.Combine(Options.Root, "credit", version.ModelFile);
            Assert.Equal("v1/model.zip", version.ModelFile);
            Assert.Equal(ContentHash.OfFile(stored), version.ModelSha256);
            Assert.Equal("weights 1", File.ReadAllText(stored));
            Assert.Equal((request.RunId, "ada", TickingClock.Start.AddMinutes(1)), (version.RunId, version.RegisteredBy, version.RegisteredAt));
        }

        [Fact]
        public void Should_Refuse_A_Missing_Model_File_And_Create_Nothing()
        {
            // Given
            var request = Request() with { ModelFile = Path.Combine(Folder, "missing.zip") };

            // When
            var error = Assert.Throws<InputException>(() => Registry.Register(request));

            // Then
            Assert.Equal(request.ModelFile, error.File);
            Assert.False(File.Exists(RegistryFilePath()));
        }

        [Fact]
        public void Should_Refuse_A_Card_That_Is_Not_Json_Naming_Its_Line()
        {
            // Given
            var request = Request() with { CardFile = WriteFile("card.json", "{\n  \"auc\": 0.8,\n  oops\n}") };

            // When
            var error = Assert.Throws<InputException>(() => Registry.Register(request));

            // Then
            Assert.Equal((request.CardFile, 3), (error.File, error.Line));
            Assert.Contains("the model card is not valid JSON", error.Message);
        }

        [Fact]
        public void Should_Refuse_A_Missing_Reference_Profile_And_Create_Nothing()
        {
            // Given
            var request = RequestWithReference() with { ReferenceProfileFile = Path.Combine(Folder, "missing-profile.json") };

            // When
            var error = Assert.Throws<InputException>(() => Registry.Register(request));

            // Then
            Assert.Equal(request.ReferenceProfileFile, error.File);
            Assert.False(File.Exists(RegistryFilePath()));
        }

        [Fact]
        public void Should_Refuse_Predictions_Without_A_Reference_Profile()
        {
            // Given
            var request = RequestWithReference() with { ReferenceProfileFile = null };

            // When
            var error = Assert.Throws<InputException>(() => Registry.Register(request));

            // Then
            Assert.Contains("only with a reference profile", error.Message);
        }

        [Theory]
        [InlineData("Credit")]
        [InlineData("../credit")]
        [InlineData("")]
        public void Should_Refuse_A_Model_Name_That_Cannot_Be_A_Folder(string name)
        {
            // Given
            var request = Request() with { Model = name };

            // When
            var error = Assert.Throws<InputException>(() => Registry.Register(request));

            // Then
            Assert.Contains($"model name '{name}'", error.Message);
        }

        [Fact]
        public void Should_Replace_Files_A_Crashed_Writer_Left_For_The_Next_Version()
        {
            // Given
            Register();
            var orphan = Path.Combine(Options.Root, "credit", "v2");
            Directory.CreateDirectory(orphan);
            File.WriteAllText(Path.Combine(orphan, "model.zip"), "half-written");

            // When
            var version = Register();

            // Then
            Assert.Equal(2, version.Version);
            Assert.Equal(version.ModelSha256, ContentHash.OfFile(Path.Combine(orphan, "model.zip")));
        }

        [Fact]
        public void Should_Refuse_A_Version_Past_The_Largest_Number_And_Write_Nothing()
        {
            // Given
            Register();
            var text = File.ReadAllText(RegistryFilePath());
            File.WriteAllText(RegistryFilePath(), text.Replace("\"version\": 1,", $"\"version\": {int.MaxValue},", StringComparison.Ordinal)
                .Replace("\"v1/", $"\"v{int.MaxValue}/", StringComparison.Ordinal));
            var before = File.ReadAllBytes(RegistryFilePath());

            // When
            var error = Assert.Throws<InputException>(() => Register());

            // Then
            Assert.Contains($"version {int.MaxValue} is the highest number a version can have: nothing was registered", error.Message);
            Assert.Equal(RegistryFilePath(), error.File);
            Assert.Equal(before, File.ReadAllBytes(RegistryFilePath()));
            Assert.Equal(["v1"], Directory.GetDirectories(Path.Combine(Options.Root, "credit")).Select(Path.GetFileName));
            Assert.Equal(int.MaxValue, Registry.Show("credit").Versions.Single().Version);
        }

        [Theory]
        [InlineData("credit\n")]
        [InlineData("credit\r\n")]
        [InlineData("\ncredit")]
        public void Should_Refuse_A_Name_With_A_Line_Break(string name)
        {
            // Given
            var request = Request() with { Model = name };

            // When
            var error = Assert.Throws<InputException>(() => Registry.Register(request));

            // Then
            Assert.Contains("must be 1–100 lowercase letters", error.Message);
            Assert.False(Directory.Exists(Options.Root) && Directory.EnumerateFileSystemEntries(Options.Root).Any());
        }
    }
}
