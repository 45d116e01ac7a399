using CiCd.Errors;
using CiCd.Registry.Aliases;

namespace CiCd.Registry.Tests;

public static partial class ModelRegistryTests
{
    public sealed class TheGetVersionMethod : WithARegistry
    {
        [Theory]
        [InlineData("2")]
        [InlineData("v2")]
        [InlineData("production")]
        public void Should_Find_A_Version_By_Number_Or_Alias(string selector)
        {
            // Given
            Register();
            Register(auc: 0.9);
            Registry.Promote("credit", "2", ModelAliases.Production, "best auc");

            // When
            var version = Registry.GetVersion("credit", selector);

            // Then
            Assert.Equal((2, 0.9), (version.Version, version.Metrics["auc"]));
        }

        [Fact]
        public void Should_Name_The_Known_Versions_When_One_Is_Unknown()
        {
            // Given
            Register();
            Register();

            // When
            var error = Assert.Throws<InputException>(() => Registry.GetVersion("credit", "7"));

            // Then
            Assert.Equal(ExitCodes.InputError, error.ExitCode);
            Assert.Contains("model 'credit' has no version 7 (versions: 1, 2)", error.Message);
        }

        [Fact]
        public void Should_Refuse_An_Unknown_Alias_Listing_The_Valid_Ones()
        {
            // Given
            Register();

            // When
            var error = Assert.Throws<InputException>(() => Registry.GetVersion("credit", "staging"));

            // Then
            Assert.Contains("unknown alias 'staging': use one of development, certification, production", error.Message);
        }

        [Fact]
        public void Should_Say_When_An_Alias_Is_Not_Set()
        {
            // Given
            Register();

            // When
            var error = Assert.Throws<InputException>(() => Registry.GetVersion("credit", "certification"));

            // Then
            Assert.Contains("alias 'certification' is not set", error.Message);
        }

        [Fact]
        public void Should_Say_How_To_Set_An_Alias_That_Is_Not_Set()
        {
            // Given: two versions registered with no alias, as `mlops model register` leaves them
            Register();
            Register();

            // When
            var error = Assert.Throws<InputException>(() => Registry.GetVersion("credit", "production"));

            // Then
            Assert.Equal(ExitCodes.InputError, error.ExitCode);
            Assert.Contains("alias 'production' is not set (versions: 1, 2): point it at one with `mlops model promote 2 --alias production`",
                error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Name_The_Registered_Models_When_A_Model_Is_Unknown()
        {
            // Given
            Register("digits");

            // When
            var error = Assert.Throws<InputException>(() => Registry.GetVersion("credit", "1"));

            // Then
            Assert.Contains("no model 'credit' in the registry", error.Message);
            Assert.Contains("(models: digits)", error.Message);
        }
    }
}
