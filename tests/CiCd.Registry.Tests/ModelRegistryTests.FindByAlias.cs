using CiCd.Errors;
using CiCd.Registry.Aliases;

namespace CiCd.Registry.Tests;

public static partial class ModelRegistryTests
{
    public sealed class TheFindByAliasMethod : WithARegistry
    {
        [Fact]
        public void Should_Return_The_Production_Version_As_The_Champion()
        {
            // Given
            Register(auc: 0.8);
            Register(auc: 0.9);
            Registry.Promote("credit", "1", ModelAliases.Production, "release");

            // When
            var champion = Registry.FindByAlias("credit");

            // Then
            Assert.Equal((1, 0.8), (champion!.Version, champion.Metrics["auc"]));
        }

        [Fact]
        public void Should_Return_No_Champion_For_A_Model_Never_Registered()
        {
            // Given
            Register("digits");

            // When
            var champion = Registry.FindByAlias("credit");

            // Then
            Assert.Null(champion);
        }

        [Fact]
        public void Should_Return_No_Champion_When_Production_Was_Never_Set()
        {
            // Given
            Register();
            Registry.Promote("credit", "1", ModelAliases.Development, "trained");

            // When
            var champion = Registry.FindByAlias("credit", ModelAliases.Production);

            // Then
            Assert.Null(champion);
        }

        [Fact]
        public void Should_Refuse_An_Unknown_Alias()
        {
            // Given
            Register();

            // When
            var error = Assert.Throws<InputException>(() => Registry.FindByAlias("credit", "champion"));

            // Then
            Assert.Contains("unknown alias 'champion'", error.Message);
        }
    }
}
