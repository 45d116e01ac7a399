using System.Text.RegularExpressions;
using CiCd.Errors;
using CiCd.Registry.Aliases;

namespace CiCd.Registry.Tests;

public static partial class ModelRegistryTests
{
    public sealed class TheRollbackMethod : WithARegistry
    {
        private const string Production = ModelAliases.Production;

        [Fact]
        public void Should_Move_The_Alias_Back_To_The_Version_It_Held_Before()
        {
            // Given
            Register();
            Register();
            Registry.Promote("credit", "1", Production, "release 1");
            Registry.Promote("credit", "2", Production, "release 2");

            // When
            var change = Registry.Rollback("credit", Production, "latency regression");

            // Then
            Assert.Equal((AliasChangeKind.Rollback, (int?)2, 1, "latency regression"), (change.Kind, change.From, change.To, change.Reason));
            Assert.Equal(1, Registry.FindByAlias("credit", Production)!.Version);
            Assert.Equal(3, Registry.Show("credit").History.Count);
        }

        [Fact]
        public void Should_Go_Two_Steps_Back_When_Rolled_Back_Twice()
        {
            // Given
            Register();
            Register();
            Register();
            Registry.Promote("credit", "1", Production, "release 1");
            Registry.Promote("credit", "2", Production, "release 2");
            Registry.Promote("credit", "3", Production, "release 3");
            Registry.Rollback("credit", Production, "bad 3");

            // When
            Registry.Rollback("credit", Production, "bad 2 as well");

            // Then
            Assert.Equal(1, Registry.FindByAlias("credit", Production)!.Version);
        }

        [Fact]
        public void Should_Refuse_When_The_Alias_Has_No_Earlier_Version()
        {
            // Given
            Register();
            Registry.Promote("credit", "1", Production, "release 1");
            var before = File.ReadAllBytes(RegistryFilePath());

            // When
            var error = Assert.Throws<InputException>(() => Registry.Rollback("credit", Production, "oops"));

            // Then
            Assert.Contains("alias 'production' has no earlier version to roll back to", error.Message);
            Assert.Equal(before, File.ReadAllBytes(RegistryFilePath()));
        }

        [Fact]
        public void Should_Refuse_An_Unknown_Model()
        {
            // Given
            Register("digits");

            // When
            var error = Assert.Throws<InputException>(() => Registry.Rollback("credit", Production, "oops"));

            // Then
            Assert.Contains("no model 'credit'", error.Message);
        }

        [Fact]
        public void Should_Refuse_An_Alias_The_History_Moved_But_The_Aliases_Lack()
        {
            // Given: a hand-edit dropped production from "aliases" and kept its history
            Register();
            Register();
            Registry.Promote("credit", "1", Production, "release 1");
            Registry.Promote("credit", "2", Production, "release 2");
            var text = File.ReadAllText(RegistryFilePath());
            var edited = Regex.Replace(text, "\"aliases\": \\{[^}]*\\}", "\"aliases\": {}");
            Assert.NotEqual(text, edited);
            File.WriteAllText(RegistryFilePath(), edited);

            // When
            var error = Assert.Throws<InputException>(() => Registry.Rollback("credit", Production, "oops"));

            // Then
            Assert.Equal(RegistryFilePath(), error.File);
            Assert.Contains("alias 'production' has promotions in the history but is not set in aliases", error.Message);
            Assert.Equal(edited, File.ReadAllText(RegistryFilePath()));
        }
    }
}
