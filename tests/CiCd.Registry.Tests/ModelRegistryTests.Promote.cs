using CiCd.Errors;
using CiCd.Registry.Aliases;

namespace CiCd.Registry.Tests;

public static partial class ModelRegistryTests
{
    public sealed class ThePromoteMethod : WithARegistry
    {
        [Fact]
        public void Should_Move_The_Alias_And_Record_When_From_To_Who_And_Why()
        {
            // Given
            Register();
            Register();
            Registry.Promote("credit", "1", ModelAliases.Production, "first release");

            // When
            var change = Registry.Promote("credit", "2", ModelAliases.Production, "gate passed");

            // Then
            var expected = new AliasChange(ModelAliases.Production, AliasChangeKind.Promote, 1, 2, TickingClock.Start.AddMinutes(4), "ada", "gate passed");
            Assert.Equal(expected, change);
            var model = Registry.Show("credit");
            Assert.Equal(2, model.Aliases[ModelAliases.Production]);
            Assert.Equal(expected, model.History[^1]);
            Assert.Equal(2, model.History.Count);
        }

        [Fact]
        public void Should_Promote_The_Version_Another_Alias_Holds()
        {
            // Given
            Register();
            Register();
            Registry.Promote("credit", "2", ModelAliases.Certification, "release candidate");

            // When
            Registry.Promote("credit", ModelAliases.Certification, ModelAliases.Production, "certified");

            // Then
            Assert.Equal(2, Registry.FindByAlias("credit")!.Version);
        }

        [Fact]
        public void Should_Change_Nothing_When_The_Alias_Already_Holds_The_Version()
        {
            // Given
            Register();
            Registry.Promote("credit", "1", ModelAliases.Development, "trained");

            // When
            var change = Registry.Promote("credit", "1", ModelAliases.Development, "trained again");

            // Then
            Assert.Null(change);
            Assert.Single(Registry.Show("credit").History);
        }

        [Fact]
        public void Should_Refuse_An_Unknown_Version_And_Leave_The_File_Untouched()
        {
            // Given
            Register();
            var before = File.ReadAllBytes(RegistryFilePath());

            // When
            var error = Assert.Throws<InputException>(() => Registry.Promote("credit", "3", ModelAliases.Production, "typo"));

            // Then
            Assert.Contains("has no version 3", error.Message);
            Assert.Equal(before, File.ReadAllBytes(RegistryFilePath()));
        }

        [Fact]
        public void Should_Refuse_An_Unknown_Alias()
        {
            // Given
            Register();

            // When
            var error = Assert.Throws<InputException>(() => Registry.Promote("credit", "1", "prod", "typo"));

            // Then
            Assert.Contains("unknown alias 'prod'", error.Message);
        }
    }
}
