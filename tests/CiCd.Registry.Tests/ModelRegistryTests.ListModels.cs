namespace CiCd.Registry.Tests;

public static partial class ModelRegistryTests
{
    public sealed class TheListModelsMethod : WithARegistry
    {
        [Fact]
        public void Should_List_Registered_Models_Sorted_And_Ignore_Other_Folders()
        {
            // Given
            Register("digits");
            Register("credit");
            Directory.CreateDirectory(Path.Combine(Options.Root, "scratch"));

            // When
            var models = Registry.ListModels();

            // Then
            Assert.Equal(["credit", "digits"], models);
        }

        [Fact]
        public void Should_List_Nothing_When_The_Registry_Folder_Does_Not_Exist()
        {
            // Given
            var empty = new ModelRegistry(Options with { Root = Path.Combine(Folder, "nowhere") });

            // When
            var models = empty.ListModels();

            // Then
            Assert.Empty(models);
        }
    }
}
